import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Our own GraphQLErrors (BAD_USER_INPUT, NOT_FOUND, CONFLICT) are answers, not failures: hand them
 * to Apollo untouched instead of letting Nest log each one as an error with its stack.
 */
@Catch(GraphQLError)
export class ClientErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
