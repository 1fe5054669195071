/**
 * The facets a balance gap can be about. Plain strings equal to programs' `BalanceFacet` values,
 * so that exercises does not depend on programs.
 */
export type FillerFacet = 'PLANE' | 'STANCE' | 'TEMPO_INTENT' | 'LOAD_KIND';

/** What a program lacks, and how to choose the published exercises that would fill it. */
export interface FillerRequest {
  gaps: readonly { facet: FillerFacet; missing: readonly string[] }[];
  /** Never suggested: they are in the program already. */
  programIds: readonly string[];
  medianDifficulty: number;
  /** Body regions and running focus of the program, to prefer exercises that fit it. */
  regions: readonly string[];
  focus: readonly string[];
  perGap: number;
  /** How far from the median difficulty a suggestion may be. */
  maxDistance: number;
}
