import { graphql } from '../graphql/index.js';
import type { Role } from '../graphql/graphql.js';
import { ADMIN, CREATE_ACCOUNT, type TestApp } from './test-app.js';

const CREATE_API_KEY = graphql(`
  mutation TestCreateApiKey($name: String!) {
    createApiKey(input: { name: $name }) {
      secret
      apiKey {
        id
        prefix
      }
    }
  }
`);

/** An app's API key, made by the admin; `caller` sends it as the clinic's apps do. */
export async function apiKeyFor(t: TestApp, name = 'patient app') {
  const made = await t.gql(CREATE_API_KEY, { name }, 'admin');
  if (!made.body.data) throw new Error(`createApiKey failed: ${JSON.stringify(made.body.errors)}`);
  const { secret, apiKey } = made.body.data.createApiKey;
  return {
    id: apiKey.id,
    prefix: apiKey.prefix,
    secret,
    caller: { headers: { 'x-api-key': secret } },
  };
}

/** Another account, made by the admin (the password is the test admin's unless given). */
export async function accountFor(
  t: TestApp,
  input: { email: string; role: Role; displayName?: string },
  password = ADMIN.password,
) {
  const made = await t.gql(
    CREATE_ACCOUNT,
    { input: { displayName: input.email.split('@')[0], ...input, password } },
    'admin',
  );
  if (!made.body.data) throw new Error(`createAccount failed: ${JSON.stringify(made.body.errors)}`);
  return { id: made.body.data.createAccount.id, email: input.email, password };
}

const VERIFY_LICENCE = graphql(`
  mutation TestVerifyMediaLicence($input: VerifyMediaLicenceInput!) {
    verifyMediaLicence(input: $input) {
      id
    }
  }
`);

/**
 * A clinician confirms the licence of every seeded picture (free-exercise-db photos arrive
 * unverified and stay off handouts until then), for tests that print the seed library's photos.
 */
export async function verifySeedPictures(t: TestApp): Promise<void> {
  const rows: { id: string }[] = await t.dataSource.query(
    "SELECT id FROM media WHERE kind = 'IMAGE' AND NOT licence_verified",
  );
  for (const { id } of rows) {
    const res = await t.gql(VERIFY_LICENCE, { input: { id, licence: 'CC BY 4.0' } });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  }
}
