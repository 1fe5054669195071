import { registerEnumType } from '@nestjs/graphql';
import {
  BandColour,
  BodyPosition,
  BodyRegion,
  Equipment,
  ExerciseStatus,
  IntensityScale,
  LoadKind,
  MassUnit,
  Muscle,
  Plane,
  RunningFocus,
  Stance,
  TempoIntent,
} from './vocabulary.js';
import { TagFacet } from './tagging.js';

// Each vocabulary becomes a GraphQL enum of the same name and values.
registerEnumType(Plane, {
  name: 'Plane',
  description: 'Plane of motion the movement happens in or resists',
});
registerEnumType(Stance, {
  name: 'Stance',
  description: 'Base of support: how many legs carry the body',
});
registerEnumType(BodyPosition, { name: 'BodyPosition' });
registerEnumType(TempoIntent, {
  name: 'TempoIntent',
  description: 'The speed the exercise is meant to train',
});
registerEnumType(LoadKind, { name: 'LoadKind', description: 'What resists the movement' });
registerEnumType(Equipment, { name: 'Equipment' });
registerEnumType(IntensityScale, { name: 'IntensityScale' });
registerEnumType(MassUnit, { name: 'MassUnit' });
registerEnumType(BandColour, {
  name: 'BandColour',
  description: 'Band colours, lightest to heaviest: YELLOW, RED, GREEN, BLUE, BLACK, SILVER, GOLD',
});
registerEnumType(BodyRegion, { name: 'BodyRegion' });
registerEnumType(Muscle, { name: 'Muscle' });
registerEnumType(RunningFocus, {
  name: 'RunningFocus',
  description: 'Running injuries served and qualities trained',
});
registerEnumType(ExerciseStatus, { name: 'ExerciseStatus' });
registerEnumType(TagFacet, {
  name: 'TagFacet',
  description: 'A facet a draft still lacks: tag it before review',
});
