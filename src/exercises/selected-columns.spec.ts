import { type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { detailColumns, selectedColumns } from './selected-columns.js';

const ALL = [
  'id',
  'slug',
  'name',
  'status',
  'steps',
  'cues',
  'planes',
  'stance',
  'position',
  'tempoNotation',
  'tempoIntent',
];

function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  const field = operation.selectionSet.selections[0];
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedColumns', () => {
  it('reads the fields asked for under nodes and edges.node, plus the cursor key and status', () => {
    const info = infoOf(
      '{ exercises { nodes { slug } edges { cursor node { planes } } totalCount } }',
    );
    expect(selectedColumns(info, ALL)?.sort()).toEqual(['id', 'name', 'planes', 'slug', 'status']);
  });

  it('follows fragments and maps computed fields to their columns', () => {
    const info = infoOf(
      '{ exercises { nodes { ...f ... on Exercise { tempo { notation } } } } } fragment f on Exercise { media { url } }',
    );
    expect(selectedColumns(info, ALL)?.sort()).toEqual([
      'id',
      'name',
      'status',
      'tempoIntent',
      'tempoNotation',
    ]);
  });

  it('reads everything for a field it does not know', () => {
    expect(selectedColumns(infoOf('{ exercises { nodes { somethingNew } } }'), ALL)).toBeNull();
  });

  it('opens each fragment once, however often it is spread (2^40 paths here)', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Exercise { ...F${i + 1} ... on Exercise { ...F${i + 1} } }`,
    );
    const query = `{ exercises { nodes { ...F0 } } } ${fragments.join(' ')} fragment F40 on Exercise { slug }`;
    const started = performance.now();
    expect(selectedColumns(infoOf(query), ALL)?.sort()).toEqual(['id', 'name', 'slug', 'status']);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('detailColumns', () => {
  it("reads the exercise's fields, and its edges' other ends' (which it also is one of)", () => {
    const info = infoOf(
      '{ exercise(by: { slug: "x" }) { steps progressions { criterion to { slug } } ...f } } fragment f on Exercise { regressions { from { stance } } }',
    );
    const { exercise, ends } = detailColumns(info, ALL);
    expect(ends?.sort()).toEqual(['id', 'name', 'slug', 'stance', 'status']);
    expect(exercise?.sort()).toEqual(['id', 'name', 'slug', 'stance', 'status', 'steps']);
  });

  it('asks for no edges when none is selected, and reads everything for an unknown field', () => {
    expect(detailColumns(infoOf('{ exercise(by: { slug: "x" }) { slug } }'), ALL)).toEqual({
      exercise: ['id', 'name', 'status', 'slug'],
    });
    expect(
      detailColumns(
        infoOf('{ exercise(by: { slug: "x" }) { variations { to { somethingNew } } } }'),
        ALL,
      ),
    ).toEqual({ exercise: null, ends: null });
  });
});
