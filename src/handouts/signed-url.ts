import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a signed handout URL opens: long enough to click, short enough to be worthless later. */
export const SIGNED_URL_TTL_SECONDS = 300;

/** What a signed URL lets its holder open: one format of one handout, as one account, until then. */
export interface SignedAccess {
  handoutId: string;
  /** The route's format (HandoutFormat: PDF or HTML). */
  format: string;
  /** Who asked for the URL: the opening is recorded against them. */
  accountId: string;
  /** Unix seconds. */
  expires: number;
}

/** What checking a URL's query found: nothing signed (use the Authorization header), or a verdict. */
export type SignedCheck =
  | { kind: 'unsigned' }
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'valid'; accountId: string };

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Short-lived links to the team's handout routes that open in a browser, which cannot send an
 * Authorization header: `?expires=<unix s>&account=<id>&signature=<HMAC-SHA256>` over the
 * handout id, the format, the account and the expiry. Nothing about the patient is in the URL.
 * The key is derived from the service's secret for this purpose only, so a signature is never a
 * valid sign-in token or the other way round.
 */
export class UrlSigner {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly ttlSeconds = SIGNED_URL_TTL_SECONDS,
  ) {
    this.key = createHmac('sha256', secret).update('handout-url/v1').digest();
  }

  /** The query string (without `?`) that opens `handoutId` in `format` as `accountId`. */
  query(handoutId: string, format: string, accountId: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + this.ttlSeconds;
    const signature = this.signature({ handoutId, format, accountId, expires });
    return new URLSearchParams({
      expires: String(expires),
      account: accountId,
      signature,
    }).toString();
  }

  /**
   * Checks the query of a request for `handoutId` in `format`. Unsigned when no `signature` is
   * given; a forged or altered one is invalid, a genuine one past its time expired.
   */
  check(
    handoutId: string,
    format: string,
    query: Record<string, unknown>,
    now = Date.now(),
  ): SignedCheck {
    const { signature, expires, account } = query;
    if (signature === undefined) return { kind: 'unsigned' };
    if (
      typeof signature !== 'string' ||
      typeof expires !== 'string' ||
      typeof account !== 'string' ||
      !SIGNATURE.test(signature) ||
      !/^\d{1,12}$/.test(expires) ||
      !UUID.test(account)
    ) {
      return { kind: 'invalid' };
    }
    const expected = Buffer.from(
      this.signature({ handoutId, format, accountId: account, expires: Number(expires) }),
    );
    if (!timingSafeEqual(expected, Buffer.from(signature))) return { kind: 'invalid' };
    if (Number(expires) * 1000 <= now) return { kind: 'expired' };
    return { kind: 'valid', accountId: account };
  }

  private signature(access: SignedAccess): string {
    const payload = [access.handoutId, access.format, access.accountId, access.expires].join('\n');
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
