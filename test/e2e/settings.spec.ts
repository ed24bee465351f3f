import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { apiCall, expectNoSeriousA11yViolations } from '../support/e2e-helpers';
import { messyTrackerXlsx } from '../integration/settings/messy-spreadsheet';

const NOW = '2025-03-03T10:00:00Z';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/settings-${name}.png`, fullPage: true });

function freshTracker(): string {
  return join(mkdtempSync(join(tmpdir(), 'et-e2e-settings-')), 'tracker.sqlite');
}

test('first run: the OS account becomes a person, the first person picks the procedure and can then edit a copy of it', async ({ page }) => {
  // A long journey over large pages, each checked with axe.
  test.setTimeout(150_000);
  // No --user: the web host acts as this machine's OS account, as Electron does.
  const host: RunningHost = await startHostProcess({ db: freshTracker(), now: NOW });
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Escalation Tracker' })).toBeVisible();
    await expect(page.getByText(`You are signed in to Windows as ${userInfo().username}`)).toBeVisible();
    await page.getByRole('button', { name: 'Start using the tracker' }).click();
    await expect(page.getByText('Enter your name as colleagues know it')).toBeVisible();
    await page.getByLabel('Your name').fill('Priya Shah');
    await page.getByLabel('Your email address').fill('priya.shah@rutland.example.gov.uk');
    await page.getByLabel('Your team', { exact: true }).fill('Independent Reviewing Service');
    await page.getByLabel('Which procedure does your team follow?').selectOption({ label: 'Independent Chairs escalation (dispute resolution) process (Rutland County Council)' });
    await expectNoSeriousA11yViolations(page);
    await shot(page, '01-first-run');
    await page.getByRole('button', { name: 'Start using the tracker' }).click();

    // The page starts again as Priya, on the Rutland procedure.
    await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Priya Shah');
    await expect(page.getByRole('banner')).toContainText('Rutland County Council');

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText(/^Signed in as Priya Shah. You are an administrator/)).toBeVisible();
    await shot(page, '02-settings');
    await page.getByRole('link', { name: 'People and roles', exact: true }).click();
    await expect(page.getByRole('row', { name: /Priya Shah/ })).toContainText(userInfo().username);
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }).fill('Tom Barker');
    await page.getByRole('dialog').getByLabel('Email address').fill('tom.barker@rutland.example.gov.uk');
    await page.getByRole('dialog').getByRole('textbox', { name: 'Team', exact: true }).fill('Children in Care 2');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('row', { name: /Tom Barker/ })).toContainText('Team manager');
    await shot(page, '03-people');

    // Copy the built-in profile, then break a ladder: the problem shows at its field and nothing is saved.
    await page.goto(`${host.origin}/#/settings/profiles/rutland`);
    await expect(page.getByRole('heading', { name: 'Independent Chairs escalation (dispute resolution) process', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Make a copy' }).click();
    await page.getByRole('dialog').getByLabel('Name of the copy').fill('Rutland – our working copy');
    await page.getByRole('dialog').getByLabel('Id of the copy').fill('rutland-ours');
    await page.getByRole('button', { name: 'Make the copy' }).click();
    await expect(page.getByRole('heading', { name: 'Rutland – our working copy', level: 1 })).toBeVisible();
    const stage2 = page.getByRole('group', { name: 'Stage 2', exact: true });
    await stage2.getByLabel('Key').fill('stage-1');
    await expect(stage2.getByText('This repeats the stage key "stage-1" already used by ladders[0].stages[0]; keys must be unique.')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Fix these before saving' })).toContainText('ladders[0].stages[1].key');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(stage2.getByText(/This repeats the stage key/)).toBeVisible();
    await shot(page, '04-profile-problem');
    await expectNoSeriousA11yViolations(page);

    // Fix it, change a timescale, save, and make the copy the tracker's procedure.
    await stage2.getByLabel('Key').fill('stage-2');
    await page.getByRole('group', { name: 'Stage 1', exact: true }).getByLabel('Response time: number of working days').fill('7');
    await page.getByLabel('Add a closure day').fill('2025-12-29');
    await page.getByRole('button', { name: 'Add day' }).click();
    // Issues 33 and 34: the follow-up rule and the route for concerns about a chair are edited here too.
    await page.getByRole('spinbutton', { name: /Check after \(working days\)/ }).fill('15');
    const concernStage2 = page.getByRole('group', { name: 'Concern stage 2', exact: true });
    await concernStage2.getByLabel('Handled by (role)').fill('Head of Safeguarding and Quality Assurance');
    await concernStage2.getByRole('combobox', { name: 'Formal response within: counted in' }).selectOption('workingDays');
    await concernStage2.getByLabel('Formal response within: number of working days').fill('20');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(/^Saved at \d\d:\d\d\. Escalations already under way keep the due dates/)).toBeVisible();
    await page.getByRole('button', { name: 'Use this profile for the tracker' }).click();
    await expect(page.getByText('In use', { exact: true })).toBeVisible();
    await shot(page, '05-profile-saved');
    const saved = await apiCall<{ profile: { rules: { followUp: { checkAfterWorkingDays: number } }; chairConcerns: { stages: { handledBy: string; responseTime: unknown }[] } } }>(host, 'profiles.get', { id: 'rutland-ours' });
    expect(saved.profile.rules.followUp.checkAfterWorkingDays).toBe(15);
    expect(saved.profile.chairConcerns.stages[1]).toMatchObject({ handledBy: 'Head of Safeguarding and Quality Assurance', responseTime: { workingDays: 20 } });
    await page.goto(`${host.origin}/#/settings`);
    await expect(page.getByText(/The tracker follows Rutland – our working copy/)).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('import journey: map the columns, dry run with a row-by-row report, import with progress, then audit', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'et-e2e-import-'));
  const file = join(dir, 'Escalation tracker 2024-25.xlsx');
  writeFileSync(file, await messyTrackerXlsx());
  const host: RunningHost = await startHostProcess({ db: join(dir, 'tracker.sqlite'), user: 'Sam Patel', now: NOW });
  try {
    await page.goto(`${host.url}#/settings`);
    await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
    await expect(page.getByRole('heading', { name: 'Import from the old spreadsheet tracker' })).toBeVisible();
    await page.getByLabel('Spreadsheet file (.xlsx or .csv)').setInputFiles(file);
    await expect(page.getByLabel('Row with the column names')).toHaveValue('3');
    await expect(page.getByLabel('Date raised')).toHaveValue('Date raised');
    await expect(page.getByLabel('Case ID')).toHaveValue('LCS ID');
    await expectNoSeriousA11yViolations(page);
    await shot(page, '06-import-mapping');

    await page.getByRole('button', { name: 'Check every row (dry run)' }).click();
    const summary = page.getByText(/^Dry run \(nothing was written\)/);
    await expect(summary).toHaveText('Dry run (nothing was written): 13 rows in “Tracker 2024-25”: 5 would be imported, 5 rejected, 1 duplicate, 0 already imported, 2 blank. 5 new children.');
    await expect(page.getByRole('row', { name: /^8 Rejected/ })).toContainText('the stage "Stage 7" is not a stage of the Dispute resolution ladder');
    await expect(page.getByRole('row', { name: /^9 Duplicate/ })).toContainText('same case ID, date raised and stage as row 4');
    await expectNoSeriousA11yViolations(page);
    await shot(page, '07-import-dry-run');

    await page.getByRole('button', { name: 'Import 5 escalations' }).click();
    await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    await expect(page.getByText('5 of 5 escalations written')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    await shot(page, '08-import-done');

    await page.getByRole('link', { name: 'Tracker' }).click();
    await expect(page.getByRole('heading', { name: 'Escalations' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Jordan Ellis/ })).toBeVisible();

    await page.getByRole('link', { name: 'Audit' }).click();
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Import of Escalation tracker 2024-25.xlsx completed' })).toBeVisible();
    await page.getByLabel('Child').selectOption({ label: 'Amira Said (LCS-1002)' });
    await expect(page.getByText('4 entries, newest first')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shot(page, '09-audit');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    expect((await download).suggestedFilename()).toBe('escalation-tracker-audit-2025-03-03.csv');
  } finally {
    await host.stop();
  }
});
