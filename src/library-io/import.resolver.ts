import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { AppConfig } from '../common/config/app-config.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { badUserInput, forbidden } from '../common/errors/errors.js';
import { INPUT_WITH_MOVED_ARGS, validMovedArgs } from '../common/graphql/moved-args.js';
import { ImportFreeExerciseDbInput } from './dto/import-free-exercise-db.input.js';
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
    @Args('input', {
      type: () => ImportFreeExerciseDbInput,
      nullable: true,
      description: INPUT_WITH_MOVED_ARGS,
    })
    input?: ImportFreeExerciseDbInput | null,
    @Args('path', {
      type: () => String,
      nullable: true,
      description: 'A path inside IMPORT_DIR',
      deprecationReason: 'Use input.path',
    })
    path?: string | null,
  ): Promise<ImportReport> {
    if (!this.config.IMPORT_DIR) throw forbidden('Imports over the API are off: set IMPORT_DIR.');
    const sent = await validMovedArgs(ImportFreeExerciseDbInput, input, [
      { field: 'path', arg: 'path', value: path },
    ]);
    // Refusals name the field the client sent.
    const field = input ? 'input.path' : 'path';
    const file = await importFile(this.config.IMPORT_DIR, sent.path, field);
    return this.importer
      .importFile(ctx, file, undefined, field)
      .catch((error: NodeJS.ErrnoException) => {
        if (error instanceof SyntaxError || error.code === 'EISDIR' || error.code === 'EACCES') {
          throw badUserInput([
            {
              field,
              message: `path is not a readable exercises.json (${error.code ?? 'invalid JSON'})`,
            },
          ]);
        }
        throw error;
      });
  }
}
