import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A record of the file that was not imported, and why' })
export class SkippedRecord {
  @Field({ description: 'The record’s id in the file' })
  id: string;

  @Field({ description: 'Why it was skipped' })
  reason: string;
}

@ObjectType({ description: 'What an import did' })
export class ImportReport {
  @Field(() => Int, { description: 'Records in the file' })
  total: number;

  @Field(() => Int, { description: 'New drafts made' })
  created: number;

  @Field(() => Int, {
    description: 'Earlier imports brought up to date (never one a clinician has edited since)',
  })
  updated: number;

  @Field(() => Int, { description: 'Records already imported as they are' })
  unchanged: number;

  @Field(() => [SkippedRecord], { description: 'Records not imported, and why' })
  skipped: SkippedRecord[];

  @Field(() => Int, { description: 'Pictures attached' })
  images: number;

  @Field(() => Float, { description: 'How long it took' })
  seconds: number;
}
