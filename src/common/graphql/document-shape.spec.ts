import { getIntrospectionQuery, parse } from 'graphql';
import { shapeOf } from './document-shape.js';

const doubling = (n: number) =>
  `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { a: x ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Query { x @skip(if: false) }`;

describe('shapeOf', () => {
  it('counts a doubling fragment bomb by arithmetic, in linear time', () => {
    const document = parse(doubling(60));
    const started = performance.now();
    const shape = shapeOf(document);
    expect(performance.now() - started).toBeLessThan(50);
    expect(shape.fragments).toBe(61);
    expect(shape.spreads).toBeGreaterThan(2 ** 60);
    expect(shape.aliases).toBeGreaterThan(2 ** 59);
    expect(shape.directives).toBeGreaterThan(2 ** 59);
    expect(shape.depth).toBe(1);
  });

  it('measures unused fragments too (validation reads them)', () => {
    const shape = shapeOf(parse(`{ x } ${doubling(30).replace('{ ...F0 }', '')}`));
    expect(shape.spreads).toBeGreaterThan(2 ** 30);
  });

  it('counts depth through fragments and inline fragments, not through introspection', () => {
    const shape = shapeOf(parse('{ a { ...B } } fragment B on T { b { ... on T { c { d } } } }'));
    expect(shape.depth).toBe(4);
    expect(shapeOf(parse(getIntrospectionQuery())).depth).toBe(0);
  });

  it('measures a selection set with its fragments merged into it', () => {
    const shape = shapeOf(
      parse(
        '{ a { x ...B ... on T { y z } } } fragment B on T { p q r ...C } fragment C on T { s }',
      ),
    );
    // x, ...B, the inline fragment, y, z, p, q, r, ...C, s
    expect(shape.width).toBe(10);
    expect(shape.selections).toBe(11);
  });
});
