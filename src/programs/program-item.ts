import { registerEnumType } from '@nestjs/graphql';
import { describeValues } from '../common/graphql/enum-values.js';
import { normaliseTempo } from '../exercises/tempo.js';
import type { ProgramItemInput } from './dto/program-item.input.js';
import type { ItemPrescription } from './models/item-prescription.model.js';

/** Which side a prescription is for: one leg (after an injury, say) or both. */
export enum Side {
  LEFT = 'LEFT',
  RIGHT = 'RIGHT',
  BOTH = 'BOTH',
}

registerEnumType(Side, {
  name: 'Side',
  description: 'Which side a prescription is for',
  valuesMap: describeValues<typeof Side>({
    LEFT: 'The left side only (one leg, after an injury, say)',
    RIGHT: 'The right side only',
    BOTH: 'Both sides, or an exercise done with both at once (the default)',
  }),
});

/**
 * The prescription of an input item as stored: tempo normalised, blanks as null, BOTH sides,
 * perSide null meaning the exercise's own.
 */
export function prescriptionFromInput(item: ProgramItemInput): ItemPrescription {
  const text = (value: string | null | undefined) => value?.trim() || null;
  return {
    sets: item.sets,
    reps: item.reps ?? null,
    holdSeconds: item.holdSeconds ?? null,
    distanceMetres: item.distanceMetres ?? null,
    durationSeconds: item.durationSeconds ?? null,
    perSide: item.perSide ?? null,
    tempo: item.tempo ? normaliseTempo(item.tempo) : null,
    load: text(item.load),
    sessionsPerWeek: item.sessionsPerWeek,
    side: item.side ?? Side.BOTH,
    restSeconds: item.restSeconds ?? null,
    notes: text(item.notes) ?? '',
  };
}
