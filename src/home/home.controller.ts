import { readFile } from 'node:fs/promises';
import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../common/config/app-config.js';
import { notFound } from '../common/errors/errors.js';
import { HttpExceptionFilter } from '../common/errors/http-exception.filter.js';
import { GRAPHIQL_CSP, graphiqlAsset, graphiqlPage } from './graphiql.js';
import { homePage } from './home-page.js';

/** The README beside package.json: two folders up from src/home and from dist/home alike. */
const README = new URL('../../README.md', import.meta.url);

const PAGE = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
};

/**
 * A newcomer's way in: `/` says where everything is; `/graphiql` is the GraphQL IDE, its files
 * served from here (no CDN), and `/README.md` the documentation. The IDE and the README follow
 * the landing-page setting (GRAPHQL_LANDING_PAGE: on except in production); `/` is always there.
 * No rule to hold and no data read, so no service.
 */
@Controller()
@UseFilters(HttpExceptionFilter)
export class HomeController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  home(@Res() res: Response): void {
    res
      .set({
        ...PAGE,
        'content-security-policy':
          "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      })
      .send(homePage({ clinicName: this.config.CLINIC_NAME, tools: this.config.landingPage }));
  }

  @Get('graphiql')
  graphiql(@Res() res: Response): void {
    this.assertTools();
    res
      .set({ ...PAGE, 'content-security-policy': `${GRAPHIQL_CSP}; frame-ancestors 'none'` })
      .send(graphiqlPage());
  }

  @Get('graphiql/static/*file')
  async graphiqlAsset(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertTools();
    const file = await graphiqlAsset(req.path, req.headers['accept-encoding']);
    if (!file) throw notFound('This file');
    if (req.headers['if-none-match'] === file.headers.etag) {
      res.status(304).set({ etag: file.headers.etag }).end();
      return;
    }
    res
      .set({ ...file.headers, 'cache-control': 'public, max-age=3600', vary: 'Accept-Encoding' })
      .end(file.content);
  }

  @Get('README.md')
  async readme(@Res() res: Response): Promise<void> {
    this.assertTools();
    const text = await readFile(README, 'utf8').catch(() => {
      throw notFound('The README');
    });
    res.set({ ...PAGE, 'content-type': 'text/plain; charset=utf-8' }).send(text);
  }

  private assertTools(): void {
    if (!this.config.landingPage) throw notFound('This page');
  }
}
