import { jest } from '@jest/globals';

/**
 * Everything the service writes to stdout and stderr while a test runs (Nest's logger writes
 * there directly), so a test can assert what the logs hold: never a value the client sent.
 */
export function captureLogs() {
  const lines: string[] = [];
  const out: string[] = [];
  const spies = (['stdout', 'stderr'] as const).map((stream) => {
    const original = process[stream].write.bind(process[stream]);
    const write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      lines.push(text);
      if (stream === 'stdout') out.push(text);
      return process.env.SHOW_LOGS
        ? (original as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest)
        : true;
    };
    return jest.spyOn(process[stream], 'write').mockImplementation(write as never);
  });
  return {
    get text(): string {
      return lines.join('');
    },
    /** stdout alone: where the service's log lines go (Node's own warnings go to stderr). */
    get stdout(): string {
      return out.join('');
    },
    clear(): void {
      lines.length = 0;
      out.length = 0;
    },
    restore(): void {
      spies.forEach((spy) => spy.mockRestore());
    },
  };
}
