import { registerEnumType } from '@nestjs/graphql';
import { describeValues } from '../common/graphql/enum-values.js';

/** An edge either makes the exercise harder (read backwards: a regression) or varies it sideways. */
export enum ProgressionKind {
  PROGRESSION = 'PROGRESSION',
  VARIATION = 'VARIATION',
}

registerEnumType(ProgressionKind, {
  name: 'ProgressionKind',
  description: 'What a link between two exercises says',
  valuesMap: describeValues<typeof ProgressionKind>({
    PROGRESSION:
      '`to` is harder than `from` (never easier, never in a cycle); read backwards it is a regression',
    VARIATION: '`to` is a sideways alternative to `from`, at about the same level',
  }),
});

/** What changes from one exercise to the next. */
export enum ProgressionDimension {
  LOAD = 'LOAD',
  TEMPO = 'TEMPO',
  STANCE = 'STANCE',
  PLANE = 'PLANE',
  STABILITY = 'STABILITY',
  RANGE_OF_MOTION = 'RANGE_OF_MOTION',
  VOLUME = 'VOLUME',
  COMPLEXITY = 'COMPLEXITY',
  SPEED = 'SPEED',
}

registerEnumType(ProgressionDimension, {
  name: 'ProgressionDimension',
  description: 'What changes from one exercise to the next (one or more per link)',
  valuesMap: describeValues<typeof ProgressionDimension>({
    LOAD: 'More (or less) weight or resistance',
    TEMPO: 'A different tempo: slower, faster, or longer holds',
    STANCE: 'A narrower base of support, e.g. from two legs to a split stance to one leg',
    PLANE: 'Into another plane of motion, e.g. from sagittal to frontal or rotational work',
    STABILITY: 'A less stable surface or position, e.g. onto a balance pad',
    RANGE_OF_MOTION: 'A larger (or smaller) range of motion, e.g. a deeper squat',
    VOLUME: 'More sets, reps or time',
    COMPLEXITY: 'More coordination: more joints, or a combined movement',
    SPEED: 'Faster movement, towards plyometrics',
  }),
});

/** Which way a path between two exercises runs. */
export enum PathDirection {
  HARDER = 'HARDER',
  EASIER = 'EASIER',
}

registerEnumType(PathDirection, {
  name: 'PathDirection',
  description: 'Which way a path between two exercises runs',
  valuesMap: describeValues<typeof PathDirection>({
    HARDER: '`to` is harder than `from`: the path follows progressions',
    EASIER: '`to` is easier than `from`: the path follows progressions backwards (regressions)',
  }),
});
