import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { CONSOLE_FILES } from './console-files.js';
import { ConsoleController } from './console.controller.js';

/**
 * How /console serves a build, over HTTP, from a folder made here (the browser journeys in
 * test/console/ serve the real one): hashed assets for a year, the shell with no-cache for every
 * client route, 404 for a file that is not there, and a page saying how to build it when nothing
 * was built.
 */
async function serve(dir: string): Promise<{ app: INestApplication; url: string }> {
  @Module({
    controllers: [ConsoleController],
    providers: [{ provide: CONSOLE_FILES, useValue: dir }],
  })
  class TestConsoleModule {}
  const app = await NestFactory.create(TestConsoleModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

describe('the console, served at /console', () => {
  const built = mkdtempSync(join(tmpdir(), 'console-'));
  const SHELL =
    '<!doctype html><title>Clinic console</title><script src="/console/assets/index-Ab12Cd.js"></script>';
  let running: { app: INestApplication; url: string };

  beforeAll(async () => {
    mkdirSync(join(built, 'assets'));
    writeFileSync(join(built, 'index.html'), SHELL);
    writeFileSync(join(built, 'assets', 'index-Ab12Cd.js'), 'console.log("console")');
    writeFileSync(join(built, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(built, '.env'), 'SECRET=1');
    running = await serve(built);
  });
  afterAll(async () => {
    await running?.app.close();
    rmSync(built, { recursive: true, force: true });
  });

  it('answers the shell, never cached, for the root and every client route', async () => {
    for (const path of [
      '/console',
      '/console/',
      '/console/exercises',
      '/console/exercises/copenhagen-plank?q=x',
    ]) {
      const res = await fetch(`${running.url}${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expect(await res.text()).toBe(SHELL);
    }
  });

  it('serves hashed assets as immutable for a year, other files checked each time', async () => {
    const asset = await fetch(`${running.url}/console/assets/index-Ab12Cd.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("console")');

    const icon = await fetch(`${running.url}/console/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404, not the shell, for a file the build does not have or must not show', async () => {
    for (const path of [
      '/console/assets/index-Old999.js',
      '/console/missing.css',
      '/console/.env',
      '/console/assets/%2e%2e/%2e%2e/package.json',
      '/console/..%2f..%2fpackage.json',
    ]) {
      const res = await fetch(`${running.url}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.text()).not.toContain('<title>Clinic console');
    }
  });

  it('says how to build it when nothing was built, rather than failing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'console-empty-'));
    const bare = await serve(empty);
    try {
      const res = await fetch(`${bare.url}/console/exercises`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const page = await res.text();
      expect(page).toContain('The console is not built');
      expect(page).toContain('npm run build');
    } finally {
      await bare.app.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
