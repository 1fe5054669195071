/** An edge either makes the exercise harder (read backwards: a regression) or varies it sideways. */
export enum ProgressionKind {
  PROGRESSION = 'PROGRESSION',
  VARIATION = 'VARIATION',
}

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
