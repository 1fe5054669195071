import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { badUserInput } from '../errors/errors.js';

/** How many items a page of one list may hold, and holds when the client does not say. */
export interface PageSize {
  max: number;
  default: number;
}

export const PAGE_SIZE: PageSize = { max: 100, default: 20 };
export const MAX_PAGE_SIZE = PAGE_SIZE.max;

/** The four arguments of a Relay connection, as a service or a repository passes them on. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * `first`/`after` (forward) and `last`/`before` (backward) of a Relay connection, capped at
 * `size.max`. No GraphQL default for `first`: a client sending only `last` must not get both.
 */
export function PageArgsOf(size: PageSize): Type<PageRequest> {
  @ArgsType()
  class PageArgsClass implements PageRequest {
    @Field(() => Int, {
      nullable: true,
      description: `How many items from the start, or after \`after\`: 1 to ${size.max} (${size.default} when neither first nor last is given)`,
    })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(size.max)
    first?: number | null;

    @Field(() => String, {
      nullable: true,
      description: 'Items after this cursor: the endCursor of the page before',
    })
    @IsOptional()
    @IsString()
    after?: string | null;

    @Field(() => Int, {
      nullable: true,
      description: `How many items from the end, or before \`before\`: 1 to ${size.max}; not with first. Edges stay in the list's order`,
    })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(size.max)
    last?: number | null;

    @Field(() => String, {
      nullable: true,
      description: 'Items before this cursor: the startCursor of the page after, to page back',
    })
    @IsOptional()
    @IsString()
    before?: string | null;
  }
  return PageArgsClass;
}

/** The arguments of a connection of up to 100 items, 20 by default. */
@ArgsType()
export class PageArgs extends PageArgsOf(PAGE_SIZE) {}

/** A page request made definite: how many items, and counted from which end. */
export interface PageWindow {
  size: number;
  /** `last`: the items just before `before` (or the end of the list). */
  backward: boolean;
  after: string | null;
  before: string | null;
}

/** The window a request asks for; `first` and `last` together are refused, naming both. */
export function pageWindow(page: PageRequest, size: PageSize = PAGE_SIZE): PageWindow {
  if (page.first != null && page.last != null) {
    const message = 'give first (to page forward) or last (to page back), not both';
    throw badUserInput([
      { field: 'first', message },
      { field: 'last', message },
    ]);
  }
  return {
    size: page.last ?? page.first ?? size.default,
    backward: page.last != null,
    after: page.after || null,
    before: page.before || null,
  };
}
