import { Anchor, Text } from '@mantine/core';
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { validateListSearch } from '../features/exercises/list-search';
import { lazy } from 'react';
import { messages } from '../i18n';
import { sessionStore } from '../lib/session';
import { parseSearch, stringifySearch } from '../lib/search-params';
import { SignedInLayout, SignedOutLayout } from './Layout';

// Every signed-in page is its own chunk, fetched on first visit, so the entry a clinic PC downloads
// first stays small (console/scripts/bundle-budget.mjs). React.lazy, not the router's
// lazyRouteComponent: that one calls use() conditionally, which React 19 reports as an error.
const ChangePasswordPage = lazy(() =>
  import('../features/auth/ChangePasswordPage').then((page) => ({
    default: page.ChangePasswordPage,
  })),
);
const ExerciseListPage = lazy(() =>
  import('../features/exercises/ExerciseListPage').then((page) => ({
    default: page.ExerciseListPage,
  })),
);
const ExerciseDetailPage = lazy(() =>
  import('../features/exercises/ExerciseDetailPage').then((page) => ({
    default: page.ExerciseDetailPage,
  })),
);
const ExerciseEditPage = lazy(() =>
  import('../features/editing/ExerciseEditPage').then((page) => ({
    default: page.ExerciseEditPage,
  })),
);
const NewExercisePage = lazy(() =>
  import('../features/editing/ExerciseEditPage').then((page) => ({
    default: page.NewExercisePage,
  })),
);
const TranslationsPage = lazy(() =>
  import('../features/translations/TranslationsPage').then((page) => ({
    default: page.TranslationsPage,
  })),
);
const TaggingPage = lazy(() =>
  import('../features/tagging/TaggingPage').then((page) => ({ default: page.TaggingPage })),
);
const RevisionsPage = lazy(() =>
  import('../features/workflow/RevisionsPage').then((page) => ({ default: page.RevisionsPage })),
);
// The admin pages (issue 16): for admins only, each its own chunk.
const AccountsPage = lazy(() =>
  import('../features/admin/AccountsPage').then((page) => ({ default: page.AccountsPage })),
);
const ApiKeysPage = lazy(() =>
  import('../features/admin/ApiKeysPage').then((page) => ({ default: page.ApiKeysPage })),
);
const AuditPage = lazy(() =>
  import('../features/admin/AuditPage').then((page) => ({ default: page.AuditPage })),
);
const LibraryPage = lazy(() =>
  import('../features/admin/LibraryPage').then((page) => ({ default: page.LibraryPage })),
);
// Program templates (issue 16): list and editor, with the balance chart's charts in their chunk.
const TemplateListPage = lazy(() =>
  import('../features/programs/TemplateListPage').then((page) => ({
    default: page.TemplateListPage,
  })),
);
const TemplateEditPage = lazy(() =>
  import('../features/programs/TemplateEditPage').then((page) => ({
    default: page.TemplateEditPage,
  })),
);
const NewTemplatePage = lazy(() =>
  import('../features/programs/TemplateEditPage').then((page) => ({
    default: page.NewTemplatePage,
  })),
);

// Issue 16, the handout desk: search by patient name, the desk, one handout's page.
const HandoutSearchPage = lazy(() =>
  import('../features/handouts/HandoutSearchPage').then((page) => ({
    default: page.HandoutSearchPage,
  })),
);
const HandoutDeskPage = lazy(() =>
  import('../features/handouts/HandoutDeskPage').then((page) => ({
    default: page.HandoutDeskPage,
  })),
);
const HandoutPage = lazy(() =>
  import('../features/handouts/HandoutPage').then((page) => ({ default: page.HandoutPage })),
);

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

const revisions = createRoute({
  getParentRoute: () => signedIn,
  path: 'exercises/$slug/revisions',
  component: function RevisionsRoute() {
    const { slug } = revisions.useParams();
    return <RevisionsPage key={slug} slug={slug} />;
  },
});

const newExercise = createRoute({
  getParentRoute: () => signedIn,
  path: 'exercises/new',
  component: NewExercisePage,
});

const editExercise = createRoute({
  getParentRoute: () => signedIn,
  path: 'exercises/$slug/edit',
  component: function EditExerciseRoute() {
    const { slug } = editExercise.useParams();
    return <ExerciseEditPage key={slug} slug={slug} />;
  },
});

const translations = createRoute({
  getParentRoute: () => signedIn,
  path: 'exercises/$slug/translations',
  component: function TranslationsRoute() {
    const { slug } = translations.useParams();
    return <TranslationsPage key={slug} slug={slug} />;
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

/** The admin pages: another role is sent to the exercises (the API would refuse it anyway). */
const adminOnly = createRoute({
  getParentRoute: () => signedIn,
  id: 'admin-only',
  beforeLoad: () => {
    if (sessionStore.get()?.account.role !== 'ADMIN') throw redirect({ to: '/exercises' });
  },
  component: Outlet,
});
const adminHome = createRoute({
  getParentRoute: () => adminOnly,
  path: 'admin',
  beforeLoad: () => {
    throw redirect({ to: '/admin/accounts' });
  },
});
const adminAccounts = createRoute({
  getParentRoute: () => adminOnly,
  path: 'admin/accounts',
  component: AccountsPage,
});
const adminApiKeys = createRoute({
  getParentRoute: () => adminOnly,
  path: 'admin/api-keys',
  component: ApiKeysPage,
});
const adminAudit = createRoute({
  getParentRoute: () => adminOnly,
  path: 'admin/audit',
  component: AuditPage,
});
const adminLibrary = createRoute({
  getParentRoute: () => adminOnly,
  path: 'admin/library',
  component: LibraryPage,
});

const templates = createRoute({
  getParentRoute: () => signedIn,
  path: 'templates',
  component: TemplateListPage,
});
const newTemplate = createRoute({
  getParentRoute: () => signedIn,
  path: 'templates/new',
  component: NewTemplatePage,
});
const template = createRoute({
  getParentRoute: () => signedIn,
  path: 'templates/$id',
  component: function TemplateRoute() {
    const { id } = template.useParams();
    return <TemplateEditPage key={id} id={id} />;
  },
});

// The patient's name is never a route param or a search param: handouts are addressed by id,
// and the desk is opened with a handout's id (reissue) or a template's id at most.
const handoutSearch = createRoute({
  getParentRoute: () => signedIn,
  path: 'handouts',
  component: HandoutSearchPage,
});

const handoutDesk = createRoute({
  getParentRoute: () => signedIn,
  path: 'handouts/new',
  validateSearch: (raw: Record<string, unknown>): { reissue?: string; template?: string } => ({
    reissue: typeof raw.reissue === 'string' ? raw.reissue : undefined,
    template: typeof raw.template === 'string' ? raw.template : undefined,
  }),
  component: function HandoutDeskRoute() {
    const { reissue, template } = handoutDesk.useSearch();
    return <HandoutDeskPage key={reissue ?? 'new'} reissueId={reissue} templateId={template} />;
  },
});

const handout = createRoute({
  getParentRoute: () => signedIn,
  path: 'handouts/$id',
  component: function HandoutRoute() {
    const { id } = handout.useParams();
    return <HandoutPage key={id} id={id} />;
  },
});

const routeTree = root.addChildren([
  signedOut.addChildren([signIn]),
  signedIn.addChildren([
    home,
    exercises,
    newExercise,
    exercise,
    editExercise,
    revisions,
    translations,
    tagging,
    changePassword,
    adminOnly.addChildren([adminHome, adminAccounts, adminApiKeys, adminAudit, adminLibrary]),
    templates,
    newTemplate,
    template,
    handoutSearch,
    handoutDesk,
    handout,
  ]),
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
