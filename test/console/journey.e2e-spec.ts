/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../graphql/index.js';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app.js';
import { ensureConsoleBuilt } from './support/console-build.js';
import {
  describeInBrowser,
  expectNoSeriousAxeViolations,
  launchBrowser,
  openPage,
  SHOTS,
  STEP_TIMEOUT,
} from './support/console-page.js';

/**
 * Issue 15, the console's foundation: a clinician signs in, finds the Copenhagen plank by typing,
 * narrows by a facet and sees the count follow, reloads and keeps the search (it is all in the
 * URL), reads the exercise with its tempo in words and the schema's help texts, stays signed in
 * when the access token ends, and signs out. axe-core checks each state; no rule is turned off.
 */

const COUNTS = graphql(`
  query ConsoleJourneyCounts($query: String!, $filter: ExerciseFilter) {
    searchExercises(query: $query, filter: $filter, first: 1) {
      totalCount
    }
  }
`);
// The split squat: photos with verified licences and a translation in every language.
const SPLIT_SQUAT = graphql(`
  query ConsoleJourneySplitSquat {
    exercise(by: { slug: "split-squat" }) {
      id
      version
      summary
    }
  }
`);
const CHANGE_SUMMARY = graphql(`
  mutation ConsoleJourneyChangeSummary($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      version
      translations {
        locale
        outdated
      }
    }
  }
`);
const ME = graphql(`
  query ConsoleJourneyMe {
    me {
      email
    }
  }
`);

const LIVE = ['DRAFT', 'IN_REVIEW', 'PUBLISHED'];
const NEW_PASSWORD = 'amber quarry violin lantern';

describeInBrowser('the clinic console, in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    [t] = await Promise.all([startTestApp({ SEED_ON_EMPTY: 'true' }), ensureConsoleBuilt()]);
    browser = await launchBrowser();
    page = await openPage(browser, problems);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function searchCount(query: string, filter: Record<string, unknown>) {
    const res = await t.gql(COUNTS, { query, filter: { status: LIVE, ...filter } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.searchExercises.totalCount;
  }

  const count = () => page.getByTestId('result-count');
  const session = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem('console.session') ?? 'null')) as Promise<{
      token: string;
      expiresAt: string;
      refreshToken: string;
    } | null>;

  it(
    'asks for a sign-in, shows errors on the fields, and signs a clinician in',
    async () => {
      await page.goto(`${t.url}/console/exercises`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/sign-in');
      expect(await page.title()).toBe('Sign in · Clinic console');
      await expectNoSeriousAxeViolations(page, 'sign-in');

      // Nothing typed: each field says what it needs, and focus goes to the first.
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Enter your email.').waitFor();
      expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');

      // A wrong password: said on the password field, focus there.
      await page.getByLabel('Email').fill('clinician@clinic.test');
      await page.getByLabel(/^Password/).fill('not the password at all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('The email or password is not right.').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
        'password',
      );
      await expectNoSeriousAxeViolations(page, 'sign-in with errors');

      await page.getByLabel(/^Password/).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Exercises' }).waitFor();
      // Back where the sign-in was asked for.
      expect(new URL(page.url()).pathname).toBe('/console/exercises');
      await count()
        .filter({ hasText: /exercises match/ })
        .waitFor();
      await expectNoSeriousAxeViolations(page, 'exercise list');
    },
    STEP_TIMEOUT,
  );

  it(
    'searches as you type, filters by a facet with counts, and keeps it all in the URL',
    async () => {
      const search = page.getByRole('searchbox', { name: 'Search exercises' });
      await search.click();
      await search.pressSequentially('copenhagen', { delay: 40 });
      const found = await searchCount('copenhagen', {});
      await page.waitForURL(/[?&]q=copenhagen(&|$)/);
      await count()
        .filter({ hasText: `${found} exercises match` })
        .waitFor();
      await page.getByRole('link', { name: 'Copenhagen plank', exact: true }).waitFor();

      // A facet: the side-lying ones among them. The checkbox shows how many it would keep.
      const sideLying = await searchCount('copenhagen', { position: ['SIDE_LYING'] });
      await page.getByRole('button', { name: 'Position' }).click();
      const box = page.getByRole('checkbox', { name: `Side lying (${sideLying})` });
      await box.check();
      await page.waitForURL(/[?&]position=SIDE_LYING(&|$)/);
      await count()
        .filter({ hasText: new RegExp(`^${sideLying} exercises? match`) })
        .waitFor();

      // And one that changes the count: the frontal plane with another word.
      await search.fill('plank');
      const planks = await searchCount('plank', { position: ['SIDE_LYING'] });
      await page.waitForURL(/[?&]q=plank(&|$)/);
      await count()
        .filter({ hasText: new RegExp(`^${planks} exercises? match`) })
        .waitFor();
      expect(planks).not.toBe(sideLying);
      await search.fill('copenhagen');
      await page.waitForURL(/[?&]q=copenhagen(&|$)/);
      await count()
        .filter({ hasText: new RegExp(`^${sideLying} exercises? match`) })
        .waitFor();

      // A reload (or the link sent to a colleague) opens the same search.
      const url = page.url();
      await page.reload();
      await count()
        .filter({ hasText: new RegExp(`^${sideLying} exercises? match`) })
        .waitFor();
      expect(page.url()).toBe(url);
      expect(await search.inputValue()).toBe('copenhagen');
      await page.getByRole('button', { name: /^Position/ }).waitFor();
      expect(await page.getByRole('checkbox', { name: /^Side lying/ }).isChecked()).toBe(true);
      // The count is a live region: a screen reader hears it change.
      expect(await count().getAttribute('role')).toBe('status');
      await expectNoSeriousAxeViolations(page, 'exercise list, searched and filtered');
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${SHOTS}/exercise-list.png`, fullPage: true });
    },
    STEP_TIMEOUT,
  );

  it(
    'reads an exercise: tempo in words, every facet with the schema’s help text',
    async () => {
      await page.getByRole('link', { name: 'Copenhagen plank', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Copenhagen plank' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/exercises/copenhagen-plank');
      // Held, not moved: the hold is its time under tension.
      expect(await page.getByTestId('tempo-words').textContent()).toBe(
        'Held still: 20 seconds each hold, no tempo',
      );
      // The schema's words for the facet and for the value (Stance.NONE, Plane.FRONTAL).
      await page
        .getByText('Base of support: how the feet carry the body', { exact: false })
        .first()
        .waitFor();
      await page
        .getByText(/Side to side: a lateral lunge/)
        .first()
        .waitFor();
      await expectNoSeriousAxeViolations(page, 'exercise detail, held');

      // Back to the same search.
      await page.getByRole('link', { name: 'Back to the exercises' }).click();
      await page.waitForURL(/q=copenhagen/);
      expect(await page.getByRole('searchbox', { name: 'Search exercises' }).inputValue()).toBe(
        'copenhagen',
      );
    },
    STEP_TIMEOUT,
  );

  it(
    'shows a tempo in words with its time under tension, media and outdated translations',
    async () => {
      // The English changes after the translations were written: they are flagged outdated.
      const before = await t.gql(SPLIT_SQUAT);
      const squat = before.body.data!.exercise!;
      const changed = await t.gql(CHANGE_SUMMARY, {
        input: {
          id: squat.id,
          expectedVersion: squat.version,
          summary: `${squat.summary} Keep the pelvis level throughout.`,
        },
      });
      expect(changed.body.errors).toBeUndefined();

      await page.goto(`${t.url}/console/exercises/split-squat`);
      await page.getByRole('heading', { level: 1, name: 'Split squat' }).waitFor();
      expect(await page.getByTestId('tempo-words').textContent()).toBe(
        'Lower for 3 seconds, no pause at the bottom, lift for 1 second, no pause at the top',
      );
      expect(await page.getByTestId('tempo-tut').textContent()).toBe('4 s under tension per rep');
      const outdated = changed.body.data!.updateExercise.translations.filter((x) => x.outdated);
      expect(outdated.length).toBeGreaterThan(0);
      expect(
        await page.getByText('The English changed after this was written: review it.').count(),
      ).toBe(outdated.length);
      await page.locator('img[alt]').first().waitFor();
      await expectNoSeriousAxeViolations(page, 'exercise detail, with media and translations');
      // The Chinese name in the console's own CJK font (fetched only for such text), not boxes.
      const cjk = await page.evaluate(async () => {
        await document.fonts.load('16px "Noto Sans SC"', '分腿');
        return document.fonts.check('16px "Noto Sans SC"', '分腿');
      });
      expect(cjk).toBe(true);
      await page.screenshot({ path: `${SHOTS}/exercise-detail.png`, fullPage: true });
    },
    STEP_TIMEOUT,
  );

  it(
    'stays signed in when the access token ends, by exchanging the refresh token',
    async () => {
      const first = (await session())!;
      // As if the 15 minutes had passed in a long edit: the next request refreshes first.
      await page.evaluate(() => {
        const s = JSON.parse(localStorage.getItem('console.session')!);
        s.expiresAt = new Date(Date.now() - 1000).toISOString();
        localStorage.setItem('console.session', JSON.stringify(s));
      });
      await page.goto(`${t.url}/console/exercises?q=copenhagen`);
      await count()
        .filter({ hasText: /exercises? match/ })
        .waitFor();
      const second = (await session())!;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.token).not.toBe(first.token);

      // A token the API refuses though it looks current (a public read then answers as to
      // anyone, saying so only in WWW-Authenticate): renewed and sent again, still signed in.
      await page.evaluate(() => {
        const s = JSON.parse(localStorage.getItem('console.session')!);
        s.token = 'not-a-token';
        localStorage.setItem('console.session', JSON.stringify(s));
      });
      await page.reload();
      await count()
        .filter({ hasText: /exercises? match/ })
        .waitFor();
      await page.waitForFunction(
        () => JSON.parse(localStorage.getItem('console.session')!).token !== 'not-a-token',
      );
      const third = (await session())!;
      const me = await t.gql(ME, {}, { headers: { authorization: `Bearer ${third.token}` } });
      expect(me.body.data?.me?.email).toBe('clinician@clinic.test');
    },
    STEP_TIMEOUT,
  );

  it(
    'changes the password: errors on their fields, then a new session for this device',
    async () => {
      await page.getByRole('link', { name: 'Change password' }).click();
      await page.getByRole('heading', { name: 'Change password' }).waitFor();
      const form = {
        current: page.getByLabel(/^Current password/),
        next: page.getByLabel(/^New password(?!, again)/),
        again: page.getByLabel(/^New password, again/),
        submit: page.getByRole('button', { name: 'Change password' }),
      };
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name'));

      // Checked here: the two new ones differ.
      await form.current.fill('not my password at all');
      await form.next.fill(NEW_PASSWORD);
      await form.again.fill('something else entirely');
      await form.submit.click();
      await page.getByText('The two new passwords are not the same.').waitFor();
      expect(await focused()).toBe('again');

      // Refused by the API, shown on the field it names (input.currentPassword).
      await form.again.fill(NEW_PASSWORD);
      await form.submit.click();
      await page.getByText('currentPassword is not the current password').waitFor();
      expect(await form.current.getAttribute('aria-invalid')).toBe('true');
      expect(await focused()).toBe('currentPassword');
      await expectNoSeriousAxeViolations(page, 'change password with errors');

      const before = (await session())!;
      await form.current.fill(ADMIN.password);
      await form.submit.click();
      await page.getByText('Your password is changed. Other devices are signed out.').waitFor();
      // Every earlier session ended; this device holds the new one and is still signed in.
      await page.waitForFunction(
        (old) => JSON.parse(localStorage.getItem('console.session')!).token !== old,
        before.token,
      );
      const after = (await session())!;
      const me = await t.gql(ME, {}, { headers: { authorization: `Bearer ${after.token}` } });
      expect(me.body.data?.me?.email).toBe('clinician@clinic.test');
    },
    STEP_TIMEOUT,
  );

  it(
    'signs out: the session ends on the server and the pages ask for a sign-in again',
    async () => {
      const { token } = (await session())!;
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('You are signed out.').waitFor();
      await page.waitForFunction(() => localStorage.getItem('console.session') === null);
      const me = await t.gql(ME, {}, { headers: { authorization: `Bearer ${token}` } });
      expect(me.body.data?.me ?? null).toBeNull();
      await expectNoSeriousAxeViolations(page, 'signed out');

      await page.goto(`${t.url}/console/exercises/copenhagen-plank`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(problems).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
