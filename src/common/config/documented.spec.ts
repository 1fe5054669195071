import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { AppConfig } from './app-config.js';
import { MediaConfig } from './media.config.js';

// The README is a newcomer's first stop: every setting is in its configuration table, and no
// document sends them to another site (the service and its docs work offline).

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The variables a configuration section reads: its validated properties, as readSection does. */
function variablesOf(section: new () => object): string[] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(section, '', false, false)
    .map((m) => m.propertyName);
}

/** Every `NAME` in the first column of the README's "Configuration" table. */
function documentedVariables(): Set<string> {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## Configuration'));
  const table = section.slice(0, section.indexOf('\n## ', 1));
  const names = table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]));
  return new Set(names);
}

function markdownFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(folder, file));
}

describe('the documentation', () => {
  it('lists every setting in the README configuration table', () => {
    const documented = documentedVariables();
    const missing = [AppConfig, MediaConfig]
      .flatMap(variablesOf)
      .filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
    expect(documented.has('JWT_SECRET')).toBe(true);
  });

  it('links to nothing outside the repository', () => {
    // This service (localhost) and the reserved example domains are not other sites.
    const local = /^(localhost|127\.0\.0\.1|\[::1\]|[a-z0-9.-]*\.?example)(:\d+)?$/i;
    const outside = ['README.md', 'bench/README.md', ...markdownFiles('docs')].flatMap((file) =>
      [...read(file).matchAll(/\bhttps?:\/\/([^/\s)>`"'\]]+)/g)]
        .filter((m) => !local.test(m[1]))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(outside).toEqual([]);
  });
});
