import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo untouched. Nest would otherwise log each one with its stack
 * (our BAD_USER_INPUT answers included); formatError logs the unexpected ones, once, and masks them.
 */
@Catch()
export class ResolverErrorFilter implements GqlExceptionFilter {
  catch(error: unknown): unknown {
    return error;
  }
}
