import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { Role } from '../src/common/access/viewer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Nest's own metadata keys (@nestjs/graphql's graphql.constants and roles.guard.ts): the same ones
// its resolver explorer and the RolesGuard read, so this sees what the running service enforces.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVE_PROPERTY = 'graphql:resolve_property';
const ROLES = 'roles';

/** Patient data is marked in the schema itself: a patientName, or a field described as health data. */
function isPatientField(field: { name: string; description?: string | null }): boolean {
  return field.name === 'patientName' || /health data/i.test(field.description ?? '');
}

type Guards = Map<string, { where: string; roles: unknown }>;

/** `Type.field` → the resolver method behind it and its @Roles (method first, then class). */
function resolverGuards(t: TestApp): Guards {
  const guards: Guards = new Map();
  for (const module of t.running.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const cls = wrapper.metatype as (new (...a: never[]) => object) | null;
      if (typeof cls !== 'function' || !cls.prototype) continue;
      const classType: unknown = Reflect.getMetadata(RESOLVER_TYPE, cls);
      for (const key of Object.getOwnPropertyNames(cls.prototype)) {
        const method: unknown = Object.getOwnPropertyDescriptor(cls.prototype, key)?.value;
        if (key === 'constructor' || typeof method !== 'function') continue;
        const name: unknown = Reflect.getMetadata(RESOLVER_NAME, method);
        const type: unknown = Reflect.getMetadata(RESOLVE_PROPERTY, method)
          ? classType
          : Reflect.getMetadata(RESOLVER_TYPE, method);
        if (typeof type !== 'string') continue;
        guards.set(`${type}.${typeof name === 'string' ? name : key}`, {
          where: `${cls.name}.${key}`,
          roles: Reflect.getMetadata(ROLES, method) ?? Reflect.getMetadata(ROLES, cls),
        });
      }
    }
  }
  return guards;
}

/** Roles that shut out nobody-signed-in and API keys: a non-empty list of clinic roles. */
function isGuarded(roles: unknown): boolean {
  const known = Object.values(Role) as unknown[];
  return Array.isArray(roles) && roles.length > 0 && roles.every((r) => known.includes(r));
}

/**
 * The path by which a type leads to patient data without passing a guarded field resolver, or
 * null. Follows output fields (and, for `inputs`, input object fields).
 */
function pathToPatientData(
  type: GraphQLNamedType,
  guards: Guards,
  seen = new Set<string>(),
): string[] | null {
  if (seen.has(type.name)) return null;
  seen.add(type.name);
  const next: { name: string; description?: string | null; type: GraphQLNamedType }[] = [];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      next.push({ ...field, type: getNamedType(field.type) });
    }
  } else if (isUnionType(type)) {
    for (const member of type.getTypes()) next.push({ name: `(${member.name})`, type: member });
  }
  for (const field of next) {
    const here = `${type.name}.${field.name}`;
    if (isPatientField(field)) return [here];
    if (isGuarded(guards.get(here)?.roles)) continue;
    const rest = pathToPatientData(field.type, guards, seen);
    if (rest) return [here, ...rest];
  }
  return null;
}

/** What a field hands out or takes in: its result type and its arguments' input types. */
function reach(field: GraphQLField<unknown, unknown>, guards: Guards): string[] | null {
  for (const type of [field.type, ...field.args.map((a) => a.type)]) {
    const path = pathToPatientData(getNamedType(type), guards);
    if (path) return path;
  }
  return null;
}

describe('role guards on patient data', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let guards: Guards;
  beforeAll(async () => {
    t = await startTestApp();
    schema = t.running.app.get(GraphQLSchemaHost).schema;
    guards = resolverGuards(t);
  });
  afterAll(() => t.close());

  it('finds the resolvers behind the schema and the fields that carry patient data', () => {
    // Guards against a test that passes because it looks at nothing.
    expect(guards.get('Query.handouts')?.where).toBe('HandoutsResolver.list');
    expect(guards.size).toBeGreaterThan(40);
    const handout = schema.getType('Handout');
    expect(handout && pathToPatientData(handout, new Map())).toEqual(['Handout.patientName']);
    const issue = schema.getMutationType()!.getFields().issueHandout;
    expect(reach(issue, new Map())).not.toBeNull();
  });

  it('puts @Roles on every query and mutation that returns or takes patient data', () => {
    const unguarded: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const here = `${root!.name}.${field.name}`;
        const guard = guards.get(here);
        expect({ field: here, resolver: guard?.where ?? 'none' }).not.toEqual({
          field: here,
          resolver: 'none',
        });
        if (isGuarded(guard?.roles)) continue;
        const path = reach(field, guards);
        if (path) unguarded.push(`${guard!.where}: ${[here, ...path].join(' → ')}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('puts @Roles on every field resolver that leads to patient data', () => {
    // Defence in depth: a field added to a public type (Exercise.handouts...) is guarded itself.
    const unguarded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type === schema.getQueryType() || type.name.startsWith('__')) {
        continue;
      }
      if (type === schema.getMutationType()) continue;
      for (const field of Object.values(type.getFields())) {
        const here = `${type.name}.${field.name}`;
        const guard = guards.get(here);
        if (!guard || isGuarded(guard.roles)) continue;
        const path = reach(field, guards);
        if (path) unguarded.push(`${guard.where}: ${[here, ...path].join(' → ')}`);
      }
    }
    expect(unguarded).toEqual([]);
  });
});
