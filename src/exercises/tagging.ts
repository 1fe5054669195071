import { registerEnumType } from '@nestjs/graphql';
import type { Exercise } from './exercise.entity.js';

/** What a draft may still lack; all are required before review. */
export enum TagFacet {
  PLANES = 'PLANES',
  STANCE = 'STANCE',
  POSITION = 'POSITION',
  TEMPO = 'TEMPO',
  INSTRUCTIONS = 'INSTRUCTIONS',
}
registerEnumType(TagFacet, {
  name: 'TagFacet',
  description: 'A facet a draft still lacks: tag it before review',
});

export function missingTags(
  exercise: Pick<Exercise, 'planes' | 'stance' | 'position' | 'tempoIntent' | 'steps'>,
): TagFacet[] {
  const missing: TagFacet[] = [];
  if (exercise.planes.length === 0) missing.push(TagFacet.PLANES);
  if (!exercise.stance) missing.push(TagFacet.STANCE);
  if (!exercise.position) missing.push(TagFacet.POSITION);
  if (!exercise.tempoIntent) missing.push(TagFacet.TEMPO);
  if (exercise.steps.length === 0) missing.push(TagFacet.INSTRUCTIONS);
  return missing;
}

/** The same rule in SQL, for the clinicians' tagging queue. */
export const NEEDS_TAGGING_SQL =
  '(cardinality(e.planes) = 0 OR e.stance IS NULL OR e.position IS NULL OR e.tempo_intent IS NULL OR cardinality(e.steps) = 0)';
