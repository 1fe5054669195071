/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql } from '../graphql/index.js';
import { accountFor } from '../support/factories.js';
import { exerciseInput } from '../support/fixtures.js';
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
 * Issue 15, the workflow: a clinician's edits (made through the API) become revisions, which the
 * console lists as a timeline; two picked show what changed word by word, and the older one is
 * restored (the database holds its text again). A clinician submits a draft in the browser; with
 * REQUIRE_SECOND_REVIEWER on, their own publish is refused in words, and a second clinician, in
 * another browser, asks for changes, then publishes the resubmitted draft; the first one's stale
 * page is told someone changed it first and reloads; the exercise is archived (after a
 * confirmation) and restored as a draft. axe-core checks each state; no rule is turned off.
 */

const CREATE = graphql(`
  mutation ConsoleWorkflowCreate($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      id
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation ConsoleWorkflowUpdate($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      version
    }
  }
`);
const READ = graphql(`
  query ConsoleWorkflowRead($id: ID!) {
    exercise(by: { id: $id }) {
      version
      status
      summary
      steps
      revisions(first: 1) {
        nodes {
          message
          author {
            displayName
          }
        }
      }
    }
  }
`);

const READ_BY_SLUG = graphql(`
  query ConsoleWorkflowReadBySlug($slug: String!) {
    exercise(by: { slug: $slug }) {
      id
    }
  }
`);

const SECOND = { email: 'second.reviewer@clinic.test', displayName: 'Sam Second' };

describeInBrowser("the console's workflow and revisions, in a browser", () => {
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let first: Page;
  let second: Page;
  let secondPassword: string;

  /** A clinician in a browser of their own, signed in and on the exercise list. */
  async function signedIn(email: string, password: string): Promise<Page> {
    const page = await openPage(browser, problems);
    contexts.push(page.context());
    await signIn(page, `${t.url}/console/sign-in`, email, password);
    await page.getByRole('heading', { name: 'Exercises' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    [t] = await Promise.all([
      startTestApp({ SEED_ON_EMPTY: 'true', REQUIRE_SECOND_REVIEWER: 'true' }),
      ensureConsoleBuilt(),
    ]);
    // The second clinician, made by the admin as the clinic would.
    const account = await accountFor(t, {
      email: SECOND.email,
      displayName: SECOND.displayName,
      role: 'CLINICIAN',
    });
    secondPassword = account.password;
    browser = await launchBrowser();
    first = await signedIn('clinician@clinic.test', ADMIN.password);
  }, 240_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t?.close();
  });

  async function read(id: string) {
    const res = await t.gql(READ, { id });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercise!;
  }

  async function create(slug: string, name: string) {
    const res = await t.gql(CREATE, { input: exerciseInput({ slug, name }) });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise;
  }

  const ORIGINAL = exerciseInput().summary!;
  const EDITED =
    'Lower one heel to the floor beside a low step while the standing knee tracks over the second toe.';

  it(
    'lists the revisions, compares two word by word, and restores the older one',
    async () => {
      const made = await create('revisions-step-down', 'Revisions step-down');
      let version = made.version;
      for (const input of [
        { summary: EDITED, message: 'Clearer knee cue' },
        { steps: ['Stand side-on on a low step.', 'Lower the free heel.', 'Press back up.'] },
      ]) {
        const res = await t.gql(UPDATE, {
          input: { id: made.id, expectedVersion: version, ...input },
        });
        expect(res.body.errors).toBeUndefined();
        version = res.body.data!.updateExercise.version;
      }
      expect(version).toBe(made.version + 2);

      await first.goto(`${t.url}/console/exercises/revisions-step-down`);
      await first.getByRole('heading', { level: 1, name: 'Revisions step-down' }).waitFor();
      await first.getByRole('link', { name: 'History and revisions' }).click();
      await first
        .getByRole('heading', { level: 1, name: 'Revisions of Revisions step-down' })
        .waitFor();
      expect(new URL(first.url()).pathname).toBe(
        '/console/exercises/revisions-step-down/revisions',
      );
      // Who, when and why, newest first.
      await first.getByText('Clearer knee cue').waitFor();
      await first
        .getByText(/^clinician, /)
        .first()
        .waitFor();
      await expectNoSeriousAxeViolations(first, 'revisions, nothing picked');

      await first.getByRole('checkbox', { name: `Compare version ${made.version}` }).check();
      await first.getByText('Pick one more version to compare.').waitFor();
      await first.getByRole('checkbox', { name: `Compare version ${made.version + 1}` }).check();
      const diff = first.getByRole('region', {
        name: `Changes from version ${made.version} to version ${made.version + 1}`,
      });
      await diff.getByRole('rowheader', { name: 'Summary' }).waitFor();
      // Changed fields only: the steps changed later, not between these two.
      expect(await diff.getByRole('rowheader').allTextContents()).toEqual(['Summary']);
      // Word by word: the words added and removed, marked for sight and for screen readers.
      const inserted = (await diff.locator('ins').allTextContents()).join('|');
      expect(inserted).toMatch(/added:\s+low/);
      expect(inserted).toMatch(/second/);
      const deleted = (await diff.locator('del').allTextContents()).join('|');
      expect(deleted).toMatch(/removed:\s+toes/);
      // The words kept are not marked.
      expect(inserted).not.toMatch(/heel/);
      expect(deleted).not.toMatch(/heel/);

      // A third pick lets go of the first: versions 2 and 3, where only the steps changed.
      await first.getByRole('checkbox', { name: `Compare version ${made.version + 2}` }).check();
      expect(
        await first.getByRole('checkbox', { name: `Compare version ${made.version}` }).isChecked(),
      ).toBe(false);
      const later = first.getByRole('region', {
        name: `Changes from version ${made.version + 1} to version ${made.version + 2}`,
      });
      await later.getByRole('rowheader', { name: 'Steps' }).waitFor();
      expect(await later.getByRole('rowheader').allTextContents()).toEqual(['Steps']);

      // Back to 1 against 3 for the picture: both fields.
      await first.getByRole('checkbox', { name: `Compare version ${made.version + 1}` }).uncheck();
      await first.getByRole('checkbox', { name: `Compare version ${made.version}` }).check();
      const whole = first.getByRole('region', {
        name: `Changes from version ${made.version} to version ${made.version + 2}`,
      });
      await whole.getByRole('rowheader', { name: 'Steps' }).waitFor();
      expect(await whole.getByRole('rowheader').allTextContents()).toEqual(['Steps', 'Summary']);
      await expectNoSeriousAxeViolations(first, 'revisions, two compared');
      await first.evaluate(() => document.fonts.ready);
      await first.screenshot({ path: `${SHOTS}/exercise-revisions.png`, fullPage: true });

      // Restore the first version, after a confirmation.
      await first.getByRole('button', { name: `Restore version ${made.version}` }).click();
      const dialog = first.getByRole('dialog', { name: `Restore version ${made.version}?` });
      await dialog.getByText(`new version ${made.version + 3}`).waitFor();
      await expectNoSeriousAxeViolations(first, 'restore dialog');
      await dialog.getByLabel(/^Why/).fill('Back to the first wording');
      await dialog.getByRole('button', { name: 'Restore it' }).click();
      await first
        .getByText(`Version ${made.version} restored as version ${made.version + 3}.`)
        .waitFor();
      await dialog.waitFor({ state: 'hidden' });

      const after = await read(made.id);
      expect(after.version).toBe(made.version + 3);
      expect(after.summary).toBe(ORIGINAL);
      expect(after.steps).toEqual(exerciseInput().steps);
      expect(after.revisions!.nodes[0].message).toBe('Back to the first wording');
      // The timeline follows: the new version is the current one.
      await first.getByText('Back to the first wording').waitFor();
      expect(
        await first.getByRole('button', { name: `Restore version ${made.version + 3}` }).count(),
      ).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'submits a draft; the author’s own publish is refused in words; a second clinician publishes',
    async () => {
      const made = await create('four-eyes-step-down', 'Four-eyes step-down');
      const workflow = first.getByRole('region', { name: 'Workflow' });
      await first.goto(`${t.url}/console/exercises/four-eyes-step-down`);
      await first.getByRole('heading', { level: 1, name: 'Four-eyes step-down' }).waitFor();
      // A draft offers only its own ways on.
      await workflow.getByText(/^Status: Draft\./).waitFor();
      expect(await workflow.getByRole('button').allTextContents()).toEqual([
        'Submit for review',
        'Archive',
      ]);
      await expectNoSeriousAxeViolations(first, 'workflow, draft');

      await workflow.getByRole('button', { name: 'Submit for review' }).click();
      await first.getByText('Submitted for review.', { exact: true }).first().waitFor();
      await workflow.getByText(/^Status: In review\./).waitFor();
      expect((await read(made.id)).status).toBe('IN_REVIEW');
      expect(await workflow.getByRole('button').allTextContents()).toEqual([
        'Publish',
        'Request changes',
        'Archive',
      ]);

      // Four eyes: the one who submitted it may not publish it, and is told why.
      await workflow.getByRole('button', { name: 'Publish' }).click();
      const refusal = workflow.getByRole('alert');
      await refusal.getByText('Not published: another clinician must publish it').waitFor();
      await refusal.getByText(/you submitted or changed this exercise/).waitFor();
      expect(await refusal.textContent()).not.toMatch(/FORBIDDEN|SECOND_REVIEWER_REQUIRED/);
      expect((await read(made.id)).status).toBe('IN_REVIEW');
      await expectNoSeriousAxeViolations(first, 'workflow, publish refused');
      await first.evaluate(() => document.fonts.ready);
      await first.screenshot({ path: `${SHOTS}/exercise-workflow.png`, fullPage: true });

      // The second clinician, in another browser, first asks for a change, with a message.
      second = await signedIn(SECOND.email, secondPassword);
      await second.goto(`${t.url}/console/exercises/four-eyes-step-down`);
      const theirs = second.getByRole('region', { name: 'Workflow' });
      await theirs.getByText(/^Status: In review\./).waitFor();
      await theirs.getByRole('button', { name: 'Request changes' }).click();
      const ask = second.getByRole('dialog', { name: 'Request changes' });
      await ask.getByRole('button', { name: 'Send back to draft' }).click();
      await ask.getByText('Say what needs changing.').waitFor();
      expect(await ask.getByLabel(/^What needs changing/).getAttribute('aria-invalid')).toBe(
        'true',
      );
      await expectNoSeriousAxeViolations(second, 'request changes, message missing');
      await ask.getByLabel(/^What needs changing/).fill('Add the regression to a lower step.');
      await ask.getByRole('button', { name: 'Send back to draft' }).click();
      await second.getByText('Back to draft.', { exact: true }).first().waitFor();
      let now = await read(made.id);
      expect(now.status).toBe('DRAFT');
      expect(now.revisions!.nodes[0]).toEqual({
        message: 'Add the regression to a lower step.',
        author: { displayName: SECOND.displayName },
      });

      // The author's page still shows it in review: their next move is refused as stale.
      await workflow.getByRole('button', { name: 'Archive' }).click();
      const archive = first.getByRole('dialog', { name: 'Archive this exercise?' });
      await archive.getByRole('button', { name: 'Archive it' }).click();
      const stale = workflow.getByRole('alert');
      await stale
        .getByText(
          `Someone changed this exercise after you opened it (it is now at version ${now.version}). Reload it to see their change, then try again.`,
        )
        .waitFor();
      await expectNoSeriousAxeViolations(first, 'workflow, conflict');
      await stale.getByRole('button', { name: 'Reload' }).click();
      await workflow.getByText(/^Status: Draft\./).waitFor();
      expect(await workflow.getByRole('alert').count()).toBe(0);
      expect((await read(made.id)).status).toBe('DRAFT');

      // Resubmitted by the author, published by the second clinician.
      await workflow.getByRole('button', { name: 'Submit for review' }).click();
      await first.getByText('Submitted for review.', { exact: true }).first().waitFor();
      await second.reload();
      await theirs.getByText(/^Status: In review\./).waitFor();
      await theirs.getByRole('button', { name: 'Publish' }).click();
      await second.getByText('Published.', { exact: true }).first().waitFor();
      await theirs.getByText(/^Status: Published\./).waitFor();
      now = await read(made.id);
      expect(now.status).toBe('PUBLISHED');
      expect(now.revisions!.nodes[0].author).toEqual({ displayName: SECOND.displayName });
      expect(await theirs.getByRole('button').allTextContents()).toEqual(['Archive']);
      await expectNoSeriousAxeViolations(second, 'workflow, published');
    },
    STEP_TIMEOUT,
  );

  it(
    'archives only after a confirmation, and restores an archived exercise as a draft',
    async () => {
      const theirs = second.getByRole('region', { name: 'Workflow' });
      const id = (await t.gql(READ_BY_SLUG, { slug: 'four-eyes-step-down' })).body.data!.exercise!
        .id;

      await theirs.getByRole('button', { name: 'Archive' }).click();
      const confirm = second.getByRole('dialog', { name: 'Archive this exercise?' });
      await confirm.getByText(/stop using it/).waitFor();
      await expectNoSeriousAxeViolations(second, 'archive dialog');
      // Cancelled: nothing happens.
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'hidden' });
      expect((await read(id)).status).toBe('PUBLISHED');

      await theirs.getByRole('button', { name: 'Archive' }).click();
      await confirm.getByRole('button', { name: 'Archive it' }).click();
      await second.getByText('Archived.', { exact: true }).first().waitFor();
      await theirs.getByText(/^Status: Archived\./).waitFor();
      expect((await read(id)).status).toBe('ARCHIVED');
      expect(await theirs.getByRole('button').allTextContents()).toEqual(['Restore as a draft']);

      await theirs.getByRole('button', { name: 'Restore as a draft' }).click();
      await theirs.getByText(/^Status: Draft\./).waitFor();
      expect((await read(id)).status).toBe('DRAFT');
      await expectNoSeriousAxeViolations(second, 'workflow, restored');
      expect(problems).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
