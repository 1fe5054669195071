import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { StartLibraryImportInput } from './dto/start-library-import.input.js';
import { LibraryImports } from './library-imports.service.js';
import { LibraryImport } from './models/library-import.model.js';

/** The background import of free-exercise-db, for the admin console's progress bar. */
@Resolver(() => LibraryImport)
export class LibraryImportResolver {
  constructor(private readonly imports: LibraryImports) {}

  @Roles(Role.ADMIN)
  @Mutation(() => LibraryImport, {
    description:
      "Starts importing free-exercise-db's exercises.json (a path inside IMPORT_DIR) in the background and answers at once, RUNNING; poll libraryImport(id) for progress and the report",
  })
  startLibraryImport(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The file to import' }) input: StartLibraryImportInput,
  ): Promise<LibraryImport> {
    return this.imports.start(ctx, input.path);
  }

  @Roles(Role.ADMIN)
  @Query(() => LibraryImport, {
    description:
      'An import started with startLibraryImport: its progress, and its report once done',
  })
  libraryImport(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The import’s id' }) id: string,
  ): Promise<LibraryImport> {
    return this.imports.find(ctx, id);
  }
}
