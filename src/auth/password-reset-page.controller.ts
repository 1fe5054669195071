import { randomBytes } from 'node:crypto';
import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../common/config/app-config.js';
import { HttpExceptionFilter } from '../common/errors/http-exception.filter.js';
import { RESET_PASSWORD_PATH, resetPageCsp, resetPasswordPage } from './password-reset-page.js';

/**
 * The page an admin-issued reset link opens (there is no e-mail: the admin hands the link over).
 * Always served, in production too: it is how people get back in, not a developer tool. It reads
 * nothing, so it needs no service; the mutation it sends holds every rule.
 */
@Controller()
@UseFilters(HttpExceptionFilter)
export class PasswordResetPageController {
  constructor(private readonly config: AppConfig) {}

  @Get(RESET_PASSWORD_PATH.slice(1))
  page(@Req() req: Request, @Res() res: Response): void {
    // `/reset-password/` matches too, but there the page's relative fetch('graphql') would post
    // to /reset-password/graphql: send the browser to the page's own address (it keeps the
    // #token fragment). Relative, like the page's links, for a PUBLIC_URL with a path prefix.
    if (req.path.endsWith('/')) {
      const query = req.originalUrl.indexOf('?');
      const search = query === -1 ? '' : req.originalUrl.slice(query);
      res.redirect(308, `..${RESET_PASSWORD_PATH}${search}`);
      return;
    }
    const nonce = randomBytes(18).toString('base64');
    res
      .set({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': resetPageCsp(nonce),
        // A page about a password: never kept, never indexed, and no Referer from its link.
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-robots-tag': 'noindex, nofollow',
        'x-content-type-options': 'nosniff',
      })
      .send(resetPasswordPage({ clinicName: this.config.CLINIC_NAME, nonce }));
  }
}
