import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

/**
 * Who may read /metrics. With METRICS_TOKEN: whoever sends it as a Bearer token. Without: anyone
 * outside production (a developer's curl), and nobody in production, where the route does not
 * exist at all (404, as for any unknown path): request counts by operation say how a clinic
 * works, and an operator who wants them sets a token in Prometheus' scrape config.
 */
export type MetricsAccess =
  { kind: 'open' } | { kind: 'hidden' } | { kind: 'token'; digest: Buffer };

const digest = (text: string) => createHash('sha256').update(text).digest();

export function metricsAccess(
  config: Pick<AppConfig, 'METRICS_TOKEN' | 'production'>,
): MetricsAccess {
  if (config.METRICS_TOKEN) return { kind: 'token', digest: digest(config.METRICS_TOKEN) };
  return config.production ? { kind: 'hidden' } : { kind: 'open' };
}

/** Whether an Authorization header opens /metrics; compared in constant time. */
export function mayScrape(access: MetricsAccess, authorization: string | undefined): boolean {
  if (access.kind !== 'token') return access.kind === 'open';
  const sent = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  return sent !== undefined && timingSafeEqual(digest(sent), access.digest);
}
