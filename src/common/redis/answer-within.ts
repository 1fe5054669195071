import type { Redis } from 'ioredis';

/** Connected, or connecting for the first time at start-up (the call then waits at most `ms`). */
const USABLE = new Set(['ready', 'connect', 'connecting']);

/**
 * A Redis call that must not hold a request up: refused at once while the connection is lost
 * (ioredis would queue it behind the reconnection), and after `ms` without an answer.
 */
export async function answerWithin<T>(
  redis: Redis,
  ms: number,
  call: () => Promise<T>,
): Promise<T> {
  if (!USABLE.has(redis.status)) throw new Error(`Redis is ${redis.status}`);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      call(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
