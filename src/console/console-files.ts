import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `npm run build` (console/vite.config.ts) writes the console: dist/public/console beside
 * the compiled service. Two folders up from src/console and from dist/console alike, so the tests
 * (running the sources) and `npm start` (running dist/) serve the same files. Not dist/console:
 * that is where tsc compiles this folder.
 */
export const CONSOLE_DIR = fileURLToPath(new URL('../../dist/public/console/', import.meta.url));

/** Vite's hashed files: a new build makes new names, so a browser may keep these for a year. */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * The console's own scripts and styles, its pictures from the API's /media (same origin), and
 * blobs for previews; nothing from another site, no inline script. Inline styles stay allowed:
 * Mantine sets CSS variables and positions with style attributes.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Injection token of the folder served (CONSOLE_DIR; a test's own folder in console.controller.spec). */
export const CONSOLE_FILES = Symbol('CONSOLE_FILES');

/** The page's shell, read at each request (a few hundred bytes) so a rebuild needs no restart. */
export async function readIndex(dir: string): Promise<string | null> {
  return readFile(join(dir, 'index.html'), 'utf8').catch(() => null);
}

export const NOT_BUILT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** What /console answers when nobody has built it: how to, rather than an error. */
export const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The console is not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}code{background:#f1f3f5;padding:0 .2em;border-radius:3px}</style>
</head><body>
<h1>The console is not built</h1>
<p>The clinic console is a web app built from <code>console/</code> into <code>dist/public/console</code>.
Build it with <code>npm run build</code> (or <code>npm start</code>, which builds it first), or run
<code>npm run start:dev</code> and open the address Vite prints for hot reload.</p>
<p>The GraphQL API at <a href="/graphql">/graphql</a> works without it.</p>
</body></html>
`;
