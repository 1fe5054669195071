import { Field, ObjectType } from '@nestjs/graphql';

/** Where a page of a connection ends, and whether another follows. */
@ObjectType({ description: 'Where a page of a list ends, and whether another follows' })
export class PageInfo {
  @Field({ description: 'true when more items follow this page' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The last item’s cursor: pass it as `after` for the next page; null on an empty page',
  })
  endCursor: string | null;
}
