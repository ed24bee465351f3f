/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { addChild, apiCall, expectNoSeriousA11yViolations, runAction } from '../support/e2e-helpers';
import { getBuiltinProfile } from '../../shared/profile/builtin';

const profile = getBuiltinProfile('iro-handbook')!;
let host: RunningHost;
test.beforeAll(async () => {
  host = await startHostProcess({ db: join(mkdtempSync(join(tmpdir(), 'et-cmd-')), 't.sqlite'), user: 'Sam Patel' });
});
test.afterAll(async () => host.stop());

async function openNewEscalation(page: Page, startAt = 'stage-1'): Promise<string> {
  const child = await addChild(host);
  const ladder = profile.ladders[0]!;
  const e = await apiCall<{ row: { id: string } }>(host, 'escalations.raise', {
    childId: child.id,
    startAt: ladder.stages.some((s) => s.key === startAt) ? startAt : ladder.stages[0]!.key,
    concern: { categoryKeys: [profile.categories[0]!.key], summary: 'Visits overdue', impactOnChild: 'Child not seen', requestedAction: { what: 'Visit', who: 'SW', byWhen: null } },
    opId: `e2e-${Date.now()}-${Math.random()}`,
  });
  await page.goto(`${host.url}#/escalations/${e.row.id}`);
  await expect(page.getByRole('heading', { name: /Escalation for/ })).toBeVisible();
  return e.row.id;
}

test('bypass: a chair skips to a later stage with a reason, and the skipped stage shows as bypassed', async ({ page }) => {
  await openNewEscalation(page);
  const target = profile.ladders[0]!.stages[2]!;
  await runAction(page, 'Bypass stages', async (p) => {
    await p.getByRole('combobox', { name: 'Go straight to' }).selectOption(target.key);
    await p.getByRole('textbox', { name: 'Reason for bypassing' }).fill('Child at immediate risk; Service Manager already involved');
    await p.getByRole('textbox', { name: 'Agreed with' }).fill('Head of Reviewing Service');
  });
  const stages = page.getByRole('list', { name: 'Stages' });
  await expect(stages.locator('[aria-current="step"]')).toContainText(target.label);
  await expect(stages.getByRole('listitem').filter({ hasText: 'Bypassed' })).toHaveCount(1);
});

test('extension: extra working days move the due date and the history says why', async ({ page }) => {
  await openNewEscalation(page);
  await runAction(page, 'Grant extension', async (p) => {
    await p.getByRole('spinbutton', { name: 'Add working days' }).fill('3');
    await p.getByRole('textbox', { name: 'Reason' }).fill('Team Manager on leave');
    await p.getByRole('textbox', { name: 'Requested by' }).fill('Tom Barker');
  });
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Extension granted');
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Team Manager on leave');
});

test('Cafcass: a concurrent referral keeps the escalation open', async ({ page }) => {
  await openNewEscalation(page);
  await runAction(page, 'Refer to Cafcass', async (p) => p.getByRole('textbox', { name: 'Note' }).fill('Referred under regulation 45'));
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Referred to Cafcass');
  await expect(page.getByRole('heading', { name: /Escalation for/ })).toContainText('Open');
});

test('withdraw: the escalation closes and only notes can be added afterwards; a refused command shows the engine sentence', async ({ page }) => {
  await openNewEscalation(page);
  await runAction(page, 'Withdraw', async (p) => p.getByRole('textbox', { name: 'Reason for withdrawing' }).fill('Raised against the wrong child'));
  await expect(page.getByRole('heading', { name: /Escalation for/ })).toContainText('Withdrawn');
  const actions = page.getByRole('group', { name: 'Actions' }).getByRole('button');
  await expect(actions).toHaveText(['Add a note']);
  await expectNoSeriousA11yViolations(page);
});

test('an engine refusal is shown as its sentence (extension date before the current due date)', async ({ page }) => {
  await openNewEscalation(page);
  await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Grant extension' }).click();
  await page.getByLabel('New due date').fill('2020-01-06');
  await page.getByRole('textbox', { name: 'Reason' }).fill('x');
  await page.getByRole('textbox', { name: 'Requested by' }).fill('y');
  await page.getByRole('form', { name: 'Grant extension' }).getByRole('button', { name: 'Grant extension' }).click();
  await expect(page.getByRole('alert')).toContainText(/Not saved/);
});

test('a page chosen while the tracker is still being drawn stays chosen (the tracker does not write its filters over it)', async ({ page }) => {
  // What made the keyboard journey flaky: the tracker writes its filters into the address just after its
  // first paint; Alt+Shift+C pressed in between set #/children, and that write put #/tracker back.
  // Here the hash changes at the very moment the tracker's heading is drawn, before that write runs.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.getElementById('tracker-title')) return;
      observer.disconnect();
      window.location.hash = '#/children';
    }).observe(document, { childList: true, subtree: true });
  });
  // The app opens on My day; go to the tracker itself, whose first paint is the moment that matters.
  await page.goto(`${host.url}#/tracker`);
  await expect(page.getByRole('heading', { name: 'Children' })).toBeVisible();
  await expect(page).toHaveURL(/#\/children$/);
});

test('keyboard only: add a child and raise a concern without the mouse', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+Shift+C');
  await expect(page.getByRole('heading', { name: 'Children' })).toBeVisible();
  const add = page.getByRole('button', { name: 'Add a child' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add a child' })).toBeVisible();
  await page.getByLabel('Name of child').focus();
  await page.keyboard.type('Keyboard Kid');
  await page.keyboard.press('Tab');
  await page.keyboard.type(`KB-${Date.now()}`);
  // Tab through the rest of the form to the save button and press it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.includes('Save child')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keyboard Kid' })).toBeVisible();
  await page.getByRole('button', { name: 'Raise a concern' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Raise a concern for Keyboard Kid/ })).toBeVisible();
  await page.getByRole('checkbox', { name: profile.categories[0]!.label }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', { name: 'Brief summary of concern(s)' }).focus();
  await page.keyboard.type('Typed with the keyboard only');
  await page.keyboard.press('Tab');
  await page.keyboard.type('No impact recorded yet');
  await page.getByRole('textbox', { name: 'What', exact: true }).focus();
  await page.keyboard.type('Review the plan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Team Manager');
  await page.getByRole('button', { name: 'Raise concern' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Escalation for Keyboard Kid/ })).toBeVisible();
  await page.keyboard.press('Alt+Shift+H');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
