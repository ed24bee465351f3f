import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { addChild, apiCall, expectNoSeriousA11yViolations } from '../support/e2e-helpers';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import type { EscalationDetail } from '../../shared/api/outputs';
import { getBuiltinProfile } from '../../shared/profile/builtin';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/shared-tracker-${name}.png`, fullPage: true });
const temp = () => mkdtempSync(join(tmpdir(), 'et-e2e-shared-'));

async function raise(host: RunningHost): Promise<EscalationDetail> {
  const child = await addChild(host, { name: 'Riley Shaw' });
  const category = getBuiltinProfile('iro-handbook')!.categories[0]!.key;
  return apiCall<EscalationDetail>(host, 'escalations.raise', {
    childId: child.id,
    concern: { categoryKeys: [category], summary: 'Care plan not updated.', impactOnChild: 'Drift.', requestedAction: { what: 'Update the plan', who: 'Team Manager', byWhen: null }, expectedOutcomeKeys: [] },
    opId: `e2e-${Date.now()}-raise`,
  });
}

test('first run: no tracker chosen yet, create one in a team folder, and find it in Settings → Tracker file', async ({ page }) => {
  const data = temp();
  const share = temp();
  const host = await startHostProcess({ data, user: 'Sam Patel' });
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Escalation Tracker' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'first-run');
    await page.getByRole('button', { name: 'Create tracker' }).click();
    await expect(page.getByText('Enter the folder for the new tracker')).toBeVisible();
    await page.getByRole('textbox', { name: 'Folder' }).fill(join(share, 'missing-subfolder'));
    await page.getByRole('button', { name: 'Create tracker' }).click();
    await expect(page.getByRole('alert')).toContainText('cannot be reached');
    await page.getByRole('textbox', { name: 'Folder' }).fill(share);
    await page.getByRole('button', { name: 'Create tracker' }).click();
    await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();

    await page.getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Tracker file' });
    await expect(section).toContainText(join(share, 'escalation-tracker.sqlite'));
    await section.getByRole('button', { name: 'Back up now' }).click();
    await expect(section.getByRole('status')).toContainText('Backed up to');
    await expect(section.getByRole('table', { name: 'Backups' })).toContainText('Backed up by hand');
    await section.getByRole('button', { name: 'Check the tracker' }).click();
    await expect(section).toContainText('The tracker file is healthy.');
    await expectNoSeriousA11yViolations(page);
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'settings-tracker-file');
  } finally {
    await host.stop();
  }
  // The choice is remembered: the next start opens the same tracker without asking.
  const again = await startHostProcess({ data, user: 'Sam Patel' });
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  } finally {
    await again.stop();
  }
});

test("two desktops on one file: presence hint, the other's save appears by itself, and a stale form keeps its input", async ({ browser }) => {
  const db = join(temp(), 'team.sqlite');
  const sam = await startHostProcess({ data: temp(), db, user: 'Sam Patel' });
  const ann = await startHostProcess({ data: temp(), db, user: 'Ann Okafor' });
  const samPage = await (await browser.newContext()).newPage();
  const annPage = await (await browser.newContext()).newPage();
  try {
    const e = await raise(sam);
    await annPage.goto(`${ann.url}#/escalations/${e.row.id}`);
    await expect(annPage.getByRole('heading', { name: /Escalation for Riley Shaw/ })).toBeVisible();
    await samPage.goto(`${sam.url}#/escalations/${e.row.id}`);
    await expect(samPage.getByRole('status').filter({ hasText: 'Ann Okafor is editing this' })).toBeVisible();
    // Ann learns of Sam at her next heartbeat (every 15 seconds).
    await expect(annPage.getByRole('status').filter({ hasText: 'Sam Patel is editing this' })).toBeVisible({ timeout: 20_000 });

    // Sam starts a note; Ann saves one first.
    await samPage.getByRole('button', { name: 'Add a note' }).click();
    await samPage.getByRole('textbox', { name: 'Note' }).fill('Sam: the review is booked for Friday.');
    await annPage.getByRole('button', { name: 'Add a note' }).click();
    await annPage.getByRole('textbox', { name: 'Note' }).fill('Ann: social worker on leave until Monday.');
    await annPage.getByRole('form', { name: 'Add a note' }).getByRole('button', { name: 'Add a note' }).click();

    // Within a few seconds Sam's page shows Ann's note, and his form says who changed it while keeping his text.
    const history = samPage.getByRole('list', { name: 'History' });
    await expect(history).toContainText('Ann: social worker on leave until Monday.');
    await expect(samPage.getByRole('alert').filter({ hasText: 'Ann Okafor changed this' })).toBeVisible();
    await expect(samPage.getByRole('textbox', { name: 'Note' })).toHaveValue('Sam: the review is booked for Friday.');
    await expectNoSeriousA11yViolations(samPage);
    await shot(samPage, 'conflict');
    await samPage.getByRole('button', { name: 'Apply my change again' }).click();
    await expect(history).toContainText('Sam: the review is booked for Friday.');
    await expect(history).toContainText('Ann: social worker on leave until Monday.');
    await expect(annPage.getByRole('list', { name: 'History' })).toContainText('Sam: the review is booked for Friday.');
  } finally {
    await sam.stop();
    await ann.stop();
  }
});

test('the share goes away: offline banner, typing kept, and the note is sent once the tracker is back', async ({ page }) => {
  const share = join(temp(), 'share');
  mkdirSync(share);
  const host = await startHostProcess({ data: temp(), db: join(share, 'team.sqlite'), user: 'Sam Patel' });
  try {
    const e = await raise(host);
    await page.goto(`${host.url}#/escalations/${e.row.id}`);
    await page.getByRole('button', { name: 'Add a note' }).click();
    renameSync(share, `${share}-away`);
    await expect(page.getByText('The tracker cannot be reached')).toBeVisible();
    await page.getByRole('textbox', { name: 'Note' }).fill('Typed while the share was down.');
    await page.getByRole('form', { name: 'Add a note' }).getByRole('button', { name: 'Add a note' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'will be sent as soon as the tracker is back' })).toBeVisible();
    await shot(page, 'offline');
    renameSync(`${share}-away`, share);
    await expect(page.getByText('The tracker cannot be reached')).toBeHidden({ timeout: 20_000 });
    const history = page.getByRole('list', { name: 'History' });
    await expect(history).toContainText('Typed while the share was down.', { timeout: 20_000 });
    const detail = await apiCall<EscalationDetail>(host, 'escalations.get', { id: e.row.id });
    expect(detail.events.filter((ev) => ev.body.kind === 'note')).toHaveLength(1);
  } finally {
    await host.stop();
  }
});
