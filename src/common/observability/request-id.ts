import { randomUUID } from 'node:crypto';

/**
 * What a proxy or client may send as X-Request-Id and have kept: the usual shapes (UUIDs, ULIDs,
 * hex, a load balancer's `Root=1-…` trace ids), nothing that could split a log line or a header.
 */
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:=+/-]{0,127}$/;

/**
 * The id a request is logged under: the caller's X-Request-Id when it is a sane token (so one id
 * follows a request through the balancer, this service and the client's own logs), else a new
 * UUID. A header sent twice arrives as a list: neither value is trusted then.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE.test(header) ? header : randomUUID();
}
