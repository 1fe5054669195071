import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/errors';

/**
 * Lists and details are read through TanStack Query over lib/graphql's typed fetch (no normalising
 * GraphQL cache, as vendure's dashboard does). A refused request is not retried: only a network
 * failure is, twice.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) => error instanceof ApiError && error.code === 'NETWORK' && count < 2,
    },
  },
});
