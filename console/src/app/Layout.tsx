import { AppShell, Anchor, Button, Group, Text } from '@mantine/core';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { signOut, useSession } from '../features/auth/session-hooks';
import { format, messages } from '../i18n';

const m = messages.app;
/** Who issues, prints and shares handouts (every role today; the list says so if one is added). */
const HANDOUT_ROLES: string[] = ['STAFF', 'CLINICIAN', 'ADMIN'];

/** The frame of the signed-in pages: a skip link, the header with navigation, the page. */
export function SignedInLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const href = useRouterState({ select: (s) => s.location.href });

  // The session ended under the page (refresh refused, signed out in another tab): sign in again,
  // then come back here. Once: the navigation changes `href` while this layout is still
  // mounted, and navigating again from there looped (seen when an admin deactivated the account).
  const leaving = useRef(false);
  useEffect(() => {
    if (session) leaving.current = false;
    else if (!leaving.current) {
      leaving.current = true;
      void navigate({ to: '/sign-in', search: { redirect: href, reason: 'ended' } });
    }
  }, [session, href, navigate]);
  if (!session) return null;

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" component="nav" aria-label="Main">
          <Group gap="lg">
            <Text fw={800}>{m.name}</Text>
            <Anchor component={Link} to="/exercises">
              {m.nav.exercises}
            </Anchor>
            <Anchor component={Link} to="/tagging">
              {messages.tagging.nav}
            </Anchor>
            {/* Front-desk staff issue handouts from templates but do not build them. */}
            {(session.account.role === 'CLINICIAN' || session.account.role === 'ADMIN') && (
              <Anchor component={Link} to="/templates">
                {messages.programs.templates.nav}
              </Anchor>
            )}
            {HANDOUT_ROLES.includes(session.account.role) && (
              <Anchor component={Link} to="/handouts">
                {messages.handouts.nav}
              </Anchor>
            )}
            {session.account.role === 'ADMIN' && (
              <Anchor component={Link} to="/admin/accounts">
                {messages.admin.nav}
              </Anchor>
            )}
            {/* The service's own GraphiQL (outside the app, served offline): for developers. */}
            <Anchor href="/graphiql">{m.nav.graphiql}</Anchor>
          </Group>
          <Group gap="sm">
            <Text size="sm" visibleFrom="sm">
              {format(m.signedInAs, { name: session.account.displayName })}
            </Text>
            <Anchor component={Link} to="/account/password" size="sm">
              {m.nav.changePassword}
            </Anchor>
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                // Leave the signed-in pages first, so they do not read the ended session as
                // "your session has ended".
                void navigate({ to: '/sign-in', search: { reason: 'signed-out' } }).then(signOut);
              }}
            >
              {m.nav.signOut}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

export function SignedOutLayout() {
  return (
    <main id="main">
      <Outlet />
    </main>
  );
}
