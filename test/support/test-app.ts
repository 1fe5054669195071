import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { createApp, type RunningApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/common/config/app-config.js';
import { graphql } from '../graphql/index.js';
import type { TypedDocumentString } from '../graphql/graphql.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  /** The answer's headers (WWW-Authenticate for a refused token, Cache-Control, …). */
  headers?: Headers;
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

/** Any typed document, for tables of operations whose results a test does not read. */
export type AnyDocument = TypedDocumentString<unknown, never>;

/** Who sends a request: a signed-in role, nobody, or explicit headers (an API key, a token). */
export type Caller =
  'admin' | 'clinician' | 'staff' | 'anonymous' | { headers: Record<string, string> };

const LOGIN = graphql(`
  mutation TestLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);
/** An account made by the admin; factories.ts's accountFor sends it too. */
export const CREATE_ACCOUNT = graphql(`
  mutation TestCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
    }
  }
`);

export const ADMIN = { email: 'admin@clinic.test', password: 'correct horse battery staple' };

export interface TestApp {
  url: string;
  running: RunningApp;
  dataSource: DataSource;
  /** Bearer tokens of the three roles (accounts made by the admin at start). */
  tokens: Record<'admin' | 'clinician' | 'staff', string>;
  /**
   * Posts a GraphQL operation as JSON, the way the clinic's apps do; as a clinician by default.
   * A document from test/graphql's `graphql()` types the result from schema.gql; variables stay
   * loose on purpose, since tests send hostile ones.
   */
  gql<R, V>(
    query: TypedDocumentString<R, V>,
    variables?: Record<string, unknown>,
    as?: Caller,
  ): Promise<GraphQLResponse<R>>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Caller,
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
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'test-secret-that-is-at-least-32-characters',
    LOGIN_RATE_LIMIT: '1000',
    MUTATION_RATE_LIMIT: '100000',
    ...env,
    DATABASE_URL: scratch?.url ?? '',
  });
  const running = await createApp(config);
  await running.app.listen(0, '127.0.0.1');
  const url = `${await running.app.getUrl()}`.replace('[::1]', '127.0.0.1');
  config.PUBLIC_URL ??= url;
  const tokens = {} as TestApp['tokens'];
  const gql: TestApp['gql'] = async (
    query: string | TypedDocumentString<unknown, unknown>,
    variables?: Record<string, unknown>,
    as: Caller = 'clinician',
  ) => {
    // test/graphql's graphql() answers {} for a document codegen has not seen yet.
    if (!(typeof query === 'string' || query instanceof String)) {
      throw new Error('A document unknown to test/graphql: run `npm run codegen`');
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (typeof as === 'object') Object.assign(headers, as.headers);
    else if (as !== 'anonymous') headers.authorization = `Bearer ${tokens[as]}`;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: String(query), variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse['body'],
    } as never;
  };
  tokens.admin = await login(gql, ADMIN.email, ADMIN.password);
  for (const role of ['clinician', 'staff'] as const) {
    const email = `${role}@clinic.test`;
    const created = await gql(
      CREATE_ACCOUNT,
      { input: { email, displayName: role, role: role.toUpperCase(), password: ADMIN.password } },
      'admin',
    );
    const exists = created.body.errors?.[0]?.message.includes('already used');
    if (created.body.errors && !exists) throw new Error(JSON.stringify(created.body.errors));
    tokens[role] = await login(gql, email, ADMIN.password);
  }
  return {
    url,
    running,
    tokens,
    dataSource: running.app.get(DataSourceToken),
    gql,
    async close() {
      await running.close();
      await scratch?.drop();
    },
  };
}

export async function login(gql: TestApp['gql'], email: string, password: string): Promise<string> {
  const res = await gql(LOGIN, { input: { email, password } }, 'anonymous');
  if (!res.body.data) throw new Error(`login ${email} failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.login.token;
}

/** A fresh database on the server at `serverUrl`, and how to drop it. */
export async function createScratchDatabase(serverUrl: string) {
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
export function onlyError(response: GraphQLResponse<unknown>) {
  expect(response.body.errors).toHaveLength(1);
  return response.body.errors![0];
}
