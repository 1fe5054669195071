import { isIP } from 'node:net';

/** Express' `trust proxy` value: off, a hop count, or a list of addresses and subnets. */
export type TrustProxy = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads TRUST_PROXY. Off unless set: a client could otherwise choose its own address (and its own
 * rate-limit bucket) with X-Forwarded-For. `true` is refused because it believes every sender.
 */
export function parseTrustProxy(raw: string | undefined): {
  value?: TrustProxy;
  problem?: string;
} {
  const text = raw?.trim().toLowerCase();
  if (!text || text === 'false' || text === 'off' || text === '0') return { value: false };
  if (text === 'true') {
    return {
      problem:
        'true would believe X-Forwarded-For from anyone; give the hop count or the proxies’ addresses',
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { value: hops } : { problem: 'a hop count must be at most 10' };
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !NAMED.has(entry) && !isAddressOrSubnet(entry));
  if (bad.length > 0) {
    return {
      problem: `not an address, subnet, hop count or one of loopback, linklocal, uniquelocal: ${bad.join(', ')}`,
    };
  }
  return { value: entries };
}

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
