import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { AppConfig } from '../common/config/app-config.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { badUserInput, forbidden } from '../common/errors/errors.js';
import { FreeExerciseDbImporter } from './free-exercise-db-importer.service.js';
import { importFile } from './import-path.js';
import { ImportReport } from './models/import-report.model.js';

@Resolver()
export class ImportResolver {
  constructor(
    private readonly importer: FreeExerciseDbImporter,
    private readonly config: AppConfig,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ImportReport, {
    description:
      "Imports free-exercise-db's exercises.json (a path inside IMPORT_DIR) as drafts needing tags; idempotent",
  })
  async importFreeExerciseDb(
    @Ctx() ctx: RequestContext,
    @Args('path', { description: 'The exercises.json to read, relative to IMPORT_DIR' })
    path: string,
  ): Promise<ImportReport> {
    if (!this.config.IMPORT_DIR) throw forbidden('Imports over the API are off: set IMPORT_DIR.');
    const file = await importFile(this.config.IMPORT_DIR, path);
    return this.importer.importFile(ctx, file).catch((error: NodeJS.ErrnoException) => {
      if (error instanceof SyntaxError || error.code === 'EISDIR' || error.code === 'EACCES') {
        throw badUserInput([
          {
            field: 'path',
            message: `path is not a readable exercises.json (${error.code ?? 'invalid JSON'})`,
          },
        ]);
      }
      throw error;
    });
  }
}
