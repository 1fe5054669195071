import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { assertRoles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { RequestContext } from '../common/context/request-context.js';
import { HttpExceptionFilter } from '../common/errors/http-exception.filter.js';
import { LibraryExporter } from './library-exporter.service.js';

/**
 * GET /library/export: the whole library as a zip in the seed folder's layout, for admins, with
 * a Bearer token (the console downloads it with fetch). Refusals are JSON like the API's.
 */
@Controller('library')
@UseFilters(HttpExceptionFilter)
export class LibraryExportController {
  constructor(
    private readonly exporter: LibraryExporter,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  @Get('export')
  async export(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    const viewer = await this.auth.viewerFor(req.headers);
    assertRoles(viewer, [Role.ADMIN], 'The library export');
    const { zip, report } = await this.exporter.exportZip();
    await this.audit
      .record(RequestContext.of(viewer, req.ip), 'LIBRARY_EXPORTED', null, { ...report })
      .catch((error: unknown) => {
        zip.destroy();
        throw error;
      });
    const day = new Date().toISOString().slice(0, 10);
    res.status(200).set({
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="library-${day}.zip"`,
      'x-library-exercises': String(report.exercises),
    });
    // A client that goes away ends the stream, and with it the export's temporary folder.
    await pipeline(zip, res).catch(() => res.destroy());
  }
}
