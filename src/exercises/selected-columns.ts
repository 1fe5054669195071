import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';
import type { Exercise } from './exercise.entity.js';

type Column = keyof Exercise;

/** Always read: the cursor key (name, id) and what visibility and caching look at. */
const ALWAYS: Column[] = ['id', 'name', 'status'];

/** GraphQL fields computed from other columns, or resolved elsewhere from the id alone. */
const DERIVED: Record<string, Column[]> = {
  tempo: ['tempoNotation', 'tempoIntent'],
  needsTagging: ['planes', 'stance', 'position', 'tempoIntent', 'steps'],
  media: [],
  progressions: [],
  regressions: [],
  variations: [],
  ladder: [],
  revisions: [],
  // the English, for ExerciseTranslation.outdated
  translations: ['name', 'summary', 'steps', 'cues', 'precautions'],
  localized: ['name', 'summary', 'steps', 'cues', 'precautions'],
  __typename: [],
};

/**
 * The exercise columns a list request needs, from the fields asked for under `nodes` and
 * `edges.node` (fragments followed). A page of names then reads names, not every exercise's
 * steps and cues. Returns null (read everything) for a field it does not know.
 */
export function selectedColumns(info: GraphQLResolveInfo, all: readonly string[]): Column[] | null {
  const lists = childFields(
    info.fieldNodes.map((n) => n.selectionSet),
    info,
  );
  const edges = childFields(
    lists.filter((f) => f.name.value === 'edges').map((f) => f.selectionSet),
    info,
  );
  const items = [
    ...lists.filter((f) => f.name.value === 'nodes'),
    ...edges.filter((f) => f.name.value === 'node'),
  ];
  return columnsOf(
    childFields(
      items.map((f) => f.selectionSet),
      info,
    ),
    all,
  );
}

/** The fields of an exercise that read the other end of an edge. */
const EDGE_LISTS = new Set(['progressions', 'regressions', 'variations']);
const EDGE_ENDS = new Set(['from', 'to']);

/** What one exercise field (`exercise(by:)`) reads: its columns, and its edges' if it asks. */
export interface DetailColumns {
  /** The exercise's own columns, with those its edges read of it (it is one of their ends). */
  exercise: Column[] | null;
  /** The columns of the other ends of its edges; undefined when no edge is asked for. */
  ends?: Column[] | null;
}

/**
 * The columns a single exercise's field needs (null: every column), and when it asks for
 * progressions, regressions or variations, those their `from`/`to` need, so that one statement
 * can read the exercise with its edges and their other ends.
 */
export function detailColumns(info: GraphQLResolveInfo, all: readonly string[]): DetailColumns {
  const fields = childFields(
    info.fieldNodes.map((n) => n.selectionSet),
    info,
  );
  const exercise = columnsOf(fields, all);
  const lists = fields.filter((f) => EDGE_LISTS.has(f.name.value));
  if (lists.length === 0) return { exercise };
  const endFields = childFields(
    lists.map((f) => f.selectionSet),
    info,
  ).filter((f) => EDGE_ENDS.has(f.name.value));
  const ends = columnsOf(
    childFields(
      endFields.map((f) => f.selectionSet),
      info,
    ),
    all,
  );
  if (!exercise || !ends) return { exercise: null, ends: null };
  return { exercise: [...new Set([...exercise, ...ends])], ends };
}

/** The columns some exercise fields need, or null (read everything) for a field it does not know. */
function columnsOf(fields: FieldNode[], all: readonly string[]): Column[] | null {
  const columns = new Set<Column>(ALWAYS);
  for (const field of new Set(fields.map((f) => f.name.value))) {
    if (field in DERIVED) DERIVED[field].forEach((c) => columns.add(c));
    else if (all.includes(field)) columns.add(field as Column);
    else return null;
  }
  return [...columns];
}

/**
 * The fields of some selection sets, inline fragments and fragment spreads flattened. Each
 * fragment is opened once, however often it is spread: only which fields appear matters, and a
 * fragment spreading the next one twice, 30 deep, would otherwise be opened 2^30 times.
 */
function childFields(
  sets: (SelectionSetNode | undefined)[],
  info: GraphQLResolveInfo,
): FieldNode[] {
  const fields: FieldNode[] = [];
  const opened = new Set<string>();
  const pending = sets.filter((set) => set !== undefined);
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!opened.has(selection.name.value)) {
        opened.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
