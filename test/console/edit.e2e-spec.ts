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
  signIn,
  STEP_TIMEOUT,
} from './support/console-page.js';

/**
 * Issue 15, the edit form: a PT finds the Copenhagen plank, opens its edit form, types a tempo
 * and sees its words and time under tension follow, meets a refused tempo on its own field, saves
 * and reads the new tempo on the exercise's page and through the API. Then two PTs edit at once:
 * the one who saves second sees who saved first and what differs, keeps their own change, takes
 * the other's, and saves against the newer version: both changes are in the database. axe-core
 * checks each state; no rule is turned off.
 */

const PLANK = graphql(`
  query ConsoleEditPlank {
    exercise(by: { slug: "copenhagen-plank" }) {
      version
      summary
      precautions
      tempo {
        notation
        timeUnderTensionSeconds
      }
      revisions(first: 1) {
        nodes {
          version
          author {
            displayName
          }
        }
      }
    }
  }
`);

const CREATED = graphql(`
  query ConsoleEditCreated($slug: String!) {
    exercise(by: { slug: $slug }) {
      status
      name
      loadKind
      regions
      focus
      primaryMuscles
      difficulty
      prescription {
        sets
        reps
      }
    }
  }
`);

const THEIR_SUMMARY =
  'A side plank with the top leg on a bench: a groin-injury staple for runners.';
const MY_PRECAUTION = 'Keep the first holds short if the groin is still sore.';

describeInBrowser('the exercise edit form, in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let other: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    [t] = await Promise.all([startTestApp({ SEED_ON_EMPTY: 'true' }), ensureConsoleBuilt()]);
    browser = await launchBrowser();
    // Two PTs, each in their own browser: the clinician and, later, the admin.
    page = await openPage(browser, problems);
    other = await openPage(browser, problems);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function plank() {
    const res = await t.gql(PLANK);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercise!;
  }

  const words = (p: Page) => p.getByTestId('tempo-preview-words');
  const tut = (p: Page) => p.getByTestId('tempo-preview-tut');

  it(
    'finds the Copenhagen plank and opens its edit form',
    async () => {
      await signIn(page, `${t.url}/console/exercises`, 'clinician@clinic.test', ADMIN.password);
      await page.getByRole('heading', { name: 'Exercises' }).waitFor();
      const search = page.getByRole('searchbox', { name: 'Search exercises' });
      await search.fill('copenhagen');
      await page.getByRole('link', { name: 'Copenhagen plank', exact: true }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Copenhagen plank', exact: true })
        .waitFor();
      await page.getByRole('link', { name: 'Edit Copenhagen plank' }).click();
      await page.getByRole('heading', { level: 1, name: 'Edit Copenhagen plank' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/exercises/copenhagen-plank/edit');
      expect(await page.getByLabel(/^Name/).inputValue()).toBe('Copenhagen plank');
      expect(await page.getByLabel(/^Address \(slug\)/).inputValue()).toBe('copenhagen-plank');
      // Held: no tempo, and the form says what that means.
      expect(await words(page).textContent()).toBe(
        'No tempo: only a held (isometric) exercise may leave it out.',
      );
      // The schema's help text beside a vocabulary picker.
      await page.getByText('Base of support: how the feet carry the body').first().waitFor();
      await expectNoSeriousAxeViolations(page, 'edit form');
    },
    STEP_TIMEOUT,
  );

  it(
    'shows the tempo in words and its time under tension as it is typed',
    async () => {
      const tempo = page.getByLabel(/^Tempo \(E-P-C-P\)/);
      await tempo.click();
      await tempo.pressSequentially('3-1', { delay: 30 });
      expect(await words(page).textContent()).toMatch(/^Not a tempo yet/);
      await tempo.pressSequentially('-X-0', { delay: 30 });
      expect(await words(page).textContent()).toBe(
        'Lower for 3 seconds, pause 1 second at the bottom, lift as fast as possible, no pause at the top',
      );
      expect(await tut(page).textContent()).toBe('4.5 s under tension per rep');
      await tempo.fill('4-0-1-2');
      expect(await words(page).textContent()).toBe(
        'Lower for 4 seconds, no pause at the bottom, lift for 1 second, pause 2 seconds at the top',
      );
      expect(await tut(page).textContent()).toBe('7 s under tension per rep');
      // The preview is a live region: a screen reader hears it change.
      expect(await words(page).locator('xpath=..').getAttribute('role')).toBe('status');
    },
    STEP_TIMEOUT,
  );

  it(
    'shows a refused field on its field, with a summary that links to it',
    async () => {
      const before = await plank();
      const tempo = page.getByLabel(/^Tempo \(E-P-C-P\)/);
      // A pause cannot be "as fast as possible": the service refuses input.tempo.
      await tempo.fill('3-X-1-0');
      await page.getByRole('button', { name: 'Save changes' }).click();
      const summary = page.getByRole('alert').filter({ hasText: /problems? to fix/ });
      await summary.waitFor();
      const link = summary.getByRole('link', { name: /^Tempo \(E-P-C-P\):/ });
      await link.waitFor();
      expect(await tempo.getAttribute('aria-invalid')).toBe('true');
      await page.waitForFunction(() => document.activeElement?.id === 'exercise-tempo');
      // The message is the server's, in words, on the field itself.
      const message = (await link.textContent())!.replace(/^Tempo \(E-P-C-P\): /, '');
      expect(message.length).toBeGreaterThan(5);
      expect(message).not.toMatch(/BAD_USER_INPUT|\{/);
      const describedBy = (await tempo.getAttribute('aria-describedby')) ?? '';
      const described = await page.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
        describedBy.split(/\s+/).filter(Boolean),
      );
      expect(described).toContain(message);
      await expectNoSeriousAxeViolations(page, 'edit form with errors');
      // Nothing was saved.
      expect((await plank()).version).toBe(before.version);
    },
    STEP_TIMEOUT,
  );

  it(
    'saves the new tempo: on the exercise page and in the database',
    async () => {
      const before = await plank();
      await page.getByLabel(/^Tempo \(E-P-C-P\)/).fill('3-1-X-0');
      expect(await tut(page).textContent()).toBe('4.5 s under tension per rep');
      await page.evaluate(() => document.fonts.ready);
      // The header is sticky: from the top, the full-page picture shows it once, at the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/exercise-edit.png`, fullPage: true });
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Copenhagen plank', exact: true })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/exercises/copenhagen-plank');
      await page.getByText(`Saved: version ${before.version + 1}.`).waitFor();
      await page.getByText('3-1-X-0', { exact: true }).waitFor();
      expect(await page.getByTestId('tempo-words').textContent()).toBe(
        'Lower for 3 seconds, pause 1 second at the bottom, lift as fast as possible, no pause at the top',
      );
      const after = await plank();
      expect(after.version).toBe(before.version + 1);
      expect(after.tempo.notation).toBe('3-1-X-0');
      expect(after.tempo.timeUnderTensionSeconds).toBe(4.5);
      // Only the tempo was sent: the summary is as it was.
      expect(after.summary).toBe(before.summary);
    },
    STEP_TIMEOUT,
  );

  it(
    'shows a conflict when someone saved first, keeps mine per field, and loses nothing',
    async () => {
      const start = await plank();
      // The second PT opens the form now, and keeps it open.
      await signIn(
        other,
        `${t.url}/console/exercises/copenhagen-plank/edit`,
        ADMIN.email,
        ADMIN.password,
      );
      await other.getByRole('heading', { level: 1, name: 'Edit Copenhagen plank' }).waitFor();
      // They add a precaution and move it up above the last one.
      await other.getByRole('button', { name: 'Add to precaution' }).click();
      const added = other.getByLabel('Precaution 3', { exact: true });
      await added.fill(MY_PRECAUTION);
      await other.getByRole('button', { name: 'Move precaution 3 up' }).click();
      expect(await other.getByLabel('Precaution 2', { exact: true }).inputValue()).toBe(
        MY_PRECAUTION,
      );

      // Meanwhile the first PT changes the summary and saves.
      await page.getByRole('link', { name: 'Edit Copenhagen plank' }).click();
      const summary = page.getByLabel(/^Summary/);
      await summary.waitFor();
      await summary.fill(THEIR_SUMMARY);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText(`Saved: version ${start.version + 1}.`).waitFor();
      const theirs = await plank();
      expect(theirs.summary).toBe(THEIR_SUMMARY);

      // Focus and refetch do not move the second form onto the new version.
      await other.bringToFront();
      await other.evaluate(() => window.dispatchEvent(new Event('focus')));
      await other.getByRole('button', { name: 'Save changes' }).click();
      await other
        .getByRole('heading', { name: 'Someone else saved this exercise first' })
        .waitFor();
      expect(await other.getByTestId('conflict-who').textContent()).toContain(
        `${theirs.revisions!.nodes[0].author!.displayName} saved version ${theirs.version}`,
      );
      // Each field that differs, theirs and mine; who changed it.
      const summaryChoice = other.getByRole('radiogroup', { name: 'Summary' });
      await other.getByTestId('conflict-summary').getByText('They changed this.').waitFor();
      expect(
        await summaryChoice
          .getByRole('radio', { name: `Take theirs: ${THEIR_SUMMARY}` })
          .isChecked(),
      ).toBe(true);
      const precautions = other.getByRole('radiogroup', { name: 'Precautions' });
      await other.getByTestId('conflict-precautions').getByText('You changed this.').waitFor();
      const mine = precautions.getByRole('radio', { name: /^Keep mine:/ });
      // The PT re-applies their own change (it is the default; choose it anyway).
      await precautions.getByRole('radio', { name: /^Take theirs:/ }).check();
      await mine.check();
      expect(await mine.isChecked()).toBe(true);
      await expectNoSeriousAxeViolations(other, 'conflict view');
      await other.evaluate(() => document.fonts.ready);
      await other.evaluate(() => window.scrollTo(0, 0));
      await other.screenshot({ path: `${SHOTS}/exercise-conflict.png`, fullPage: true });

      await other.getByRole('button', { name: 'Save with these choices' }).click();
      await other
        .getByRole('heading', { level: 1, name: 'Copenhagen plank', exact: true })
        .waitFor();
      await other.getByText(`Saved: version ${theirs.version + 1}.`).waitFor();
      const both = await plank();
      expect(both.version).toBe(theirs.version + 1);
      expect(both.summary).toBe(THEIR_SUMMARY);
      expect(both.precautions).toEqual([start.precautions[0], MY_PRECAUTION, start.precautions[1]]);
      expect(both.tempo.notation).toBe('3-1-X-0');
      await other.getByText(MY_PRECAUTION).waitFor();
      await other.getByText(THEIR_SUMMARY).waitFor();
      expect(problems).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'creates an exercise: errors on the empty form, a slug preview, a warning on leaving',
    async () => {
      await page.goto(`${t.url}/console/exercises/new`);
      await page.getByRole('heading', { level: 1, name: 'New exercise' }).waitFor();
      await page.getByRole('button', { name: 'Create exercise' }).click();
      const summary = page.getByRole('alert').filter({ hasText: /problems to fix/ });
      await summary.waitFor();
      expect(await summary.getByRole('link').count()).toBe(7);
      await page.waitForFunction(() => document.activeElement?.id === 'exercise-name');
      await expectNoSeriousAxeViolations(page, 'new exercise with errors');
      // The summary's link takes focus to its field.
      await summary.getByRole('link', { name: /^Load kind:/ }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'exercise-loadKind');

      await page.getByLabel(/^Name/).fill('Console test lunge hold');
      expect(await page.getByLabel(/^Address \(slug\)/).inputValue()).toBe(
        'console-test-lunge-hold',
      );
      // Leaving with changes asks first; staying keeps them.
      let asked = '';
      page.once('dialog', (dialog) => {
        asked = dialog.message();
        void dialog.dismiss();
      });
      await page.getByRole('link', { name: 'Back to the exercises' }).click();
      for (let i = 0; i < 50 && !asked; i++) await page.waitForTimeout(100);
      expect(asked).toMatch(/not saved/);
      expect(new URL(page.url()).pathname).toBe('/console/exercises/new');
      expect(await page.getByLabel(/^Name/).inputValue()).toBe('Console test lunge hold');

      await page.getByLabel(/^Summary/).fill('A split-stance hold at the bottom of a lunge.');
      const choose = async (label: RegExp, option: RegExp) => {
        await page.getByRole('combobox', { name: label }).click();
        await page.getByRole('option', { name: option }).click();
        await page.keyboard.press('Escape');
      };
      await choose(/^Difficulty/, /^2 of 5/);
      await choose(/^Load kind/, /^Bodyweight/);
      await choose(/^Regions/, /^Thigh/);
      await choose(/^Running focus/, /^Strength/);
      await choose(/^Primary muscles/, /^Quadriceps/);
      await page.getByRole('button', { name: 'Create exercise' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Console test lunge hold', exact: true })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/exercises/console-test-lunge-hold');
      const res = await t.gql(CREATED, { slug: 'console-test-lunge-hold' });
      expect(res.body.data!.exercise).toEqual({
        status: 'DRAFT',
        name: 'Console test lunge hold',
        loadKind: 'BODYWEIGHT',
        regions: ['THIGH'],
        focus: ['STRENGTH'],
        primaryMuscles: ['QUADRICEPS'],
        difficulty: 2,
        prescription: { sets: 3, reps: 10 },
      });
      expect(problems).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
