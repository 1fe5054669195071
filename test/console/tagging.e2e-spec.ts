/// <reference lib="dom" />
import { basename, dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../graphql/index.js';
import { FREE_EXERCISE_DB_FIXTURE } from '../support/dataset.js';
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
 * Issue 15, the tagging queue: free-exercise-db's records are imported as drafts lacking tags; a
 * PT selects five in the queue, ticks planes, stance, position and tempo intent, applies, and
 * sees five results and the count fall by five, which the API confirms (and a sixth draft
 * untouched). A draft changed by someone else between reading and applying is reported as a
 * conflict, and the retry tags it from the new version. axe-core checks each state.
 */

const IMPORT = graphql(`
  mutation ConsoleTaggingImport($path: String!) {
    importFreeExerciseDb(input: { path: $path }) {
      created
    }
  }
`);
const QUEUE = graphql(`
  query ConsoleTaggingTestQueue {
    exercisesNeedingTags(first: 100) {
      totalCount
      nodes {
        id
        name
        version
        needsTagging
      }
    }
  }
`);
const TAGS = graphql(`
  query ConsoleTaggingTestTags($id: ID!) {
    exercise(by: { id: $id }) {
      version
      summary
      planes
      stance
      position
      needsTagging
      tempo {
        notation
        intent
      }
    }
  }
`);
const CHANGE_SUMMARY = graphql(`
  mutation ConsoleTaggingTestChange($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      version
    }
  }
`);

type Row = { id: string; name: string; version: number; needsTagging: string[] };

describeInBrowser('the tagging queue, in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let total: number;
  /** Imported drafts that have steps: once tagged they leave the queue. */
  let five: Row[];
  let stale: Row;
  let untouched: Row;

  beforeAll(async () => {
    [t] = await Promise.all([
      startTestApp({ SEED_ON_EMPTY: 'true', IMPORT_DIR: dirname(FREE_EXERCISE_DB_FIXTURE) }),
      ensureConsoleBuilt(),
    ]);
    const imported = await t.gql(
      IMPORT,
      { path: `${basename(FREE_EXERCISE_DB_FIXTURE)}/exercises.json` },
      'admin',
    );
    expect(imported.body.errors).toBeUndefined();
    expect(imported.body.data!.importFreeExerciseDb.created).toBeGreaterThanOrEqual(7);
    browser = await launchBrowser();
    page = await openPage(browser, problems);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A full page from the top: the fixed header stays over the heading, not mid-page. */
  async function shot(name: string) {
    await page.evaluate(async () => {
      window.scrollTo(0, 0);
      await document.fonts.ready;
    });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  async function queue() {
    const res = await t.gql(QUEUE);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercisesNeedingTags;
  }
  async function tagsOf(id: string) {
    const res = await t.gql(TAGS, { id });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercise!;
  }

  const count = () => page.getByTestId('tagging-count');
  const select = (row: Row) => page.getByRole('checkbox', { name: `Select ${row.name}` });
  const results = () => page.getByTestId('tagging-results').locator('tbody tr');

  it(
    'lists the imported drafts lacking tags, with what each lacks',
    async () => {
      const q = await queue();
      total = q.totalCount;
      const withSteps = q.nodes.filter((n) => !n.needsTagging.includes('INSTRUCTIONS'));
      expect(withSteps.length).toBeGreaterThanOrEqual(7);
      five = withSteps.slice(0, 5);
      [stale, untouched] = withSteps.slice(5, 7);
      for (const row of [...five, stale, untouched]) {
        expect(row.needsTagging).toEqual(['PLANES', 'STANCE', 'POSITION', 'TEMPO']);
      }

      await signIn(page, `${t.url}/console/tagging`, 'clinician@clinic.test', ADMIN.password);
      await page.getByRole('heading', { level: 1, name: 'Tagging queue' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/tagging');
      await count()
        .filter({ hasText: `${total} drafts need tags` })
        .waitFor();
      expect(await count().getAttribute('aria-live')).toBe('polite');
      // Each row says what it lacks, in words.
      const row = page.getByRole('row').filter({ hasText: five[0].name });
      for (const lack of ['Planes', 'Stance', 'Position', 'Tempo intent']) {
        await row.getByText(lack, { exact: true }).waitFor();
      }
      await expectNoSeriousAxeViolations(page, 'tagging queue');
    },
    STEP_TIMEOUT,
  );

  it(
    'tags five selected drafts at once: five results, the count down by five',
    async () => {
      for (const row of five) await select(row).check();
      await page.getByRole('heading', { name: 'With selected (5)' }).waitFor();

      await page.getByRole('checkbox', { name: 'Set planes' }).check();
      // The schema's descriptions are the help texts.
      await page.getByText('Forward and back: a squat, a lunge, running itself').waitFor();
      // Ticked but not chosen: said on the field and in the summary, focus on the field.
      await page.getByRole('button', { name: 'Apply to 5 drafts' }).click();
      await page.getByRole('alert').filter({ hasText: 'Choose at least one plane.' }).waitFor();
      await page.waitForFunction(
        () => (document.activeElement as HTMLInputElement | null)?.value === 'SAGITTAL',
      );
      await page.getByRole('checkbox', { name: /^Sagittal/ }).check();
      await page.getByRole('checkbox', { name: 'Set stance' }).check();
      await page.getByRole('radio', { name: /^Bilateral/ }).check();
      await page.getByRole('checkbox', { name: 'Set position' }).check();
      await page.getByRole('radio', { name: /^Standing/ }).check();
      await page.getByRole('checkbox', { name: 'Set tempo intent' }).check();
      await page.getByRole('radio', { name: /^Moderate/ }).check();

      // A moving intent needs a tempo, and none of these drafts has one: said on the field.
      const apply = page.getByRole('button', { name: 'Apply to 5 drafts' });
      await apply.click();
      const tempo = page.getByRole('textbox', { name: /^Tempo/ });
      await page.getByRole('alert').filter({ hasText: 'Enter a tempo' }).waitFor();
      expect(await tempo.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
      await expectNoSeriousAxeViolations(page, 'bulk panel with an error');

      await tempo.fill('2-0-1-0');
      await shot('tagging-queue');
      await apply.click();
      await page
        .getByTestId('tagging-progress')
        .filter({ hasText: '5 of 5 done: 5 tagged, 0 not' })
        .waitFor();
      await results().filter({ hasText: 'Tagged: ready for review.' }).nth(4).waitFor();
      expect(await page.locator('[data-result="ok"]').count()).toBe(5);
      await count()
        .filter({ hasText: `${total - 5} drafts need tags` })
        .waitFor();
      // Read again (['exercises'] invalidated): the tagged drafts have left the queue.
      await page.getByRole('checkbox', { name: `Select ${untouched.name}` }).waitFor();
      await select(five[0]).waitFor({ state: 'detached' });
      await expectNoSeriousAxeViolations(page, 'results');

      for (const row of five) {
        const tags = await tagsOf(row.id);
        expect(tags).toMatchObject({
          version: row.version + 1,
          planes: ['SAGITTAL'],
          stance: 'BILATERAL',
          position: 'STANDING',
          needsTagging: [],
          tempo: { notation: '2-0-1-0', intent: 'MODERATE' },
        });
      }
      for (const row of [stale, untouched]) {
        expect(await tagsOf(row.id)).toMatchObject({
          version: row.version,
          planes: [],
          stance: null,
          position: null,
          needsTagging: row.needsTagging,
        });
      }
      expect((await queue()).totalCount).toBe(total - 5);
    },
    STEP_TIMEOUT,
  );

  it(
    'reports a draft changed by someone else as a conflict, and the retry tags it',
    async () => {
      await page.getByRole('button', { name: 'Close the results' }).click();
      await select(stale).check();
      await page.getByRole('heading', { name: 'With selected (1)' }).waitFor();
      // The panel keeps the choices made: all four still ticked.
      expect(await page.getByRole('radio', { name: /^Standing/ }).isChecked()).toBe(true);

      // Someone else saves it between this page reading it and the PT applying.
      const before = await tagsOf(stale.id);
      const other = await t.gql(CHANGE_SUMMARY, {
        input: {
          id: stale.id,
          expectedVersion: before.version,
          summary: `${before.summary} Changed by a colleague.`,
        },
      });
      expect(other.body.errors).toBeUndefined();

      await page.getByRole('button', { name: 'Apply to 1 draft' }).click();
      const row = results().filter({ hasText: stale.name });
      await row.getByText('Conflict', { exact: true }).waitFor();
      await row
        .getByText(
          `Someone changed it after this page read it (now version ${before.version + 1})`,
          {
            exact: false,
          },
        )
        .waitFor();
      await count()
        .filter({ hasText: `${total - 5} drafts need tags` })
        .waitFor();
      expect((await tagsOf(stale.id)).needsTagging).toEqual(stale.needsTagging);
      await expectNoSeriousAxeViolations(page, 'results with a conflict');
      await shot('tagging-results');

      await page.getByRole('button', { name: 'Retry the failed one' }).click();
      await row.getByText('Tagged: ready for review.').waitFor();
      await count()
        .filter({ hasText: `${total - 6} drafts need tags` })
        .waitFor();
      expect(await tagsOf(stale.id)).toMatchObject({
        version: before.version + 2,
        summary: `${before.summary} Changed by a colleague.`,
        planes: ['SAGITTAL'],
        stance: 'BILATERAL',
        needsTagging: [],
      });
      expect((await tagsOf(untouched.id)).version).toBe(untouched.version);
      await expectNoSeriousAxeViolations(page, 'results after the retry');
      expect(problems).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
