import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { jwtVerify, SignJWT } from 'jose';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password);

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  argon2.verify(hash, password).catch(() => false);

/** A hash to verify against when the email is unknown, so both failures take as long. */
export const DUMMY_HASH = hashPassword(randomBytes(16).toString('hex'));

/**
 * What an access token says: the account and its session. No role: rights are read from the
 * database at each request (see CredentialCache), so a token cannot outlive a demotion.
 */
export interface TokenClaims {
  sub: string;
  sid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * The claims of a valid, unexpired token, or null. Only HS256 with our key is accepted (never
   * `alg: none`), and a token without an expiry or a session is refused.
   */
  async verify(token: string): Promise<TokenClaims | null> {
    if (token.length > 2048) return null;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'sub', 'sid'],
      });
      const { sub, sid } = payload;
      return typeof sub === 'string' && typeof sid === 'string' && UUID.test(sub) && UUID.test(sid)
        ? { sub, sid }
        : null;
    } catch {
      return null;
    }
  }
}

/** A new API key: `rel_` and 40 random characters; only its SHA-256 is stored. */
export function newApiKey(): { secret: string; prefix: string; hash: string } {
  const secret = `rel_${randomBytes(30).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, 10), hash: hashApiKey(secret) };
}

export const hashApiKey = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** A refresh token: `<session id>.<secret>`; only the SHA-256 of the secret is stored. */
export function newRefreshSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashApiKey(secret) };
}

export const refreshToken = (sessionId: string, secret: string): string => `${sessionId}.${secret}`;

/** The parts of a well-formed refresh token, or null. */
export function parseRefreshToken(token: string): { sessionId: string; hash: string } | null {
  const [sessionId, secret, extra] = token.split('.');
  if (extra !== undefined || !sessionId || !UUID.test(sessionId)) return null;
  if (!secret || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { sessionId: sessionId.toLowerCase(), hash: hashApiKey(secret) };
}

/** A password-reset token: `prs_` and 43 random characters; only its SHA-256 is stored. */
export function newPasswordResetToken(): { token: string; hash: string } {
  const token = `prs_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashApiKey(token) };
}

/** The SHA-256 of a well-formed password-reset token, or null. */
export const passwordResetHash = (token: string): string | null =>
  /^prs_[A-Za-z0-9_-]{43}$/.test(token) ? hashApiKey(token) : null;
