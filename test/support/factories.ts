import { ADMIN, type TestApp } from './test-app.js';

/** An app's API key, made by the admin; `caller` sends it as the clinic's apps do. */
export async function apiKeyFor(t: TestApp, name = 'patient app') {
  const made = await t.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    'mutation ($name: String!) { createApiKey(input: { name: $name }) { secret apiKey { id } } }',
    { name },
    'admin',
  );
  if (!made.body.data) throw new Error(`createApiKey failed: ${JSON.stringify(made.body.errors)}`);
  const { secret, apiKey } = made.body.data.createApiKey;
  return { id: apiKey.id, secret, caller: { headers: { 'x-api-key': secret } } };
}

/** Another account, made by the admin (the password is the test admin's unless given). */
export async function accountFor(
  t: TestApp,
  input: { email: string; role: 'STAFF' | 'CLINICIAN' | 'ADMIN'; displayName?: string },
  password = ADMIN.password,
) {
  const made = await t.gql<{ createAccount: { id: string } }>(
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    { input: { displayName: input.email.split('@')[0], ...input, password } },
    'admin',
  );
  if (!made.body.data) throw new Error(`createAccount failed: ${JSON.stringify(made.body.errors)}`);
  return { id: made.body.data.createAccount.id, email: input.email, password };
}
