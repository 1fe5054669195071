import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assertPortFree } from '../src/common/config/port.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// What someone new meets first: the `/` page, the GraphQL IDE (self-hosted, so it works with no
// network), the README, and a start-up that stops at once with one line when PORT is taken.
// No GraphQL document is sent here: these tests are about pages, files and the process.

const run = promisify(execFile);

/** Every URL a page makes the browser load: scripts, styles, preloads, module imports, workers. */
function loadedBy(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*\shref="([^"]+)"/g),
    ...html.matchAll(/\bimport\b[^;]*?\bfrom\s*"([^"]+)"/g),
  ].map((m) => m[1]);
  // ruru starts the editor's workers as new URL("<folder>" + file): each named worker file.
  const workers = /new URL\("([^"]+)" \+ file/.exec(html)?.[1];
  if (workers) {
    for (const m of html.matchAll(/worker\("([^"]+)"\)/g)) urls.push(workers + m[1]);
  }
  return [...new Set(urls)];
}

/** A Content-Security-Policy that names no other site: only 'self', 'none', inline, data:, blob:. */
function foreignSources(policy: string): string[] {
  const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
  return policy
    .split(';')
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((source) => !allowed.has(source));
}

describe('a newcomer’s way in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('`/` points to the IDE, the endpoint, the README and health, each answered here', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(
      expect.arrayContaining(['/graphiql', '/graphql', '/README.md', '/health', '/health/ready']),
    );
    for (const link of links) {
      expect(link).toMatch(/^\/(?!\/)/);
      const page = await fetch(`${t.url}${link}`, { headers: { accept: 'text/html' } });
      expect({ link, status: page.status }).toEqual({ link, status: 200 });
    }
    const readme = await (await fetch(`${t.url}/README.md`)).text();
    expect(readme).toMatch(/^# Runner exercise library/);
  });

  it.each(['/graphiql', '/graphql'])(
    'the IDE at %s loads every script, style and worker from this service',
    async (path) => {
      const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('id="ruru-root"');
      // No address of another site anywhere in the page, and a policy that forbids one anyway.
      expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy).toBeDefined();
      expect(foreignSources(policy!)).toEqual([]);
      if (path === '/graphiql') {
        expect(foreignSources(res.headers.get('content-security-policy') ?? '')).toEqual([]);
      }

      const loaded = loadedBy(html);
      expect(loaded).toEqual(
        expect.arrayContaining([
          '/graphiql/static/ruru.js',
          '/graphiql/static/ruru.css',
          '/graphiql/static/graphqlWorker.js',
        ]),
      );
      for (const url of loaded) {
        expect(url).toMatch(/^\/(?!\/)/);
        const file = await fetch(`${t.url}${url}`);
        expect({ url, status: file.status }).toEqual({ url, status: 200 });
        expect(file.headers.get('content-type')).toMatch(/^(text\/javascript|text\/css)/);
        if (url.endsWith('.css')) {
          // Fonts and pictures in the style sheet are inline (data:), never fetched elsewhere.
          const css = await file.text();
          const sources = [...css.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]);
          expect(sources.filter((s) => !s.startsWith('data:') && /:\/\//.test(s))).toEqual([]);
          expect(css).not.toMatch(/@import/);
        }
      }
    },
  );

  it('serves the IDE’s files compressed and cacheable, and nothing outside its folder', async () => {
    const br = await fetch(`${t.url}/graphiql/static/ruru.js`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(br.status).toBe(200);
    const etag = br.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await fetch(`${t.url}/graphiql/static/ruru.js`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    for (const path of ['nope.js', 'ruru.js.map', '..%2F..%2Fpackage.json']) {
      const missing = await fetch(`${t.url}/graphiql/static/${path}`);
      expect({ path, status: missing.status }).toEqual({ path, status: 404 });
    }
  });
});

describe('with the landing page off (production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://exercises.clinic.example',
    });
  });
  afterAll(() => t.close());

  it('keeps `/` but serves no IDE and no README', async () => {
    const home = await fetch(`${t.url}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).not.toContain('href="/graphiql"');
    expect(html).toContain('GRAPHQL_LANDING_PAGE');
    for (const path of ['/graphiql', '/graphiql/static/ruru.js', '/README.md']) {
      const res = await fetch(`${t.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});

describe('a taken PORT', () => {
  let blocker: Server;
  let port: number;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exercise-port-'));
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops the service with one line naming PORT, before the database is touched', async () => {
    const dataDir = join(dir, 'data');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
    };
    delete env.DATABASE_URL;
    const failed = await run(
      process.execPath,
      ['--import', './test/support/ts-loader.mjs', './src/main.ts'],
      { env, timeout: 60_000 },
    ).then(
      () => null,
      (error: { code?: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).not.toBeNull();
    expect(failed!.code).toBe(1);
    const lines = failed!.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^PORT ${port} is already in use on 127\\.0\\.0\\.1: .*PORT=`),
    );
    expect(failed!.stdout).toBe('');
    // The embedded engine would have made its folder: nothing was opened, migrated or seeded.
    expect(existsSync(dataDir)).toBe(false);
  }, 90_000);

  it('passes once the port is free again', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const free = (other.address() as { port: number }).port;
    await expect(assertPortFree(free, '127.0.0.1')).rejects.toThrow(`PORT ${free} is already`);
    await new Promise((resolve) => other.close(resolve));
    await expect(assertPortFree(free, '127.0.0.1')).resolves.toBeUndefined();
  });
});
