import { Field, ObjectType } from '@nestjs/graphql';

/** Where a page of a connection ends, and whether another follows. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
