import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportReport } from './import-report.model.js';

export enum LibraryImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(LibraryImportStatus, {
  name: 'LibraryImportStatus',
  description: 'Where a library import stands',
  valuesMap: {
    RUNNING: { description: 'Still importing: processed grows towards total' },
    SUCCEEDED: { description: 'Done: report says what it did' },
    FAILED: { description: 'Stopped: error says why; batches already imported stay' },
  },
});

@ObjectType({
  description:
    'A free-exercise-db import running in the background (startLibraryImport), polled with libraryImport(id)',
})
export class LibraryImport {
  @Field(() => ID, { description: 'The import’s id (libraryImport)' })
  id: string;

  @Field({ description: 'The file imported, a path inside IMPORT_DIR' })
  path: string;

  @Field(() => LibraryImportStatus, { description: 'Running, succeeded or failed' })
  status: LibraryImportStatus;

  @Field(() => Int, { description: 'Records processed so far' })
  processed: number;

  @Field(() => Int, { nullable: true, description: 'Records in the file; null until it is read' })
  total: number | null;

  @Field(() => ImportReport, { nullable: true, description: 'What it did, once SUCCEEDED' })
  report: ImportReport | null;

  @Field(() => String, { nullable: true, description: 'Why it FAILED; null otherwise' })
  error: string | null;

  @Field({ description: 'When it started' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while RUNNING' })
  finishedAt: Date | null;
}
