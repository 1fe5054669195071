import { registerEnumType } from '@nestjs/graphql';

/** An edge either makes the exercise harder (read backwards: a regression) or varies it sideways. */
export enum ProgressionKind {
  PROGRESSION = 'PROGRESSION',
  VARIATION = 'VARIATION',
}

registerEnumType(ProgressionKind, {
  name: 'ProgressionKind',
  description: 'PROGRESSION: `to` is harder (read backwards, a regression). VARIATION: sideways',
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
  description: 'What changes from one exercise to the next',
});

/** Which way a path between two exercises runs. */
export enum PathDirection {
  HARDER = 'HARDER',
  EASIER = 'EASIER',
}

registerEnumType(PathDirection, { name: 'PathDirection' });
