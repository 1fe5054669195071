import { Anchor, Text } from '@mantine/core';
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { ExerciseDetailPage } from '../features/exercises/ExerciseDetailPage';
import { ExerciseListPage } from '../features/exercises/ExerciseListPage';
import { validateListSearch } from '../features/exercises/list-search';
import { TaggingPage } from '../features/tagging/TaggingPage';
import { messages } from '../i18n';
import { sessionStore } from '../lib/session';
import { parseSearch, stringifySearch } from '../lib/search-params';
import { SignedInLayout, SignedOutLayout } from './Layout';

/**
 * Routes in code, one line each, pages in src/features/<area>/ (the edit form, workflow, ladder,
 * tagging queue and media slot in beside these). The basepath matches Vite's `base`.
 */
const root = createRootRoute({
  component: Outlet,
  notFoundComponent: () => (
    <main id="main" style={{ padding: 16 }}>
      <Text>{messages.app.notFound}</Text>
      <Anchor component={Link} to="/exercises">
        {messages.app.backToExercises}
      </Anchor>
    </main>
  ),
});

const signedOut = createRoute({
  getParentRoute: () => root,
  id: 'signed-out',
  component: SignedOutLayout,
});

const signIn = createRoute({
  getParentRoute: () => signedOut,
  path: 'sign-in',
  validateSearch: (raw: Record<string, unknown>): { redirect?: string; reason?: string } => ({
    redirect: typeof raw.redirect === 'string' ? raw.redirect : undefined,
    reason: typeof raw.reason === 'string' ? raw.reason : undefined,
  }),
  component: function SignInRoute() {
    const { redirect: to, reason } = signIn.useSearch();
    return <SignInPage redirect={to} reason={reason} />;
  },
});

/** Every page below needs a session: without one, sign in and come back. */
const signedIn = createRoute({
  getParentRoute: () => root,
  id: 'signed-in',
  beforeLoad: ({ location }) => {
    if (!sessionStore.get())
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: SignedInLayout,
});

const home = createRoute({
  getParentRoute: () => signedIn,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/exercises' });
  },
});

const exercises = createRoute({
  getParentRoute: () => signedIn,
  path: 'exercises',
  validateSearch: validateListSearch,
  component: function ExercisesRoute() {
    const search = exercises.useSearch();
    const navigate = exercises.useNavigate();
    return (
      <ExerciseListPage
        search={search}
        setSearch={(next, options) => void navigate({ search: next, replace: options?.replace })}
      />
    );
  },
});

const exercise = createRoute({
  getParentRoute: () => signedIn,
  path: 'exercises/$slug',
  component: function ExerciseRoute() {
    const { slug } = exercise.useParams();
    return <ExerciseDetailPage key={slug} slug={slug} />;
  },
});

const changePassword = createRoute({
  getParentRoute: () => signedIn,
  path: 'account/password',
  component: ChangePasswordPage,
});

const tagging = createRoute({
  getParentRoute: () => signedIn,
  path: 'tagging',
  component: TaggingPage,
});

const routeTree = root.addChildren([
  signedOut.addChildren([signIn]),
  signedIn.addChildren([home, exercises, exercise, changePassword, tagging]),
]);

export const router = createRouter({
  routeTree,
  basepath: '/console',
  parseSearch,
  stringifySearch,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
