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
 * Issue 15, the ladder as a picture: a clinician opens the split squat (a seed
 * ladder from the bodyweight squat to the single-leg squat to box), sees it drawn as a graph and
 * the same ladder as an ordered list, links a harder step found by typing its name and sees it on
 * the ladder and in the API, is told in words that linking the forward step-down back would close
 * a cycle, and removes a link after confirming. axe-core checks each state; no rule is turned off.
 */

const LINKS = graphql(`
  query ConsoleProgressionsLinks($slug: String!) {
    exercise(by: { slug: $slug }) {
      id
      progressions {
        id
        changes
        criterion
        to {
          slug
        }
      }
      regressions {
        from {
          slug
        }
      }
    }
  }
`);

describeInBrowser('the ladder and linking progressions, in a browser', () => {
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

  async function links(slug = 'split-squat') {
    const res = await t.gql(LINKS, { slug });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercise!;
  }

  const graph = () => page.getByTestId('ladder-graph');
  const list = () => page.getByTestId('ladder-list');
  const dialog = () => page.getByRole('dialog', { name: 'Link a progression' });

  /** Types into the exercise picker as a PT would and chooses the option naming `name`. */
  async function choose(text: string, name: string) {
    const picker = dialog().getByRole('combobox', { name: /^Exercise/ });
    await picker.click();
    await picker.pressSequentially(text, { delay: 40 });
    await page.getByRole('option', { name: new RegExp(`^${name} ·`) }).click();
  }

  it(
    'draws the ladder as a graph and lists the same ladder in order',
    async () => {
      await signIn(page, `${t.url}/console/sign-in`, 'clinician@clinic.test', ADMIN.password);
      await page.getByRole('heading', { name: 'Exercises' }).waitFor();

      await page.goto(`${t.url}/console/exercises/split-squat`);
      await page.getByRole('heading', { level: 1, name: 'Split squat' }).waitFor();
      await graph().getByTestId('ladder-node').first().waitFor();
      const nodes = await graph().getByTestId('ladder-node').allTextContents();
      for (const name of [
        'Bodyweight squat',
        'Assisted split squat',
        'Split squat',
        'Rear-foot-elevated split squat',
        'Forward step-down',
        'Single-leg squat to box',
      ]) {
        expect(nodes.some((n) => n.includes(name))).toBe(true);
      }
      // The current exercise is marked in words, not only by colour.
      expect(await graph().locator('[data-current]').textContent()).toContain('This exercise');
      // Edges say what changes and when to move on.
      await graph()
        .getByTestId('ladder-edge-label')
        .filter({ hasText: 'Range of motion, Stability' })
        .filter({ hasText: 'back knee near the floor' })
        .waitFor();
      // Nodes lead to their exercises.
      expect(
        await graph()
          .getByRole('link', { name: 'Forward step-down', exact: true })
          .getAttribute('href'),
      ).toBe('/console/exercises/forward-step-down');

      // The same ladder as an ordered list, easiest first, visible.
      const items = list().getByRole('listitem');
      expect(await items.count()).toBe(nodes.length);
      const texts = await items.allTextContents();
      expect(texts[0]).toMatch(/^(Assisted split squat|Bodyweight squat)/);
      expect(texts.findIndex((x) => x.startsWith('Split squat'))).toBeLessThan(
        texts.findIndex((x) => x.startsWith('Rear-foot-elevated split squat')),
      );
      // The single-leg squat is three rungs past the step-down, through the assisted one.
      expect(texts.findIndex((x) => x.startsWith('Forward step-down'))).toBeLessThan(
        texts.findIndex((x) => x.startsWith('Single-leg squat to box')),
      );
      expect(texts.find((x) => x.startsWith('Rear-foot-elevated'))).toContain(
        'From Split squat: Range of motion, Stability. Move on when: 3 x 10 per side',
      );
      expect(await list().isVisible()).toBe(true);
      await expectNoSeriousAxeViolations(page, 'exercise detail with the ladder');
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${SHOTS}/exercise-ladder.png`, fullPage: true });
    },
    STEP_TIMEOUT,
  );

  it(
    'links a harder step chosen by typing its name; the ladder and the API show it',
    async () => {
      await page.getByRole('button', { name: 'Link a progression' }).click();
      await dialog().waitFor();
      // Nothing chosen: each field says what it needs.
      await dialog().getByRole('button', { name: 'Link', exact: true }).click();
      await dialog().getByText('Choose an exercise from the list.').first().waitFor();
      await dialog().getByText('Choose at least one thing that changes.').first().waitFor();

      await choose('lateral step', 'Lateral step-down');
      await dialog().getByRole('radio', { name: 'Progression' }).check();
      await dialog()
        .getByRole('radio', { name: /^It is harder/ })
        .check();
      await dialog().getByRole('checkbox', { name: 'Plane' }).check();
      await dialog().getByRole('checkbox', { name: 'Stability' }).check();
      await dialog()
        .getByLabel(/^When to move on/)
        .fill('3 x 8 per side with the pelvis level');
      await dialog().getByRole('button', { name: 'Link', exact: true }).click();
      await page.getByText('Split squat now leads to Lateral step-down.').waitFor();
      await dialog().waitFor({ state: 'hidden' });

      await graph().getByTestId('ladder-node').filter({ hasText: 'Lateral step-down' }).waitFor();
      await list()
        .getByRole('listitem')
        .filter({ hasText: /^Lateral step-down ·/ })
        .waitFor();
      await graph()
        .getByTestId('ladder-edge-label')
        .filter({ hasText: 'Plane, Stability' })
        .filter({ hasText: 'with the pelvis level' })
        .waitFor();

      const after = await links();
      const made = after.progressions.find((p) => p.to.slug === 'lateral-step-down');
      expect(made).toMatchObject({
        changes: ['PLANE', 'STABILITY'],
        criterion: '3 x 8 per side with the pelvis level',
      });
    },
    STEP_TIMEOUT,
  );

  it(
    'says in words, on the exercise field, that a link would close a cycle',
    async () => {
      // The step-down leads to the assisted single-leg squat, of the same difficulty (a harder
      // exercise cannot be linked as easier at all): linking it back would close a cycle.
      await page.goto(`${t.url}/console/exercises/forward-step-down`);
      await page.getByRole('heading', { level: 1, name: 'Forward step-down' }).waitFor();
      await page.getByRole('button', { name: 'Link a progression' }).click();
      await dialog().waitFor();
      await choose('assisted single', 'Assisted single-leg squat to box');
      await dialog()
        .getByRole('radio', { name: /^It is easier/ })
        .check();
      await dialog().getByRole('checkbox', { name: 'Stance' }).check();
      await dialog().getByRole('button', { name: 'Link', exact: true }).click();

      const message =
        'Linking “Assisted single-leg squat to box” → “Forward step-down” would close a cycle: ' +
        '“Assisted single-leg squat to box” → “Forward step-down” → “Assisted single-leg squat to box”';
      await dialog().getByRole('alert').filter({ hasText: message }).waitFor();
      const picker = dialog().getByRole('combobox', { name: /^Exercise/ });
      expect(await picker.getAttribute('aria-invalid')).toBe('true');
      // The message is the field's own error text, and focus is on the field.
      const describedBy = (await picker.getAttribute('aria-describedby')) ?? '';
      const described = await page.evaluate(
        (ids) =>
          ids
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        describedBy,
      );
      expect(described).toContain(message);
      expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
      // The summary says it too, at the top of the dialog.
      await page.evaluate(() => document.querySelector('.mantine-Modal-content')?.scrollTo(0, 0));
      await expectNoSeriousAxeViolations(page, 'link dialog with a cycle error');
      // The dialog as a PT sees it: the viewport (a full-page shot strands the fixed overlay).
      await page.screenshot({ path: `${SHOTS}/link-progression.png` });

      // Nothing was linked.
      const now = await links('forward-step-down');
      expect(now.regressions.map((p) => p.from.slug)).not.toContain(
        'assisted-single-leg-squat-to-box',
      );
      await dialog().getByRole('button', { name: 'Cancel' }).click();
      await dialog().waitFor({ state: 'hidden' });
      await page.goto(`${t.url}/console/exercises/split-squat`);
      await page.getByRole('heading', { level: 1, name: 'Split squat' }).waitFor();
    },
    STEP_TIMEOUT,
  );

  it(
    'removes a link after a confirmation',
    async () => {
      await page.getByRole('button', { name: 'Remove the link to Lateral step-down' }).click();
      const confirm = page.getByRole('dialog', { name: 'Remove this link?' });
      await confirm.getByRole('button', { name: 'Remove the link' }).click();
      await page
        .getByText('The link between Split squat and Lateral step-down is removed.')
        .waitFor();
      // The edge goes (the lateral step-down itself stays, a variation of the forward one).
      await graph()
        .getByTestId('ladder-edge-label')
        .filter({ hasText: 'with the pelvis level' })
        .waitFor({ state: 'detached' });
      const now = await links();
      expect(now.progressions.map((p) => p.to.slug)).not.toContain('lateral-step-down');
      expect(problems).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
