/**
 * The signed-in session: a short access token (JWT_TTL_SECONDS, 15 min by default) and a one-use
 * refresh token (REFRESH_TTL_SECONDS, restarted at each refresh). A PT in a long edit stays signed
 * in: before each request an access token about to end is exchanged with refreshSession, and a
 * request refused as UNAUTHENTICATED is refreshed and sent once more.
 *
 * Kept in localStorage so every tab shares one session. A refresh token works once, and presenting
 * a used one again ends the session (the API reads it as copied): tabs therefore refresh under one
 * Web Lock and re-read storage after taking it, so only the first tab exchanges the token and the
 * others pick up its result.
 */
import { graphql } from '../gql';
import type { SessionFieldsFragment } from '../gql/graphql';
import { firstError, post } from './transport';

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on Session {
    token
    expiresAt
    refreshToken
    refreshExpiresAt
    account {
      id
      email
      displayName
      role
    }
  }
`);

const REFRESH = graphql(`
  mutation ConsoleRefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      ...SessionFields
    }
  }
`);

export type Session = SessionFieldsFragment;

const KEY = 'console.session';
/** Refresh this long before the access token ends, so a request never races its expiry. */
const MARGIN_MS = 30_000;

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const listener of listeners) listener();
}

// Another tab signed in, refreshed or signed out.
window.addEventListener('storage', (event) => {
  if (event.key !== KEY) return;
  current = read();
  emit();
});

export const sessionStore = {
  get: (): Session | null => current,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(session: Session | null) {
    current = session;
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
    emit();
  },
};

const expired = (at: string, margin = 0) => Date.parse(at) - margin <= Date.now();

/** A Web Lock across tabs where the browser has them; otherwise just this tab's turn. */
async function exclusively<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request('console.session.refresh', work);
  }
  return work();
}

/**
 * Exchanges the refresh token for a new pair. `stale` is the access token the caller holds: when
 * another tab (or an earlier call) has already replaced it, its result is used instead. Null when
 * the session cannot be renewed (signed out everywhere, deactivated, refresh token expired).
 */
async function refresh(stale: string): Promise<Session | null> {
  return exclusively(async () => {
    const latest = read();
    if (!latest) {
      sessionStore.set(null);
      return null;
    }
    if (latest.token !== stale && !expired(latest.expiresAt, MARGIN_MS)) {
      if (current?.token !== latest.token) sessionStore.set(latest);
      return latest;
    }
    if (expired(latest.refreshExpiresAt)) {
      sessionStore.set(null);
      return null;
    }
    const body = await post<{ refreshSession: Session }>(
      REFRESH.toString(),
      { input: { refreshToken: latest.refreshToken } },
      null,
    );
    const error = firstError(body);
    // Only a refusal ends the session here; a network failure keeps it for the next try.
    if (error?.code === 'UNAUTHENTICATED') {
      sessionStore.set(null);
      return null;
    }
    if (error) throw error;
    const renewed = body.data!.refreshSession;
    sessionStore.set(renewed);
    return renewed;
  });
}

/** The access token to send now: refreshed first when it ends within MARGIN_MS; null signed out. */
export async function accessToken(): Promise<string | null> {
  const session = current;
  if (!session) return null;
  if (!expired(session.expiresAt, MARGIN_MS)) return session.token;
  return (await refresh(session.token))?.token ?? null;
}

/** After the API refused `token`: a renewed one to retry with, or null (signed out). */
export async function renewAfterRefusal(token: string): Promise<string | null> {
  return (await refresh(token))?.token ?? null;
}
