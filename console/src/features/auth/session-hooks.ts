import { useSyncExternalStore } from 'react';
import { request } from '../../lib/graphql';
import { type Session, sessionStore } from '../../lib/session';
import { queryClient } from '../../app/query-client';
import { SIGN_OUT } from './operations';

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/**
 * Ends this device's session on the server (its access and refresh tokens stop at once), then
 * forgets it here whatever the answer: a user who asked to sign out is signed out locally.
 */
export async function signOut(): Promise<void> {
  const session = sessionStore.get();
  try {
    if (session) await request(SIGN_OUT, { input: { refreshToken: session.refreshToken } });
  } catch {
    // Already ended or unreachable: nothing more to do than forget it.
  } finally {
    sessionStore.set(null);
    queryClient.clear();
  }
}
