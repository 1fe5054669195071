import { jest } from '@jest/globals';
import { parse, type OperationDefinitionNode } from 'graphql';
import { argumentsOf, MemoryLimitStore, rootFields } from './rate-limit.js';

const analyse = (source: string, watch = ['login']) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition',
  ) as OperationDefinitionNode;
  return rootFields(document, operation, watch);
};

describe('rootFields', () => {
  it('sees root fields through aliases, fragments and inline fragments', () => {
    const { counts, nodes } = analyse(`
      mutation { a: login(input: $i) { token } ...F ... on Mutation { b: login(input: $i) { token } } }
      fragment F on Mutation { ...G c: login(input: $i) { token } }
      fragment G on Mutation { ... on Mutation { d: login(input: $i) { token } } createExercise { id } }`);
    expect(counts.get('login')).toBe(4);
    expect(counts.get('createExercise')).toBe(1);
    expect(nodes.map((n) => n.alias?.value)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('counts a fragment spread twice twice, and walks each fragment once (no 2^n)', () => {
    const depth = 40;
    const fragments = Array.from({ length: depth }, (_, i) =>
      i === depth - 1
        ? `fragment F${i} on Mutation { login(input: $i) { token } }`
        : `fragment F${i} on Mutation { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = performance.now();
    const { counts, nodes } = analyse(`mutation { ...F0 } ${fragments}`);
    expect(performance.now() - started).toBeLessThan(100);
    expect(counts.get('login')).toBe(2 ** (depth - 1));
    expect(nodes).toHaveLength(1);
  });

  it('survives a fragment cycle (validation refuses it later)', () => {
    const { counts } = analyse(
      `mutation { ...A } fragment A on Mutation { login { token } ...B } fragment B on Mutation { ...A }`,
    );
    expect(counts.get('login')).toBe(1);
  });

  it('reads arguments with their variables', () => {
    const { nodes } = analyse(
      `mutation ($e: String!) { login(input: { email: $e, password: "x" }) { token } }`,
    );
    expect(argumentsOf(nodes[0], { e: 'a@b.c' })).toEqual({
      input: { email: 'a@b.c', password: 'x' },
    });
    const whole = analyse(`mutation ($i: LoginInput!) { login(input: $i) { token } }`).nodes[0];
    expect(argumentsOf(whole, { i: { email: 'z@y.x' } })).toEqual({ input: { email: 'z@y.x' } });
    expect(argumentsOf(whole, undefined)).toEqual({ input: undefined });
  });
});

describe('MemoryLimitStore', () => {
  const policy = { free: 2, baseMs: 1000, maxMs: 4000, forgetMs: 60_000 };

  it('counts hits in a window, with their cost', async () => {
    const store = new MemoryLimitStore();
    expect(await store.hit('k', 3, 5)).toBe(0);
    expect(await store.hit('k', 2, 5)).toBe(0);
    expect(await store.hit('k', 1, 5)).toBeGreaterThan(0);
    expect(await store.hit('other', 1, 5)).toBe(0);
  });

  it('backs off with doubling waits up to the cap, and resets on success', async () => {
    const store = new MemoryLimitStore();
    let now = 1_000_000;
    const spy = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      expect(await store.reserve('a', policy)).toBe(0);
      expect(await store.reserve('a', policy)).toBe(0);
      expect(await store.reserve('a', policy)).toBe(0); // third failure: wait 1 s
      expect(await store.reserve('a', policy)).toBe(1);
      now += 1000;
      expect(await store.reserve('a', policy)).toBe(0); // fourth: 2 s
      now += 1000;
      expect(await store.reserve('a', policy)).toBe(1);
      now += 1000;
      expect(await store.reserve('a', policy)).toBe(0); // fifth: 4 s
      now += 4000;
      expect(await store.reserve('a', policy)).toBe(0); // sixth: capped at 4 s
      expect(await store.reserve('a', policy)).toBe(4);
      await store.reset('a');
      expect(await store.reserve('a', policy)).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('stays bounded whatever the number of keys', async () => {
    const store = new MemoryLimitStore(100);
    for (let i = 0; i < 10_000; i++) await store.reserve(`k${i}`, policy);
    expect((store as unknown as { backoffs: { size: number } }).backoffs.size).toBe(100);
  });
});
