import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { assertUuid, badUserInput, notFound } from '../common/errors/errors.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService, MAX_PROGRAM_ITEMS } from '../exercises/exercises.service.js';
import { analyseBalance, summarise } from './balance.js';
import type { ProgramBalance } from './models/program-balance.model.js';

/** Suggestions per gap: enough to choose from, few enough to read. */
const SUGGESTIONS_PER_GAP = 3;
/** "Similar difficulty": within one level of the program's median. */
const DIFFICULTY_RANGE = 1;

/** Balance analysis of any list of prescribed exercises: templates, handouts, the query. */
@Injectable()
export class BalanceService {
  constructor(private readonly exercises: ExercisesService) {}

  /**
   * The spread and gaps of a program (exercise ids in program order, duplicates allowed), with
   * published suggestions per gap. An id the viewer may not see (a draft, for anyone but
   * clinicians and admins) is NOT_FOUND like an unknown one. Two statements at most.
   */
  async analyse(ctx: RequestContext, exerciseIds: readonly string[]): Promise<ProgramBalance> {
    if (exerciseIds.length > MAX_PROGRAM_ITEMS) {
      throw badUserInput([
        { field: 'items', message: `items holds at most ${MAX_PROGRAM_ITEMS} exercises` },
      ]);
    }
    // Postgres answers ids in lower case: compare them that way.
    const ids = exerciseIds.map((id, i) => assertUuid(id, `items[${i}].exerciseId`).toLowerCase());
    const program = await this.load(ctx, ids);
    const analysis = analyseBalance(program);
    const suggestions =
      analysis.medianDifficulty === null
        ? []
        : await this.exercises.suggestFillers(ctx, {
            gaps: analysis.gaps,
            programIds: [...new Set(ids)],
            medianDifficulty: analysis.medianDifficulty,
            regions: [...new Set(program.flatMap((e) => e.regions))],
            focus: [...new Set(program.flatMap((e) => e.focus))],
            perGap: SUGGESTIONS_PER_GAP,
            maxDistance: DIFFICULTY_RANGE,
          });
    return {
      ...analysis,
      gaps: analysis.gaps.map((gap, i) => ({ ...gap, suggestions: suggestions[i] ?? [] })),
      summary: summarise(analysis),
    };
  }

  /** The program's exercises in its order; the first unknown or invisible id is NOT_FOUND. */
  private async load(ctx: RequestContext, ids: readonly string[]): Promise<Exercise[]> {
    if (!ids.length) return [];
    const byId = new Map((await this.exercises.findVisible(ctx, ids)).map((e) => [e.id, e]));
    return ids.map((id) => {
      const exercise = byId.get(id);
      if (!exercise) throw notFound('Exercise', id);
      return exercise;
    });
  }
}
