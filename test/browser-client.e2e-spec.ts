/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { BrowserExpectedSlugsQuery } from './graphql/graphql.js';
import { graphql } from './graphql/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 13's browser done-when: a page on another origin lists, pages and searches exercises with
 * Apollo Client (relayStylePagination) in a real Chromium, as a clinic's web app would. The page
 * is test/support/browser-app, bundled here with esbuild and served by a second HTTP server.
 */
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const SKIPPED = `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
if (!haveChromium) console.warn(`browser-client.e2e-spec: ${SKIPPED}`);

const PAGE_SIZE = 5;
const EXPECTED = graphql(`
  query BrowserExpectedSlugs($first: Int!, $after: String, $filter: ExerciseFilter) {
    exercises(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
        slug
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface StaticSite {
  origin: string;
  server: Server;
}

/** A front-end's own web server: the page and its script, nothing else. */
async function serveSite(page: () => { script: string; api: string }): Promise<StaticSite> {
  const server = createServer((req, res) => {
    const { script, api } = page();
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="api" content="${api}"><title>Exercises</title></head>
  <body data-state="starting">
    <input id="search" type="search" placeholder="Search exercises">
    <p id="count"></p><p id="notice"></p><p id="error" role="alert"></p>
    <ul id="list"></ul>
    <button id="earlier" hidden>Earlier</button>
    <button id="more" hidden>More</button>
    <script type="module" src="/app.js"></script>
  </body>
</html>`);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // `localhost` while the API is at 127.0.0.1: another origin, as a deployed app's would be.
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

const shownSlugs = (page: Page) =>
  page.$$eval('#list li', (items) => items.map((item) => (item as HTMLElement).dataset.slug));

/** Waits until the page lists exactly `slugs`, in order; says what it shows if it never does. */
async function expectListed(page: Page, slugs: string[]): Promise<void> {
  try {
    await page.waitForFunction(
      (want) =>
        JSON.stringify(
          [...document.querySelectorAll<HTMLElement>('#list li')].map((li) => li.dataset.slug),
        ) === want,
      JSON.stringify(slugs),
      { timeout: 15_000 },
    );
  } catch {
    const error = await page.textContent('#error');
    throw new Error(
      `the page lists ${JSON.stringify(await shownSlugs(page))} (error: ${error || 'none'}), ` +
        `expected ${JSON.stringify(slugs)}`,
    );
  }
}

(haveChromium ? describe : describe.skip)(
  `a browser app on another origin${haveChromium ? '' : ` (${SKIPPED})`}`,
  () => {
    let t: TestApp;
    let browser: Browser;
    let site: StaticSite;
    let stranger: StaticSite;
    const served = { script: '', api: '' };
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      const bundle = await esbuild.build({
        entryPoints: [
          fileURLToPath(new URL('./support/browser-app/exercise-browser.ts', import.meta.url)),
        ],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'chrome120',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      served.script = bundle.outputFiles[0].text;
      // The sites listen first: the service must be told the app's origin (CORS_ORIGINS).
      site = await serveSite(() => served);
      stranger = await serveSite(() => served);
      t = await startTestApp({ SEED_ON_EMPTY: 'true', CORS_ORIGINS: site.origin });
      served.api = `${t.url}/graphql`;
      browser = await chromium.launch({ executablePath: CHROMIUM });
    });

    afterAll(async () => {
      await browser?.close();
      for (const s of [site, stranger]) s?.server.close();
      await t?.close();
    });

    async function open(origin: string, token?: string, path = '/'): Promise<Page> {
      const context = await browser.newContext();
      if (token)
        await context.addInitScript((value) => localStorage.setItem('token', value), token);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await page.goto(`${origin}${path}`);
      return page;
    }

    /** The first `count` slugs as the API lists them, a page of at most 100 at a time. */
    async function expected(count: number, text?: string) {
      const slugs: string[] = [];
      let total = 0;
      for (let after: string | null = null; slugs.length < count;) {
        const first = Math.min(100, count - slugs.length);
        const filter = text ? { text } : {};
        const page: BrowserExpectedSlugsQuery['exercises'] = (
          await t.gql(EXPECTED, { first, after, filter }, 'anonymous')
        ).body.data!.exercises;
        total = page.totalCount;
        slugs.push(...page.nodes.map((n) => n.slug));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? null;
      }
      return { total, slugs };
    }

    it('lists, pages and searches exercises with Apollo Client', async () => {
      const page = await open(site.origin);
      const all = await expected(3 * PAGE_SIZE);
      expect(all.total).toBeGreaterThan(3 * PAGE_SIZE);

      await expectListed(page, all.slugs.slice(0, PAGE_SIZE));
      expect(await page.textContent('#count')).toBe(`${all.total} exercises`);
      // Pages on from the last cursor; relayStylePagination appends each page.
      await page.click('#more');
      await expectListed(page, all.slugs.slice(0, 2 * PAGE_SIZE));
      await page.click('#more');
      await expectListed(page, all.slugs.slice(0, 3 * PAGE_SIZE));

      // Searching is a list of its own (keyArgs: filter), paged the same way.
      const found = await expected(2 * PAGE_SIZE, 'bridge');
      expect(found.total).toBeGreaterThan(PAGE_SIZE);
      await page.fill('#search', 'bridge');
      await expectListed(page, found.slugs.slice(0, PAGE_SIZE));
      expect(await page.textContent('#count')).toBe(`${found.total} exercises`);
      await page.click('#more');
      await expectListed(page, found.slugs.slice(0, Math.min(found.total, 2 * PAGE_SIZE)));

      // Back to the whole catalogue: still the pages already read, from Apollo's cache, with no
      // request (one would replace the three pages with the first; a passing glimpse is not enough).
      let requests = 0;
      page.on('request', (request) => {
        if (request.url() === served.api) requests += 1;
      });
      await page.fill('#search', '');
      await expectListed(page, all.slugs.slice(0, 3 * PAGE_SIZE));
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(await shownSlugs(page)).toEqual(all.slugs.slice(0, 3 * PAGE_SIZE));
      expect(requests).toBe(0);
      expect(await page.textContent('#error')).toBe('');
      expect(await page.textContent('#notice')).toBe('');
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });

    it('starts from the end and pages back with last/before; from the start nothing comes before', async () => {
      // The whole catalogue (130 exercises and more than one page of 100).
      const all = await expected(1000);
      expect(all.slugs).toHaveLength(all.total);
      const tail = (n: number) => all.slugs.slice(-n);
      const page = await open(site.origin, undefined, '/#end');
      await expectListed(page, tail(PAGE_SIZE));
      // hasNextPage is false at the end, hasPreviousPage true: only "Earlier" shows.
      expect(await page.isHidden('#more')).toBe(true);
      expect(await page.isVisible('#earlier')).toBe(true);
      await page.click('#earlier');
      await expectListed(page, tail(2 * PAGE_SIZE));
      await page.click('#earlier');
      await expectListed(page, tail(3 * PAGE_SIZE));
      expect(await page.isHidden('#more')).toBe(true);
      await page.context().close();

      // From the start, "Earlier" never shows: nothing comes before the first page.
      const start = await open(site.origin);
      await expectListed(start, all.slugs.slice(0, PAGE_SIZE));
      await start.click('#more');
      await expectListed(start, all.slugs.slice(0, 2 * PAGE_SIZE));
      expect(await start.isHidden('#earlier')).toBe(true);
      expect(await start.textContent('#error')).toBe('');
      await start.context().close();
    });

    it('keeps reading the public catalogue with a stale token, and says the token is stale', async () => {
      const page = await open(site.origin, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c3RhbGU');
      const all = await expected(PAGE_SIZE);
      await expectListed(page, all.slugs);
      // WWW-Authenticate reaches the page through CORS (Access-Control-Expose-Headers).
      expect(await page.textContent('#notice')).toBe(
        'The sign-in token is invalid or has expired: sign in again.',
      );
      expect(await page.textContent('#error')).toBe('');
      await page.context().close();
    });

    it('is refused on an origin not in CORS_ORIGINS', async () => {
      consoleErrors.length = 0;
      const page = await open(stranger.origin);
      await page.waitForFunction(() => document.body.dataset.state === 'error', null, {
        timeout: 15_000,
      });
      expect(await page.textContent('#error')).toMatch(/Failed to fetch/);
      expect(await shownSlugs(page)).toEqual([]);
      // Chromium names CORS as the reason in the console.
      expect(consoleErrors.join('\n')).toMatch(/CORS/);
      await page.context().close();
    });
  },
);
