import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/e2e-helpers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { getBuiltinProfile } from '../../shared/profile/builtin';
import { createCalendar, dueFor } from '../../shared/calendar';
import { formatDueDate } from '../../renderer/src/components/format';

test('a chair adds a child, raises an informal concern, sees it on the tracker, and it survives a restart', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'et-e2e-'));
  const db = join(dir, 'tracker.sqlite');
  let host: RunningHost = await startHostProcess({ db, user: 'Sam Patel' });
  try {
    await page.goto(`${host.url}#/tracker`);
    await expect(page.getByRole('heading', { name: 'Escalations' })).toBeVisible();
    await expect(page.getByText('0 escalations')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Children' }).click();
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByRole('button', { name: 'Save child' }).click();
    // Said twice: in the error summary at the top (GOV.UK pattern) and beside the field.
    await expect(page.getByText('Enter the child’s name')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Enter the child’s name' })).toBeVisible();
    await page.getByLabel('Name of child').fill('Jordan Ellis');
    await page.getByLabel('Case ID').fill('LCS-104233');
    await page.getByLabel('Date of birth').fill('17/05/2014');
    await page.getByLabel('Social worker').fill('Priya Shah');
    await page.getByLabel('Team manager').fill('Tom Barker');
    await page.getByLabel('Team', { exact: true }).fill('Children in Care 2');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Save child' }).click();
    await expect(page.getByRole('heading', { name: 'Jordan Ellis' })).toBeVisible();

    await page.getByRole('button', { name: 'Raise a concern' }).click();
    const profile = getBuiltinProfile('iro-handbook')!;
    const category = profile.categories[1]!;
    await page.getByRole('checkbox', { name: category.label }).check();
    await page.getByRole('textbox', { name: 'Brief summary of concern(s)' }).fill('Permanence planning has drifted: no permanence plan two reviews running.');
    await page.getByRole('textbox', { name: 'Impact on the child' }).fill('Jordan does not know where he will live long term.');
    await page.getByRole('textbox', { name: 'What', exact: true }).fill('Permanence planning meeting to be held');
    await page.getByRole('textbox', { name: 'Who', exact: true }).fill('Tom Barker');
    await expectNoSeriousA11yViolations(page);
    const raisedAt = new Date();
    await page.getByRole('button', { name: 'Raise concern' }).click();

    await expect(page.getByRole('heading', { name: /Escalation for Jordan Ellis/ })).toBeVisible();
    const ladder = profile.ladders.find((l) => l.cohorts.includes('looked-after'))!;
    const firstRt = ladder.informal ? ladder.informal.responseTime : ladder.stages[0]!.responseTime;
    const expectedDue = formatDueDate(dueFor(createCalendar({ region: profile.region, closureDays: profile.closureDays }), raisedAt, firstRt).dueDate);
    await expect(page.getByText(expectedDue).first()).toBeVisible();
    // The tracker writes the due date out in full ("Tuesday 8 December 2026"): match its day, month and year.
    const [y, m, d] = dueFor(createCalendar({ region: profile.region, closureDays: profile.closureDays }), raisedAt, firstRt).dueDate!.split('-').map(Number);
    const dueWords = `${d} ${new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Tracker' }).click();
    const row = page.getByRole('row', { name: /Jordan Ellis/ });
    await expect(row).toContainText('LCS-104233');
    await expect(row).toContainText(dueWords);
    await expect(page.getByText('1 escalation')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/tracker-after-raise.png', fullPage: true });

    // Stop and restart the host on the same file: the escalation is still there.
    await host.stop();
    host = await startHostProcess({ db, user: 'Sam Patel' });
    await page.goto(`${host.url}#/tracker`);
    await expect(page.getByRole('row', { name: /Jordan Ellis/ })).toContainText(dueWords);
  } finally {
    await host.stop();
  }
});
