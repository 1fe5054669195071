import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * What every console journey in a browser needs, in one place, so that the six journeys check
 * the same things the same way: which Chromium, how a page is opened and watched for problems,
 * what axe-core may not find, and how a clinician signs in.
 */

/** The system's Chromium: playwright-core brings no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
const SKIPPED = `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;

/** docs/console/ keeps the screenshots worth showing; CONSOLE_SHOTS moves them elsewhere. */
export const SHOTS = process.env.CONSOLE_SHOTS ?? 'docs/console';

/** Each step of a journey, on a loaded machine: several page loads and axe runs. */
export const STEP_TIMEOUT = 180_000;

/**
 * `describe` where Chromium is installed; elsewhere `describe.skip`, with the reason in the
 * title and a warning, so a machine without it says why the journey did not run instead of
 * failing or passing in silence.
 */
export function describeInBrowser(title: string, fn: () => void): void {
  if (!haveChromium) console.warn(`console: ${title}: ${SKIPPED}`);
  (haveChromium ? describe : describe.skip)(`${title}${haveChromium ? '' : ` (${SKIPPED})`}`, fn);
}

/** Without its sandbox: Chromium's sandbox needs privileges a test container does not give. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export interface OpenPageOptions {
  /**
   * Paths (besides /graphql) whose 4xx or 5xx answers a journey provokes on purpose, such as
   * an upload refused for being damaged; any other failed response is a problem.
   */
  refusedOnPurpose?: (path: string) => boolean;
}

/**
 * A page in a browser context of its own (its own cookies and storage, as another PT's browser
 * would be), 1280x900, that adds each problem it meets to `problems`: uncaught errors, errors
 * logged to the console, failed responses. A journey ends by expecting `problems` to be empty.
 */
export async function openPage(
  browser: Browser,
  problems: string[],
  options: OpenPageOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Generous: CI shares two cores with the rest of the suite; a browser step can wait.
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => problems.push(e.message));
  // Script errors and React's warnings; a refused request is logged by the browser too, and
  // is checked by its address below instead.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(m.text());
    }
  });
  page.on('response', (r) => {
    // The API answers refusals (a wrong password, a stale version) with 4xx: expected; nothing
    // else may fail unless the journey says it provokes it.
    const path = new URL(r.url()).pathname;
    if (r.status() >= 400 && path !== '/graphql' && !options.refusedOnPurpose?.(path)) {
      problems.push(`${r.status()} ${r.url()}`);
    }
  });
  return page;
}

/**
 * Serious and critical axe violations of the page as it is now, by rule and element, named by
 * `state` so a failure says where in the journey it was; no rule is turned off.
 */
export async function expectNoSeriousAxeViolations(page: Page, state: string): Promise<void> {
  // A dialog or notification fading in is half transparent: its colours measured mid-transition
  // fail contrast that the settled page passes (seen on a loaded CI). Check the page at rest.
  // Spinners loop for ever: only animations that end are waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${state}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
}

/**
 * Opens `url`, a console page that, signed out, shows the sign-in form instead, and signs in
 * as a PT would, by the labels. The caller waits for the page it expects next: the console
 * returns to `url` after signing in.
 */
export async function signIn(
  page: Page,
  url: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
