import { Injectable } from '@nestjs/common';
import type { Viewer } from '../common/access/viewer.js';
import { AppConfig } from '../common/config/app-config.js';
import { type BackoffPolicy, LimitStore, type SignInRule } from '../common/graphql/rate-limit.js';

/** The same account however the email was typed: `Admin@Clinic.test ` is `admin@clinic.test`. */
export const normaliseEmail = (email: string): string =>
  email.normalize('NFKC').trim().toLowerCase();

/**
 * Backoff per account: five attempts go through, then each failure doubles the wait before the
 * next one (1 s, 2 s, 4 s... up to LOGIN_BACKOFF_MAX_SECONDS); a success starts afresh. Unlike a
 * lockout, the owner can always get in by waiting, and a guesser spread over many addresses gets
 * no more tries than one. `login` is keyed on the normalised email, known or not (so that it tells
 * nothing); `changePassword` on the signed-in account; `resetPassword` only per address. The rate-limit plugin takes the attempt
 * before the operation runs, for every occurrence however the document reaches it; the service
 * says when one succeeded.
 */
@Injectable()
export class SignInThrottle implements SignInRule {
  readonly fields = ['login', 'changePassword', 'resetPassword'] as const;
  readonly policy: BackoffPolicy;

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

  key(field: string, args: Record<string, unknown>, viewer: Viewer): string | null {
    if (field === 'changePassword') return viewer.kind === 'account' ? accountKey(viewer.id) : null;
    // A reset token cannot be guessed (256 bits): counted per address only, no backoff.
    if (field === 'resetPassword') return null;
    const email = (args.input as { email?: unknown } | null | undefined)?.email;
    return typeof email === 'string' ? emailKey(email) : null;
  }

  succeeded(key: string): Promise<void> {
    return this.store.reset(key);
  }
}

export const emailKey = (email: string) => `email:${normaliseEmail(email)}`;
export const accountKey = (id: string) => `account:${id}`;
