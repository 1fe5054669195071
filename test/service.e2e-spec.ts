import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, type GraphQLEnumType, type GraphQLSchema, isEnumType } from 'graphql';
import { printSchemaFile, SCHEMA_FILE } from '../src/common/schema-file.js';
import * as vocabulary from '../src/exercises/vocabulary.js';
import { ProgressionDimension, ProgressionKind } from '../src/progressions/vocabulary.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness with a database check', async () => {
    const live = await fetch(`${t.url}/health`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the schema committed in schema.gql (run `npm run schema` after changing it)', () => {
    const live = printSchemaFile(t.running.app.get(GraphQLSchemaHost).schema);
    expect(live).toEqual(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('keeps enum values in the order of their vocabulary, served and printed', () => {
    const live = t.running.app.get(GraphQLSchemaHost).schema;
    const printed = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const valuesOf = (schema: GraphQLSchema, name: string) =>
      (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    const ordered: Record<string, string[]> = {
      BandColour: ['YELLOW', 'RED', 'GREEN', 'BLUE', 'BLACK', 'SILVER', 'GOLD'],
      ExerciseStatus: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'],
      GapPriority: ['HIGH', 'MEDIUM', 'LOW'],
      TempoIntent: ['ISOMETRIC', 'STRETCH', 'SLOW_CONTROLLED', 'MODERATE', 'FAST', 'EXPLOSIVE'],
    };
    for (const [name, values] of Object.entries(ordered)) {
      expect({ name, values: valuesOf(live, name) }).toEqual({ name, values });
    }
    for (const type of Object.values(live.getTypeMap())) {
      if (!isEnumType(type) || type.name.startsWith('__')) continue;
      expect({ name: type.name, values: valuesOf(printed, type.name) }).toEqual({
        name: type.name,
        values: valuesOf(live, type.name),
      });
      for (const value of type.getValues()) expect(value.description).toBeTruthy();
    }
  });

  it('has database enum types that match the vocabularies exactly', async () => {
    const rows: { type: string; labels: string[] }[] = await t.dataSource.query(`
      SELECT t.typname AS type, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    const database = Object.fromEntries(rows.map((r) => [r.type, r.labels]));
    const expected: Record<string, Record<string, string>> = {
      plane: vocabulary.Plane,
      stance: vocabulary.Stance,
      body_position: vocabulary.BodyPosition,
      tempo_intent: vocabulary.TempoIntent,
      load_kind: vocabulary.LoadKind,
      equipment: vocabulary.Equipment,
      body_region: vocabulary.BodyRegion,
      muscle: vocabulary.Muscle,
      running_focus: vocabulary.RunningFocus,
      exercise_status: vocabulary.ExerciseStatus,
      progression_kind: ProgressionKind,
      progression_dimension: ProgressionDimension,
    };
    for (const [type, values] of Object.entries(expected)) {
      expect({ type, labels: database[type] }).toEqual({ type, labels: Object.values(values) });
    }
  });

  it('applied the migrations and never synchronises', async () => {
    const rows: { name: string }[] = await t.dataSource.query('SELECT name FROM migrations');
    expect(rows.map((r) => r.name)).toContain('ExerciseCatalogue1764072000000');
    expect(t.dataSource.options.synchronize).toBe(false);
    const [trgm] = await t.dataSource.query("SELECT similarity('lunge', 'lunges') AS s");
    expect(Number(trgm.s)).toBeGreaterThan(0.5);
  });
});
