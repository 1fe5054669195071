import { createServer } from 'node:net';

/** Where the service cannot listen: a one-line message for the user, no stack trace. */
export class PortUnavailableError extends Error {
  override readonly name = 'PortUnavailableError';
}

const PORT_PROBLEMS: Record<string, (port: number, host: string) => string> = {
  EADDRINUSE: (port, host) =>
    `PORT ${port} is already in use on ${host}: stop what listens there, or start with another, e.g. PORT=${port < 65535 ? port + 1 : 3000}`,
  EACCES: (port, host) =>
    `PORT ${port} on ${host} needs privileges this process does not have: use a port above 1023`,
  EADDRNOTAVAIL: (port, host) =>
    `HOST ${host} is not an address of this machine (PORT ${port}): use 127.0.0.1, or 0.0.0.0 for every interface`,
};

/** The one-line explanation of a listen error (EADDRINUSE, EACCES, EADDRNOTAVAIL), if it is one. */
export function portProblem(error: unknown, port: number, host: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? PORT_PROBLEMS[code]?.(port, host) : undefined;
}

/**
 * Binds PORT on HOST for an instant and lets it go, so a taken port stops the start-up before the
 * database is opened, migrated or seeded. PORT=0 (any free port) needs no check.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      const problem = portProblem(error, port, host);
      reject(problem ? new PortUnavailableError(problem) : error);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
