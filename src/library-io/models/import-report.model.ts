import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class SkippedRecord {
  @Field()
  id: string;

  @Field()
  reason: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [SkippedRecord])
  skipped: SkippedRecord[];

  @Field(() => Int, { description: 'Pictures attached' })
  images: number;

  @Field(() => Float)
  seconds: number;
}
