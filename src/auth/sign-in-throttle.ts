import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import { rateLimited } from '../common/errors/errors.js';
import { type BackoffPolicy, LimitStore } from '../common/graphql/rate-limit.js';

/** The same account however the email was typed: `Admin@Clinic.test ` is `admin@clinic.test`. */
export const normaliseEmail = (email: string): string =>
  email.normalize('NFKC').trim().toLowerCase();

/**
 * Backoff per account (its normalised email, known or not, so that it tells nothing): five
 * attempts go through, then each failure doubles the wait before the next one (1 s, 2 s, 4 s...
 * up to LOGIN_BACKOFF_MAX_SECONDS); a success starts afresh. Unlike a lockout, the owner can
 * always get in by waiting, and a guesser spread over many addresses gets no more tries than one.
 */
@Injectable()
export class SignInThrottle {
  private readonly policy: BackoffPolicy;

  constructor(
    config: AppConfig,
    private readonly store: LimitStore,
  ) {
    this.policy = {
      free: 5,
      baseMs: 1000,
      maxMs: config.LOGIN_BACKOFF_MAX_SECONDS * 1000,
      forgetMs: 60 * 60_000,
    };
  }

  /** Before checking a password: RATE_LIMITED (429, Retry-After) while the account backs off. */
  async attempt(email: string): Promise<void> {
    const wait = await this.store.reserve(`account:${normaliseEmail(email)}`, this.policy);
    if (wait > 0) throw rateLimited(wait);
  }

  succeeded(email: string): Promise<void> {
    return this.store.reset(`account:${normaliseEmail(email)}`);
  }
}
