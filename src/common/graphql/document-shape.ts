import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/** The shape of a document, every fragment expanded where it is spread; no schema needed. */
export interface Shape {
  /** Fragment definitions, used or not. */
  fragments: number;
  /** Nested selections; introspection fields (`__schema`, `__type`) do not count. */
  depth: number;
  aliases: number;
  spreads: number;
  directives: number;
  /** Fields, spreads and inline fragments. */
  selections: number;
  /** The most selections one selection set holds once its fragments are merged into it. */
  width: number;
}

interface Part {
  depth: number;
  aliases: number;
  spreads: number;
  directives: number;
  selections: number;
  /** Selections this set contributes to the set it is spread into (fragments, inline fragments). */
  flat: number;
  width: number;
}

const NONE: Part = {
  depth: 0,
  aliases: 0,
  spreads: 0,
  directives: 0,
  selections: 0,
  flat: 0,
  width: 0,
};

/**
 * Measures every definition of a document (unused fragments too: validation reads them) in one
 * pass, each fragment once: the time grows with the document's length, never with what its
 * fragments expand to. Run before graphql-js validation, whose field-merging rule compares the
 * fields of a selection set pairwise (700 copies of `progressions { to { name } }`, 16 KB, took
 * 0.4 s): a document this measure finds too big is rejected before that rule ever sees it.
 * Counts are floats: a fragment doubling 60 deep gives 2^60, which compares as it should.
 */
export function shapeOf(document: DocumentNode): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const done = new Map<string, Part | 'visiting'>();

  /** `intro`: inside `__schema` or `__type`, where depth is not counted (as in measure.ts). */
  const spread = (name: string, within: boolean): Part => {
    const intro = within || fragments.get(name)?.typeCondition.name.value.startsWith('__') === true;
    const key = `${intro}:${name}`;
    const known = done.get(key);
    // A cycle is a validation error; count it as nothing here and let validation report it.
    if (known === 'visiting') return NONE;
    if (known) return known;
    const definition = fragments.get(name);
    if (!definition) return NONE;
    done.set(key, 'visiting');
    const part = set(definition.selectionSet, intro);
    done.set(key, part);
    return part;
  };

  const set = (selectionSet: SelectionSetNode, intro: boolean): Part => {
    const total = { ...NONE };
    let widest = 0;
    for (const s of selectionSet.selections) {
      total.directives += s.directives?.length ?? 0;
      total.selections += 1;
      total.flat += 1;
      let part: Part;
      if (s.kind === Kind.FIELD) {
        const introspection = intro || s.name.value.startsWith('__');
        const child = s.selectionSet ? set(s.selectionSet, introspection) : NONE;
        part = {
          ...child,
          depth: introspection ? child.depth : child.depth + 1,
          aliases: child.aliases + (s.alias ? 1 : 0),
          flat: 0,
        };
        widest = Math.max(widest, child.width);
      } else {
        part =
          s.kind === Kind.INLINE_FRAGMENT
            ? set(s.selectionSet, intro)
            : spread(s.name.value, intro);
        if (s.kind === Kind.FRAGMENT_SPREAD) part = { ...part, spreads: part.spreads + 1 };
        widest = Math.max(widest, part.width);
      }
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.spreads += part.spreads;
      total.directives += part.directives;
      total.selections += part.selections;
      total.flat += part.flat;
    }
    total.width = Math.max(widest, total.flat);
    return total;
  };

  const shape: Shape = {
    fragments: fragments.size,
    depth: 0,
    aliases: 0,
    spreads: 0,
    directives: 0,
    selections: 0,
    width: 0,
  };
  let operations = 0;
  for (const d of document.definitions as readonly DefinitionNode[]) {
    let part: Part;
    if (d.kind === Kind.OPERATION_DEFINITION) part = set(d.selectionSet, false);
    else if (d.kind === Kind.FRAGMENT_DEFINITION) part = spread(d.name.value, false);
    else continue;
    shape.depth = Math.max(shape.depth, part.depth);
    shape.aliases = Math.max(shape.aliases, part.aliases);
    shape.spreads = Math.max(shape.spreads, part.spreads);
    shape.directives = Math.max(shape.directives, part.directives);
    shape.width = Math.max(shape.width, part.width);
    if (d.kind === Kind.OPERATION_DEFINITION) operations += part.selections;
    else shape.selections = Math.max(shape.selections, part.selections);
  }
  shape.selections = Math.max(shape.selections, operations);
  return shape;
}
