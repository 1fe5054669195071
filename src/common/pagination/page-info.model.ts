import { Field, ObjectType } from '@nestjs/graphql';

/**
 * Where a page of a connection starts and ends, and whether items lie beyond either end. Both
 * answers are about the whole list (with its filters), whichever way the page was read.
 */
@ObjectType({ description: 'Where a page starts and ends, and whether more items lie beyond it' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'Whether items follow the last edge (page on with first and after: endCursor)',
  })
  hasNextPage: boolean | Promise<boolean>;

  @Field(() => Boolean, {
    description:
      'Whether items come before the first edge (page back with last and before: startCursor)',
  })
  hasPreviousPage: boolean | Promise<boolean>;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first edge; null when the page is empty',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last edge; null when the page is empty',
  })
  endCursor: string | null;
}
