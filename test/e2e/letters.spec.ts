/// <reference lib="dom" />
import { test, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import AxeBuilder from '@axe-core/playwright';
import { addChild, apiCall, expectNoSeriousA11yViolations } from '../support/e2e-helpers';

let host: RunningHost;
let dir: string;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'et-letters-'));
  host = await startHostProcess({ db: join(dir, 'tracker.sqlite'), user: 'Sam Patel', profile: 'lcs-form', now: '2025-03-03T10:00:00Z' });
});
test.afterAll(async () => host.stop());

async function raiseAtStage1(): Promise<{ id: string; caseId: string; name: string }> {
  const child = await addChild(host);
  const e = await apiCall<{ row: { id: string } }>(host, 'escalations.raise', {
    childId: child.id,
    startAt: 'stage-1',
    concern: { categoryKeys: ['failure-to-visit'], summary: 'Visits overdue for ten weeks', impactOnChild: 'Jordan has not seen a social worker since moving', requestedAction: { what: 'Statutory visit', who: 'Social Worker', byWhen: null } },
    opId: `e2e-${Date.now()}-${Math.random()}`,
  });
  return { id: e.row.id, caseId: child.caseId, name: child.name };
}

test('a chair makes the stage 1 letter from the escalation page in one click, and finds it listed and downloadable', async ({ page }) => {
  const e = await raiseAtStage1();
  await page.goto(`${host.url}#/escalations/${e.id}`);
  const panel = page.getByRole('region', { name: 'Letters' });
  await expect(panel.getByRole('combobox', { name: 'Letter or form' })).toHaveValue('0');
  await expect(panel.getByRole('combobox', { name: 'Letter or form' }).locator('option:checked')).toHaveText('Escalation form – Stage 1');
  // Sent means sent: the box starts unticked, and the chair ticks it because this letter goes now.
  const sentBox = panel.getByRole('checkbox', { name: /record “letter sent” today to Team Manager\/Deputy Team Manager/ });
  await expect(sentBox).not.toBeChecked();
  await sentBox.check();
  await panel.getByRole('checkbox', { name: 'Also write an email draft with the letter attached' }).check();
  await expectNoSeriousA11yViolations(page);

  await panel.getByRole('button', { name: 'Create letter' }).click();
  // Nobody has an address for the team manager: the draft asks for one rather than leave its To line blank.
  const address = panel.getByRole('textbox', { name: /^Email address of/ });
  await expect(address).toBeVisible();
  await address.fill('tom.barker@example.gov.uk');
  await panel.getByRole('button', { name: 'Create letter' }).click();
  const fileName = `2025-03-03 ${e.caseId} Stage 1 Escalation form.docx`;
  await expect(panel.getByRole('status')).toContainText(`Saved ${fileName}`);
  await expect(panel.getByRole('status')).toContainText('Recorded as sent today.');
  await expect(panel.getByRole('table', { name: 'Letters' })).toContainText(fileName);
  await expect(page.getByRole('list', { name: 'History' })).toContainText(/letter/i);
  expect(existsSync(join(dir, 'Letters', e.caseId, fileName))).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/letters-panel.png', fullPage: true });
  await expectNoSeriousA11yViolations(page);

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: `Download ${fileName}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  const saved = join(dir, 'downloaded.docx');
  await download.saveAs(saved);
  expect(readFileSync(saved).equals(readFileSync(join(dir, 'Letters', e.caseId, fileName)))).toBe(true);
  await expect(panel.getByRole('button', { name: /Download the email draft/ })).toBeVisible();
});

test('letters for several escalations show their progress and each result', async ({ page }) => {
  await raiseAtStage1();
  await raiseAtStage1();
  await page.goto(`${host.url}#/letters`);
  await expect(page.getByRole('heading', { name: 'Letters for several escalations' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption('stage-1');
  const create = page.getByRole('button', { name: /^Create \d+ letters?$/ });
  await expect(create).toBeEnabled();
  const count = Number(/\d+/.exec((await create.textContent()) ?? '')![0]);
  expect(count).toBeGreaterThanOrEqual(2);
  await expectNoSeriousA11yViolations(page);
  await create.click();
  await expect(page.getByText(`Letters made: ${count} of ${count}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Letters made' }).getByRole('row')).toHaveCount(count + 1);
  await page.screenshot({ path: 'test-results/screenshots/letters-batch.png', fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test('Settings shows the letterhead and the team templates with every placeholder', async ({ page }) => {
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('textbox', { name: 'Authority name' }).fill('Borsetshire County Council');
  await page.getByRole('button', { name: 'Save letter settings' }).click();
  await expect(page.getByText('Letter settings saved.')).toBeVisible();
  await page.getByRole('button', { name: 'All placeholders' }).click();
  await expect(page.getByRole('table', { name: 'Placeholders' })).toContainText('{{child.name}}');
  await expect(page.getByRole('table', { name: 'Placeholders' })).toContainText('{{categories.label}}');
  await page.getByLabel('Template file (.docx)').setInputFiles({ name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a word file') });
  await page.getByRole('button', { name: 'Upload template' }).click();
  await expect(page.getByRole('alert')).toContainText('broken.docx is not a Word document (.docx) or it is damaged');
  await page.screenshot({ path: 'test-results/screenshots/letters-settings.png', fullPage: true });
  // Only this area's sections: the rest of the Settings page belongs to other areas and their own tests.
  const results = await new AxeBuilder({ page })
    .include('section[aria-labelledby="settings-letters"]')
    .include('section[aria-labelledby="settings-templates"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
