import type { ConsoleExerciseLadderQuery, LadderEdgeFragment } from '../../gql/graphql';

export type LadderData = NonNullable<ConsoleExerciseLadderQuery['exercise']>;

/** One exercise on the ladder: `level` steps harder (+) or easier (-) than the one shown. */
export interface Rung {
  id: string;
  slug: string;
  name: string;
  difficulty: number;
  status: string;
  level: number;
  current: boolean;
}

/** One progression between two rungs: from the easier to the harder. */
export interface Step {
  id: string;
  fromId: string;
  toId: string;
  changes: string[];
  criterion: string;
}

/**
 * The ladder as rungs (easiest first, then by name) and the progressions between them: the edges
 * the walk took (`via`) and any other progression from one rung to another, each once, so an
 * exercise reached two ways shows both.
 */
export function ladderOf(data: LadderData): { rungs: Rung[]; steps: Step[] } {
  const rungs = data.ladder
    .map((r): Rung => ({
      id: r.exercise.id,
      slug: r.exercise.slug,
      name: r.exercise.name,
      difficulty: r.exercise.difficulty,
      status: r.exercise.status,
      level: r.level,
      current: r.exercise.id === data.id,
    }))
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
  const on = new Set(rungs.map((r) => r.id));
  const steps = new Map<string, Step>();
  const add = (p: LadderEdgeFragment) => {
    if (p.kind !== 'PROGRESSION' || !on.has(p.from.id) || !on.has(p.to.id)) return;
    steps.set(p.id, {
      id: p.id,
      fromId: p.from.id,
      toId: p.to.id,
      changes: p.changes,
      criterion: p.criterion,
    });
  };
  for (const r of data.ladder) {
    if (r.via) add(r.via);
    r.exercise.progressions.forEach(add);
  }
  return { rungs, steps: [...steps.values()] };
}

/** A server message naming exercises by slug, with their names where the page knows them. */
export function withNames(message: string, names: Map<string, string>): string {
  return message.replace(/[a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]+/g, (word) => {
    const name = names.get(word);
    return name ? `“${name}”` : word;
  });
}
