/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { addChild, apiCall, expectNoSeriousA11yViolations } from '../support/e2e-helpers';
import { getBuiltinProfile } from '../../shared/profile/builtin';

// A chair's morning on a seeded Devon tracker, on a fixed clock: a RED concern raised at 09:15 on
// Monday 30 November 2026 (24 elapsed hours) is overdue by Tuesday 15:40.
const RAISED = '2026-11-30T09:15:00Z';
const MORNING = '2026-12-01T15:40:00Z';
const CHAIR = 'Kemi Adebayo';
const root = join(import.meta.dirname, '..', '..');
const devon = getBuiltinProfile('devon')!;
let db: string;
let child: { id: string; name: string; caseId: string };

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/chairs-day-${name}.png`, fullPage: true });

test.beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'et-day-')), 'devon.sqlite');
  const seeded = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'cli', 'index.ts'), 'seed', '--db', db, '--escalations', '300', '--profile', 'devon', '--now', RAISED], { encoding: 'utf8' });
  expect(seeded.status, seeded.stderr).toBe(0);
  // The day before: the chair raises a RED concern for a child whose last conference was in October.
  const before = await startHostProcess({ db, user: CHAIR, now: RAISED });
  try {
    child = await addChild(before, { name: 'Ruby Okafor', chair: CHAIR, cohort: 'child-protection', lastMeetingDate: '2026-10-20', nextMeetingDate: '2026-12-08' });
    await apiCall(before, 'escalations.raise', {
      childId: child.id,
      startAt: 'stage-1',
      urgency: 'red',
      concern: { categoryKeys: [devon.categories[0]!.key], summary: 'Strategy discussion not held after a new disclosure', impactOnChild: 'Ruby may be at continued risk', requestedAction: { what: 'Hold the strategy discussion', who: 'Team Manager', byWhen: null } },
      opId: `e2e-day-${Date.now()}`,
    });
  } finally {
    await before.stop();
  }
});

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHostProcess({ db, user: CHAIR, now: MORNING });
});
test.afterAll(async () => host?.stop());

test("a chair's morning: My day → the overdue RED item → its action → escalate → back to My day, the item gone", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  const heading = page.getByRole('heading', { name: 'My day', level: 1 });
  await expect(heading).toBeVisible();
  // After navigation the page heading has focus (and is announced).
  await expect(heading).toBeFocused();
  const overdue = page.getByRole('region', { name: /^Overdue \(\d+\)$/ });
  const item = overdue.getByRole('listitem').filter({ hasText: child.name });
  await expect(item).toContainText('response was due 09:15 today');
  await expect(item).toContainText('RED');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'my-day');

  // The count on My day, the banner and the tracker's "Due: Overdue" filter are the same number.
  const n = Number(/\((\d+)\)/.exec((await overdue.getByRole('heading').innerText()) ?? '')![1]);
  await expect(page.getByRole('status').filter({ hasText: 'Reminder' })).toContainText(`${n} overdue`);
  await page.getByRole('link', { name: `${n} overdue` }).click();
  await expect(page.getByRole('combobox', { name: 'Due' })).toHaveValue('overdue');
  await expect(page.locator('#tracker-count')).toContainText(`${n} escalation${n === 1 ? '' : 's'}`);
  await page.getByRole('link', { name: 'My day' }).click();

  // The item opens the escalation at the action it needs: the stage 1 letter was never recorded as sent.
  await item.getByRole('link', { name: /^Record letter sent/ }).click();
  await expect(page.getByRole('heading', { name: /Escalation for Ruby Okafor/ })).toBeVisible();
  const letterForm = page.getByRole('form', { name: 'Record letter sent' });
  await expect(letterForm).toBeVisible();
  await letterForm.getByRole('textbox', { name: /Sent to/ }).fill('Tom Barker, Team Manager');
  await letterForm.getByRole('button', { name: 'Record letter sent' }).click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Tom Barker');
  // No response came within the 24 hours: escalate to the Area Manager, recorded as "no response".
  await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Escalate to the next stage' }).click();
  const escalate = page.getByRole('form', { name: 'Escalate to the next stage' });
  await expect(escalate.getByRole('checkbox', { name: 'No response by the deadline' })).toBeChecked();
  await escalate.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No response from the Team Manager within 24 hours; strategy discussion still not held.');
  await escalate.getByRole('button', { name: 'Escalate to the next stage' }).click();
  await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Stage 2');
  await expect(page.getByRole('list', { name: 'History' })).toContainText('No response — escalated to Stage 2');

  await page.getByRole('link', { name: 'My day' }).click();
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Overdue/ }).getByRole('listitem').filter({ hasText: child.name })).toHaveCount(0);
  // Its new stage is due by 15:40 tomorrow and its letter is not yet sent: that is what it needs next.
  await expect(page.getByRole('region', { name: /^Due tomorrow/ }).getByRole('listitem').filter({ hasText: child.name })).toContainText('due by 15:40 tomorrow');
  await expect(page.getByRole('region', { name: /^Letters not yet sent/ }).getByRole('listitem').filter({ hasText: child.name })).toBeVisible();
  // The conference on 8 December is coming up, with an open escalation to tell it about.
  await expect(page.getByRole('region', { name: /^Reviews and conferences coming up/ })).toContainText(child.name);
  await shot(page, 'my-day-after');
});

test('the conference summary lists what was raised or moved since the last conference, on one printable page', async ({ page }) => {
  await page.goto(`${host.url}#/children/${child.id}`);
  await expect(page.getByRole('heading', { name: child.name, level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: `Escalations for ${child.name}` })).toContainText('RED');
  await page.getByRole('button', { name: 'Summary for the review or conference' }).click();
  // Rutland: "The Independent Chair should verbally inform the members of a Child Protection Conference of any escalation alerts they have initiated since the previous meeting."
  const heading = page.getByRole('heading', { name: `Escalations to tell the meeting: ${child.name} (${child.caseId})` });
  await expect(heading).toBeVisible();
  await expect(page.getByText('since the last review or conference on 20 Oct 2026').first()).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article').first()).toContainText('Raised');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'conference-summary');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const pdfHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  // One A4 page at 96 dpi is about 1123 px tall.
  expect(pdfHeight).toBeLessThan(1123);
  await shot(page, 'conference-summary-print');
});

test('the raise form: the due date it will set, an error summary that takes focus and links to fields, dd/mm/yyyy and a past "by when"', async ({ page }) => {
  await page.goto(`${host.url}#/children/${child.id}/raise`);
  await expect(page.getByRole('heading', { name: /Raise a concern for Ruby Okafor/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Start at' }).selectOption('stage-1');
  await page.getByRole('combobox', { name: 'Urgency RAG Rating' }).selectOption('red');
  await expect(page.locator('#due-preview')).toHaveText(/response is due by 15:40 tomorrow \(24 hours: the RED\. .* timescale replaces the stage’s own 5 working days\)/);
  await page.getByRole('combobox', { name: 'Urgency RAG Rating' }).selectOption('green');
  await expect(page.locator('#due-preview')).toContainText('due by the end of Tue, 8 Dec 2026 (5 working days');

  await page.getByRole('textbox', { name: 'By when' }).fill('25/11/2026');
  await expect(page.getByText('This date has already passed')).toBeVisible();
  await page.getByRole('button', { name: 'Raise concern' }).click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText(['Choose at least one category of concern', 'Describe the concern', 'Say what the impact on the child is', 'Say what action is requested', 'Say who should act']);
  await summary.getByRole('link', { name: 'Describe the concern' }).click();
  await expect(page.getByRole('textbox', { name: 'Brief summary of concern(s)' })).toBeFocused();
  await page.keyboard.type('Drift');
  await expect(page.getByText('5 of 4000 characters')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'raise-errors');

  // The categories are one Tab stop: Tab from the first lands on the next field, not the second category.
  await page.getByRole('checkbox', { name: devon.categories[0]!.label, exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('checkbox', { name: devon.categories[1]!.label, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Other category (specify)' })).toBeFocused();
});

test('Alt+Shift+N asks which child, then opens the raise form', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+Shift+N');
  const dialog = page.getByRole('dialog', { name: 'Which child is the concern about?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type(child.caseId);
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Raise a concern for Ruby Okafor/ })).toBeVisible();
});

for (const highContrast of [false, true]) {
  test(`My day and the conference summary pass axe ${highContrast ? 'in the high-contrast theme' : 'in the light theme'}`, async ({ page }) => {
    const suffix = highContrast ? '-high-contrast' : '';
    await page.goto(host.url);
    // The seeded service is mostly on time: once the first test has escalated Ruby's RED item, nothing may be overdue.
    await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: /^(Overdue|Due tomorrow|Letters not yet sent)/ }).first()).toBeVisible();
    if (highContrast) await page.getByRole('button', { name: 'High contrast' }).click();
    await expectNoSeriousA11yViolations(page);
    await shot(page, `axe-my-day${suffix}`);
    await page.goto(`${host.url}#/children/${child.id}/conference`);
    await expect(page.getByRole('heading', { name: /Escalations to tell the meeting/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto(`${host.url}#/children/${child.id}/raise`);
    await page.getByRole('button', { name: 'Raise concern' }).click();
    await expect(page.locator('#error-summary')).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await shot(page, `axe-raise-errors${suffix}`);
    // Several urgency levels at once, from the address as a saved view or a report link sets them.
    await page.goto(`${host.url}#/tracker?scope=all&urgency=red,amber`);
    await expect(page.getByRole('combobox', { name: 'Urgency RAG Rating' })).toHaveValue('RED, AMBER');
    await expectNoSeriousA11yViolations(page);
    await shot(page, `axe-tracker-multi${suffix}`);
  });
}

test('first run on an empty tracker: first steps above the fold, and no "restored" notice on a first form', async ({ page }) => {
  const empty = await startHostProcess({ db: join(mkdtempSync(join(tmpdir(), 'et-empty-')), 'empty.sqlite'), user: 'Sam Patel', now: MORNING });
  try {
    await page.goto(empty.url);
    const steps = page.getByRole('region', { name: 'First steps' });
    await expect(steps).toBeVisible();
    for (const name of ['Add a child', 'Choose a child', 'Import the old spreadsheet']) {
      const box = await steps.getByRole('button', { name }).boundingBox();
      expect(box!.y + box!.height).toBeLessThan(900);
    }
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'first-steps');
    await steps.getByRole('button', { name: 'Add a child' }).click();
    await expect(page.getByRole('heading', { name: 'Add a child' })).toBeVisible();
    await expect(page.getByText('Your unsaved input from earlier has been restored.')).toHaveCount(0);
    // Leave without typing and come back: still nothing was restored.
    await page.getByRole('link', { name: 'Tracker' }).click();
    await expect(page.getByRole('button', { name: 'Raise a concern' })).toBeVisible();
    await page.goto(`${empty.url}#/children/new`);
    await expect(page.getByRole('heading', { name: 'Add a child' })).toBeVisible();
    await expect(page.getByText('Your unsaved input from earlier has been restored.')).toHaveCount(0);
    // Dates are typed dd/mm/yyyy; a wrong one is named in the error summary.
    await page.getByLabel('Name of child').fill('Leo Price');
    await page.getByLabel('Case ID').fill('DV-1');
    await page.getByLabel('Date of birth').fill('31/02/2015');
    await page.getByRole('button', { name: 'Save child' }).click();
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page.locator('#error-summary')).toContainText('Enter the date of birth as a real date, like 27/03/2026');
    await page.getByLabel('Date of birth').fill('28/02/2015');
    await page.getByRole('button', { name: 'Save child' }).click();
    await expect(page.getByRole('heading', { name: 'Leo Price', level: 1 })).toBeVisible();
    await expect(page.getByText('28 Feb 2015')).toBeVisible();
  } finally {
    await empty.stop();
  }
});
