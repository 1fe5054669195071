import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The signature of Nest's `complexity:` option (graphql-query-complexity's estimator). */
export type ComplexityFn = (options: {
  args: Record<string, unknown>;
  childComplexity: number;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  type: GraphQLCompositeType;
}) => number;

/**
 * Introspection lists by what they enumerate. One pass over the schema (types, their fields,
 * their arguments: what a tool sends) meets each group once; a group met again below itself
 * (`fields { type { fields { ... } } }`) reads the schema again for every item above it.
 */
const LIST_GROUPS: Record<string, number> = {
  types: 1,
  fields: 2,
  inputFields: 2,
  interfaces: 2,
  possibleTypes: 2,
  enumValues: 2,
  args: 4,
  directives: 8,
};

/** What reading the schema costs, whatever is selected under it: it is all there to return. */
const SCHEMA_READ = { __schema: 1000, __type: 50 } as Record<string, number>;

/**
 * The cost of an operation, in one pass: each fragment is costed once and then counted by
 * arithmetic wherever it is spread, so the time grows with the document's length, never with
 * what its fragments expand to (a fragment spreading the next one twice, 60 deep, costs 2^60 and
 * is measured in microseconds). Skipped selections (`@skip`, `@include`) cost nothing.
 *
 * The cost needs the coerced variables (`first: $n`). A cost that cannot be computed (a
 * `complexity` function that throws or returns NaN) makes this throw: the caller rejects.
 */
export function costOfOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  // Keyed by name and the introspection lists above (a handful of values, 0 outside introspection).
  const measured = new Map<string, number | 'visiting'>();
  const introspection = schemaCounts(schema);

  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    !getDirectiveValues(GraphQLSkipDirective, node, variables)?.if &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  /** `lists`: the groups of introspection lists above this selection (0 outside introspection). */
  const selectionSet = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    lists: number,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        total += field(selection, parent, lists);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        total += selectionSet(selection.selectionSet, type ?? undefined, lists);
      } else {
        total += spread(selection.name.value, lists);
      }
    }
    return total;
  };

  /** A fragment's cost, the same wherever it is spread: it is computed once. */
  const spread = (name: string, lists: number): number => {
    const definition = fragments.get(name);
    if (!definition) return 0;
    const key = `${lists}:${name}`;
    const known = measured.get(key);
    if (known === 'visiting') throw new Error(`fragment ${name} spreads itself`);
    if (known) return known;
    measured.set(key, 'visiting');
    const type = schema.getType(definition.typeCondition.name.value) ?? undefined;
    const result = selectionSet(definition.selectionSet, type, lists);
    measured.set(key, result);
    return result;
  };

  const field = (node: FieldNode, parent: GraphQLNamedType | undefined, lists: number): number => {
    const name = node.name.value;
    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent))
        ? parent.getFields()[name]
        : undefined;
    const introspective = name.startsWith('__') || parent?.name.startsWith('__') === true;
    const listsBelow = introspective ? lists | (LIST_GROUPS[name] ?? 0) : 0;
    const child = node.selectionSet
      ? selectionSet(node.selectionSet, definition && getNamedType(definition.type), listsBelow)
      : 0;
    return introspective
      ? introspectionCost(name, child, lists, introspection)
      : costOf(definition, parent, node, child, variables);
  };

  return selectionSet(
    operation.selectionSet,
    schema.getRootType(operation.operation) ?? undefined,
    0,
  );
}

/**
 * A field's cost: 1 plus its selection, or what its `complexity` option says (a number added to
 * its selection, or a function of its arguments); a field with a `first` (or `last`) argument
 * costs at least its selection times that count. Never less than its own selection, so a
 * `first: 0` or a negative count cannot cancel the cost of a sibling.
 */
function costOf(
  definition: GraphQLField<unknown, unknown> | undefined,
  parent: GraphQLNamedType | undefined,
  node: FieldNode,
  child: number,
  variables: Record<string, unknown>,
): number {
  if (!definition || !parent || !isCompositeType(parent)) return 1 + child;
  const args = getArgumentValues(definition, node, variables);
  const complexity = definition.extensions?.complexity as number | ComplexityFn | undefined;
  let cost =
    typeof complexity === 'number'
      ? complexity + child
      : typeof complexity === 'function'
        ? complexity({ args, childComplexity: child, field: definition, node, type: parent })
        : 1 + child;
  if (typeof args.first === 'number') cost = Math.max(cost, child * args.first);
  if (typeof args.last === 'number') cost = Math.max(cost, child * args.last);
  if (typeof cost !== 'number' || Number.isNaN(cost)) {
    throw new Error(`the cost of ${definition.name} is not a number`);
  }
  return Math.max(cost, child, 1);
}

interface SchemaCounts {
  types: number;
  /** The largest list of members (fields, arguments, enum values...) of any one type. */
  members: number;
}

const countsBySchema = new WeakMap<GraphQLSchema, SchemaCounts>();

function schemaCounts(schema: GraphQLSchema): SchemaCounts {
  let counts = countsBySchema.get(schema);
  if (counts) return counts;
  const types = Object.values(schema.getTypeMap());
  let members = schema.getDirectives().length;
  for (const type of types) {
    const fields = 'getFields' in type ? Object.values(type.getFields()) : [];
    members = Math.max(members, fields.length);
    for (const f of fields) if ('args' in f) members = Math.max(members, f.args.length);
    if ('getValues' in type) members = Math.max(members, type.getValues().length);
  }
  counts = { types: types.length, members };
  countsBySchema.set(schema, counts);
  return counts;
}

/**
 * Introspection reads the schema, which is in memory: a field costs 1 plus its selection, and
 * `__schema` or `__type` a fixed amount for the reading itself. A list of a group already above
 * it (see LIST_GROUPS) multiplies its selection by the size of the schema.
 */
function introspectionCost(name: string, child: number, lists: number, counts: SchemaCounts) {
  const group = LIST_GROUPS[name] ?? 0;
  if (group && lists & group) {
    return Math.max(1, child) * (name === 'types' ? counts.types : counts.members);
  }
  return 1 + child + (SCHEMA_READ[name] ?? 0);
}
