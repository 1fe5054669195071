import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

type Outcome = { code?: number | string; stdout: string; stderr: string };

// The typed test documents in test/graphql are generated from schema.gql: a stale copy would let
// a test type-check against a schema the service no longer serves.
describe('typed test documents', () => {
  it('match what `npm run codegen` writes from schema.gql', async () => {
    const outcome: Outcome = await promisify(execFile)(
      process.execPath,
      ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--check'],
      { cwd: new URL('..', import.meta.url).pathname },
    ).then(
      (done) => ({ code: 0, ...done }),
      (failed: Outcome) => failed,
    );
    const stale = /stale files[\s\S]*/.exec(outcome.stdout + outcome.stderr)?.[0] ?? null;
    expect({ code: outcome.code, stale }).toEqual({ code: 0, stale: null });
  });
});
