// The entry chunk's size budget, checked in CI after `npm run build:console`: what a clinic PC
// downloads before the first page shows. The graph (xyflow), diffs and other heavy parts belong in
// lazy chunks; a change that pulls one into the entry fails here, not in a slow clinic.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = { js: Number(process.env.CONSOLE_ENTRY_JS_KB ?? 200), css: 45 };
const built = fileURLToPath(new URL('../../dist/public/console/', import.meta.url));

let html;
try {
  html = readFileSync(join(built, 'index.html'), 'utf8');
} catch {
  console.error(`bundle-budget: no ${built}index.html; run npm run build:console first`);
  process.exit(1);
}

// The entry is what index.html names: its module script, its modulepreloads and its stylesheets.
const named = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
const files = {
  js: [
    ...named(/<script[^>]+src="\/console\/([^"]+\.js)"/g),
    ...named(/<link[^>]+rel="modulepreload"[^>]+href="\/console\/([^"]+\.js)"/g),
  ],
  css: named(/<link[^>]+rel="stylesheet"[^>]+href="\/console\/([^"]+\.css)"/g),
};

let over = false;
for (const kind of /** @type {const} */ (['js', 'css'])) {
  const gzipped = files[kind].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(built, file))).length,
    0,
  );
  const raw = files[kind].reduce((sum, file) => sum + statSync(join(built, file)).size, 0);
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const line = `entry ${kind}: ${kb(gzipped)} kB gzipped (${kb(raw)} kB raw, ${files[kind].length} files), budget ${BUDGET_KB[kind]} kB`;
  if (gzipped / 1024 > BUDGET_KB[kind]) {
    over = true;
    console.error(`bundle-budget: over: ${line}`);
  } else console.log(`bundle-budget: ${line}`);
}
process.exit(over ? 1 : 0);
