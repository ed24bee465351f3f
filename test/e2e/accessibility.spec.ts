import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { expectNoSeriousA11yViolations } from '../support/e2e-helpers';

const root = join(import.meta.dirname, '..', '..');
let host: RunningHost;

test.beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'et-a11y-')), 'demo.sqlite');
  const seeded = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'cli', 'index.ts'), 'seed', '--db', db, '--escalations', '300', '--profile', 'devon'], { encoding: 'utf8' });
  expect(seeded.status, seeded.stderr).toBe(0);
  host = await startHostProcess({ db, user: 'Kemi Adebayo' });
});
test.afterAll(async () => host.stop());

for (const highContrast of [false, true]) {
  test(`every page passes axe (WCAG 2.2 AA) ${highContrast ? 'in the high-contrast theme' : 'in the light theme'}, with screenshots`, async ({ page }) => {
    const suffix = highContrast ? '-high-contrast' : '';
    await page.goto(`${host.url}#/tracker?scope=all`);
    await expect(page.locator('table[aria-label="Escalations"] tbody a').first()).toBeVisible();
    if (highContrast) await page.getByRole('button', { name: 'High contrast' }).click();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `test-results/screenshots/tracker${suffix}.png` });

    await page.locator('table[aria-label="Escalations"] tbody a').first().click();
    await expect(page.getByRole('heading', { name: /Escalation for/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('group', { name: 'Actions' }).getByRole('button').first().click();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `test-results/screenshots/escalation${suffix}.png`, fullPage: true });

    await page.getByRole('heading', { name: /Escalation for/ }).getByRole('link').click();
    await expect(page.getByRole('button', { name: 'Raise a concern' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `test-results/screenshots/child${suffix}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('heading', { name: /^Edit / })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Children' }).click();
    await expect(page.getByRole('heading', { name: 'Children' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Help' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
  });
}

test('tracker filters, sort, saved views and CSV export work against the seeded tracker', async ({ page }) => {
  await page.goto(`${host.url}#/tracker?scope=all&status=any`);
  const count = page.locator('#tracker-count');
  await expect(count).toContainText('300 escalations');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('open');
  await expect(count).toHaveText(/^\d+ escalations? · All open escalations/);
  const openText = await count.innerText();
  expect(openText).not.toContain('300 escalations');
  await page.getByRole('button', { name: /^Child/ }).click();
  await expect(page.getByRole('columnheader', { name: /Child/ })).toHaveAttribute('aria-sort', 'ascending');
  const names = await page.locator('table[aria-label="Escalations"] tbody tr td:first-child a').allInnerTexts();
  expect(names.slice(0, 10)).toEqual([...names.slice(0, 10)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || 0));
  await page.getByLabel('Save these filters as').fill('Open by child');
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('any');
  await expect(count).toContainText('300 escalations');
  await page.getByRole('combobox', { name: 'Saved views' }).selectOption({ label: 'Open by child' });
  await expect(count).toContainText(openText.split(' · ')[0]!);
  await expect(page.getByRole('columnheader', { name: /Child/ })).toHaveAttribute('aria-sort', 'ascending');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export view to CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^escalations \d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await file.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString('utf8').trim().split(/\r\n/);
  expect(lines[0]).toContain('Case ID');
  expect(lines.length - 1).toBe(Number(openText.split(' ')[0]));
});
