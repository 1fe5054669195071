/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../graphql/index.js';
import { FREE_EXERCISE_DB_FIXTURE } from '../support/dataset.js';
import { ADMIN, login, startTestApp, type TestApp } from '../support/test-app.js';
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
 * Issue 16, the admin pages: an admin creates an account, deactivates it while it is signed in
 * in another browser (whose next action is refused), issues a reset link that works once,
 * creates an API key (its secret shown once, copied) and revokes it (the key is then refused),
 * filters the audit log by actor, action and time, runs the free-exercise-db import watching
 * its progress and report, and downloads the export. axe-core checks every page and dialog.
 */

const READ = graphql(`
  query AdminJourneyRead {
    exercises(first: 1) {
      totalCount
    }
  }
`);

const PT = {
  email: 'runner.pt@clinic.test',
  name: 'Runner PT',
  password: 'tibial plateau cadence drills',
};
const NEW_PASSWORD = 'hamstring eccentric nordic ladder';

describeInBrowser('the admin pages, in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  /** The new account's own browser. */
  let other: Page;
  const problems: string[] = [];
  /** The other browser's, apart: a problem names the browser it happened in. */
  const otherProblems: string[] = [];
  let resetUrl: string;

  beforeAll(async () => {
    [t] = await Promise.all([
      startTestApp({ SEED_ON_EMPTY: 'true', IMPORT_DIR: dirname(FREE_EXERCISE_DB_FIXTURE) }),
      ensureConsoleBuilt(),
    ]);
    browser = await launchBrowser();
    page = await openPage(browser, problems);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: t.url,
    });
    other = await openPage(browser, otherProblems);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A full page from the top: the fixed header stays over the heading, not mid-page. */
  async function shot(name: string) {
    // A notification left from the step before would cover the header.
    // One may close itself (auto-close) while clicked: what counts is that none is left.
    for (const close of await page.getByRole('button', { name: 'Close the message' }).all()) {
      await close.click({ timeout: 5000 }).catch(() => undefined);
    }
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
    await page.evaluate(async () => {
      window.scrollTo(0, 0);
      await document.fonts.ready;
    });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const section = (name: string) =>
    page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name }).click();
  const dialog = () => page.getByRole('dialog');

  it(
    'creates an account, its refusals at their fields',
    async () => {
      await signIn(page, `${t.url}/console/admin/accounts`, ADMIN.email, ADMIN.password);
      await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
      await page.getByRole('link', { name: 'Admin', exact: true }).waitFor();
      await page.getByRole('cell', { name: ADMIN.email, exact: true }).waitFor();
      await expectNoSeriousAxeViolations(page, 'accounts');

      await page.getByRole('button', { name: 'New account' }).click();
      await page.getByRole('textbox', { name: 'Email' }).fill(PT.email);
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill(PT.name);
      await page.getByLabel('First password').fill('password1234');
      await page.getByRole('combobox', { name: 'Role', exact: true }).click();
      await page.getByRole('option', { name: 'Clinician' }).click();
      await page.getByRole('button', { name: 'Create the account' }).click();
      // The API's words, at the field, which gets the focus.
      const password = page.getByLabel('First password');
      await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'password');
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
      expect(describedBy).toMatch(/error/);
      await expectNoSeriousAxeViolations(page, 'account form with an error');

      await password.fill(PT.password);
      await page.getByRole('button', { name: 'Create the account' }).click();
      await page.getByText(`${PT.email} can now sign in.`).waitFor();
      await page.getByRole('cell', { name: PT.email, exact: true }).waitFor();

      // Filtered by role: the clinicians only.
      await page.getByRole('combobox', { name: 'Show role' }).click();
      await page.getByRole('option', { name: 'Clinician' }).click();
      await page.getByText('2 accounts').waitFor();
      await page
        .getByRole('cell', { name: ADMIN.email, exact: true })
        .waitFor({ state: 'detached' });
      await shot('admin-accounts');
      expect({ admin: problems, other: otherProblems }).toEqual({ admin: [], other: [] });
    },
    STEP_TIMEOUT,
  );

  it(
    'deactivates an account signed in elsewhere: its next action is refused',
    async () => {
      await signIn(other, `${t.url}/console/exercises`, PT.email, PT.password);
      await other.getByRole('heading', { level: 1, name: 'Exercises' }).waitFor();
      // Not an admin: no Admin link.
      expect(await other.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);

      await page.getByRole('button', { name: `Deactivate ${PT.email}` }).click();
      await dialog().getByText('signed out everywhere at once').waitFor();
      await expectNoSeriousAxeViolations(page, 'deactivate dialog');
      await dialog().getByRole('button', { name: 'Deactivate' }).click();
      await page.getByText(`${PT.email} is deactivated and signed out everywhere.`).waitFor();
      await page.getByRole('button', { name: `Reactivate ${PT.email}` }).waitFor();

      // Its next action, in its own browser: refused, back to signing in.
      // Opening an exercise from the list it has open.
      await other.locator('tbody a').first().click();
      await other.getByText('Your session has ended. Sign in again to go on.').waitFor();
      await other.getByRole('heading', { name: 'Sign in' }).waitFor();
      // And it cannot sign in again.
      await other.getByLabel('Email').fill(PT.email);
      await other.getByLabel(/^Password/).fill(PT.password);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.getByText('The email or password is not right.').waitFor();
      expect({ admin: problems, other: otherProblems }).toEqual({ admin: [], other: [] });
    },
    STEP_TIMEOUT,
  );

  it(
    'reactivates it and issues a reset link that works once',
    async () => {
      await page.getByRole('button', { name: `Reactivate ${PT.email}` }).click();
      await page.getByText(`${PT.email} can sign in again.`).waitFor();
      await page
        .getByRole('button', { name: `Issue a password reset link for ${PT.email}` })
        .click();
      await dialog().getByText('It will not be shown again').waitFor();
      const link = dialog().getByRole('textbox', { name: `Reset link for ${PT.email}` });
      resetUrl = (await link.textContent()) ?? '';
      expect(resetUrl).toMatch(/\/reset-password#token=/);
      await dialog().getByRole('button', { name: 'Copy' }).click();
      await dialog().getByRole('button', { name: 'Copied' }).waitFor();
      expect(await clipboard()).toBe(resetUrl);
      await expectNoSeriousAxeViolations(page, 'reset link dialog');
      await dialog().getByRole('button', { name: 'Done' }).click();

      await other.goto(resetUrl);
      await other.getByRole('heading', { name: 'Set a new password' }).waitFor();
      await other.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await other.getByLabel('New password, again').fill(NEW_PASSWORD);
      await other.getByRole('button', { name: 'Set password' }).click();
      await other.getByRole('heading', { name: 'Your password is set' }).waitFor();
      expect(await login(t.gql, PT.email, NEW_PASSWORD)).toEqual(expect.any(String));

      // Opened again: it no longer works.
      await other.goto('about:blank');
      await other.goto(resetUrl);
      const gone = other.getByRole('heading', { name: 'This link no longer works' });
      const form = other.getByRole('button', { name: 'Set password' });
      await gone.or(form).waitFor();
      if (!(await gone.isVisible())) {
        await other.getByLabel('New password', { exact: true }).fill(`${NEW_PASSWORD} again`);
        await other.getByLabel('New password, again').fill(`${NEW_PASSWORD} again`);
        await form.click();
      }
      await gone.waitFor();
      expect({ admin: problems, other: otherProblems }).toEqual({ admin: [], other: [] });
    },
    STEP_TIMEOUT,
  );

  it(
    'creates an API key, its secret shown once, and revokes it',
    async () => {
      await section('API keys');
      await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'API keys');
      await page.getByRole('textbox', { name: 'Which app holds it' }).fill('patient app');
      await page.getByRole('button', { name: 'Create a key' }).click();
      await page.getByText('it will not be shown again').waitFor();
      const secret =
        (await page.getByRole('textbox', { name: 'API key for patient app' }).textContent()) ?? '';
      expect(secret.length).toBeGreaterThan(20);
      await page.getByRole('button', { name: 'Copy' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      expect(await clipboard()).toBe(secret);
      await page.getByRole('cell', { name: 'patient app', exact: true }).waitFor();
      await expectNoSeriousAxeViolations(page, 'new API key');
      await shot('admin-api-keys');

      const withKey = { headers: { 'x-api-key': secret } };
      const before = await t.gql(READ, {}, withKey);
      expect(before.headers?.get('www-authenticate')).toBeNull();

      await page.getByRole('button', { name: 'I have stored it' }).click();
      // Shown once: gone from the page for good.
      expect(await page.getByText(secret).count()).toBe(0);
      await page.getByRole('button', { name: 'Revoke the key for patient app' }).click();
      await dialog().getByText('This cannot be undone').waitFor();
      await dialog().getByRole('button', { name: 'Revoke' }).click();
      await page.getByText('The key for patient app is revoked.').waitFor();
      await page.getByText(/^Revoked /).waitFor();
      const after = await t.gql(READ, {}, withKey);
      expect(after.headers?.get('www-authenticate')).toContain('The API key is unknown');
      expect({ admin: problems, other: otherProblems }).toEqual({ admin: [], other: [] });
    },
    STEP_TIMEOUT,
  );

  it(
    'filters the audit log by actor, action and time',
    async () => {
      await section('Audit log');
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByRole('cell', { name: 'API_KEY_REVOKED' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'audit log');

      await page.getByRole('combobox', { name: 'Actor' }).fill('admin@');
      await page.getByRole('option', { name: ADMIN.email }).click();
      await page.getByRole('textbox', { name: 'Action' }).fill('ACCOUNT_DEACTIVATED');
      await page.getByLabel('From', { exact: true }).fill('2020-01-01T00:00');
      await page.getByRole('button', { name: 'Filter', exact: true }).click();
      await page.getByText('1 entry', { exact: true }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'ACCOUNT_DEACTIVATED' });
      await row.getByRole('cell', { name: ADMIN.email, exact: true }).waitFor();
      await shot('admin-audit');

      // A range that ends before it starts: the API's refusal at the field.
      await page.getByLabel('Until', { exact: true }).fill('2019-01-01T00:00');
      await page.getByRole('button', { name: 'Filter', exact: true }).click();
      await page.getByText('to must not be before from').waitFor();
      expect(await page.getByLabel('Until', { exact: true }).getAttribute('aria-invalid')).toBe(
        'true',
      );
      await expectNoSeriousAxeViolations(page, 'audit log with a refused filter');
      await page.getByRole('button', { name: 'Clear the filters' }).click();
      await page.getByRole('cell', { name: 'API_KEY_REVOKED' }).waitFor();
      expect({ admin: problems, other: otherProblems }).toEqual({ admin: [], other: [] });
    },
    STEP_TIMEOUT,
  );

  it(
    'runs the import, with its progress and then its report, and downloads the export',
    async () => {
      await section('Library import and export');
      await page.getByRole('heading', { level: 1, name: 'Library import and export' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'library');
      await page
        .getByRole('textbox', { name: 'File' })
        .fill(`${basename(FREE_EXERCISE_DB_FIXTURE)}/exercises.json`);
      await page.getByRole('button', { name: 'Start the import' }).click();
      await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
      await page.getByTestId('import-status').filter({ hasText: 'The import is done.' }).waitFor();
      await page
        .getByTestId('import-status')
        .filter({ hasText: '12 of 12 records processed.' })
        .waitFor();
      const bar = page.getByRole('progressbar', { name: 'Import progress' });
      expect(await bar.getAttribute('aria-valuenow')).toBe('100');
      const report = page.getByTestId('import-report');
      await report.getByRole('row', { name: /Records in the file 12/ }).waitFor();
      await page.getByRole('link', { name: 'Tag the new drafts' }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the export' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^library-\d{4}-\d{2}-\d{2}\.zip$/);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect(bytes.includes(Buffer.from('exercises/library.json'))).toBe(true);
      await page
        .getByTestId('export-status')
        .filter({ hasText: 'The export is downloaded' })
        .waitFor();
      await expectNoSeriousAxeViolations(page, 'library after import and export');
      await shot('admin-library');
      expect({ admin: problems, other: otherProblems }).toEqual({ admin: [], other: [] });
    },
    STEP_TIMEOUT,
  );
});
