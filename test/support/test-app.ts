import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { createApp, type RunningApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/common/config/app-config.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: string[];
      extensions?: {
        code?: string;
        fields?: { field: string; message: string }[];
        [k: string]: unknown;
      };
    }[];
  };
}

export interface TestApp {
  url: string;
  running: RunningApp;
  dataSource: DataSource;
  /** Posts a GraphQL operation as JSON, the way the clinic's apps do. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real service on a real PostgreSQL: a fresh database on the server named by DATABASE_URL
 * (dropped afterwards), or an in-memory embedded engine when DATABASE_URL is unset.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { embedded?: boolean } = {},
): Promise<TestApp> {
  const server = options.embedded ? undefined : process.env.DATABASE_URL;
  const scratch = server ? await createScratchDatabase(server) : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: 'memory://',
    SEED_ON_EMPTY: 'false',
    ...env,
    DATABASE_URL: scratch?.url ?? '',
  });
  const running = await createApp(config);
  await running.app.listen(0, '127.0.0.1');
  const url = `${await running.app.getUrl()}`.replace('[::1]', '127.0.0.1');
  return {
    url,
    running,
    dataSource: running.app.get(DataSourceToken),
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as GraphQLResponse['body'],
      } as never;
    },
    async close() {
      await running.close();
      await scratch?.drop();
    },
  };
}

async function createScratchDatabase(serverUrl: string) {
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The one error of a failed operation, asserting there is exactly one. */
export function onlyError(response: GraphQLResponse) {
  expect(response.body.errors).toHaveLength(1);
  return response.body.errors![0];
}
