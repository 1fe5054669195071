import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ASSET_CACHE,
  CONSOLE_CSP,
  CONSOLE_FILES,
  NOT_BUILT_CSP,
  NOT_BUILT_PAGE,
  readIndex,
} from './console-files.js';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // Always asked again: the shell names the current build's hashed files.
  'cache-control': 'no-cache',
  'content-security-policy': CONSOLE_CSP,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

/**
 * Serves the built console (console/, a single-page app) at /console: hashed assets cached for a
 * year, any other file of the build as it is, and index.html for every client route
 * (/console/exercises/copenhagen-plank) so a reload or a shared link opens the page. A path that
 * names a file (has an extension) and is not in the build is a 404, not the shell: a stale
 * script tag must fail loudly. Not @nestjs/serve-static: its single-page fallback is broken
 * since its v5 (its issues #1703, #1822, #1583).
 */
@Controller('console')
export class ConsoleController {
  constructor(@Inject(CONSOLE_FILES) private readonly dir: string) {}

  @Get(['', '*path'])
  async serve(@Req() req: Request, @Res() res: Response): Promise<void> {
    // As sent, percent-encoded: send() decodes it and, under `root`, refuses any `..`.
    const file = req.path.replace(/^\/console\/?/, '');
    if (file && /\.[A-Za-z0-9]+$/.test(file)) {
      await this.sendFile(res, file);
      return;
    }
    const index = await readIndex(this.dir);
    if (index === null) {
      res
        .status(404)
        .set({ ...PAGE_HEADERS, 'content-security-policy': NOT_BUILT_CSP })
        .send(NOT_BUILT_PAGE);
      return;
    }
    res.set(PAGE_HEADERS).send(index);
  }

  private sendFile(res: Response, file: string): Promise<void> {
    const hashed = file.startsWith('assets/');
    return new Promise((resolve) => {
      res.sendFile(
        file,
        {
          root: this.dir,
          dotfiles: 'deny',
          // Hashed names never change content; anything else is checked each time.
          headers: {
            'cache-control': hashed ? ASSET_CACHE : 'no-cache',
            'x-content-type-options': 'nosniff',
          },
          cacheControl: false,
          lastModified: !hashed,
          etag: !hashed,
        },
        (error?: Error & { status?: number; statusCode?: number }) => {
          if (error && !res.headersSent) {
            const status = error.status ?? error.statusCode ?? 404;
            res
              .status(status === 403 ? 404 : status)
              .set({ 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
              .send('This file is not part of the console.');
          }
          resolve();
        },
      );
    });
  }
}
