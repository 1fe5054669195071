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
  const fields = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const nodes of childFields(node.selectionSet, info)) {
      if (nodes.name.value === 'nodes') collect(nodes.selectionSet, info, fields);
      if (nodes.name.value === 'edges') {
        for (const edge of childFields(nodes.selectionSet, info)) {
          if (edge.name.value === 'node') collect(edge.selectionSet, info, fields);
        }
      }
    }
  }
  const columns = new Set<Column>(ALWAYS);
  for (const field of fields) {
    if (field in DERIVED) DERIVED[field].forEach((c) => columns.add(c));
    else if (all.includes(field)) columns.add(field as Column);
    else return null;
  }
  return [...columns];
}

function collect(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Set<string>) {
  for (const field of childFields(set, info)) into.add(field.name.value);
}

/** The fields of a selection set, inline fragments and fragment spreads flattened. */
function childFields(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return childFields(selection.selectionSet, info);
    return childFields(info.fragments[selection.name.value]?.selectionSet, info);
  });
}
