import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { expectNoSeriousA11yViolations } from '../support/e2e-helpers';
import { buildReportScenario } from '../support/report-scenario';
import { runCli } from '../../electron/cli/index';
import { figureTables, formatValue, summaryKind } from '../../shared/reports/figure-tables';
import type { PeriodReport } from '../../shared/api/reports-outputs';

const NOW = '2025-07-10T10:00:00Z';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/reports-${name}.png`, fullPage: true });

let db: string;
let ids: Record<string, string>;

test.beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'et-e2e-reports-')), 'tracker.sqlite');
  const scenario = await buildReportScenario({ file: db });
  ids = scenario.ids;
  await scenario.services.close();
});

/** The tracker's rows (its table is labelled "Escalations"). */
const trackerRows = (page: Page) => page.getByRole('table', { name: 'Escalations' }).locator('tbody tr');

async function cliReport(): Promise<PeriodReport> {
  let out = '';
  const code = await runCli(['report', '--db', db, '--from', '2025-04-01', '--to', '2025-06-30', '--json', '--profile', 'iro-handbook', '--now', NOW], { out: (t) => (out += t), err: () => undefined, now: () => new Date(NOW) });
  expect(code).toBe(0);
  return JSON.parse(out) as PeriodReport;
}

test('the QA manager reads the dashboard and every figure opens exactly those escalations in the tracker', async ({ page }) => {
  const host: RunningHost = await startHostProcess({ db, user: 'Sam Patel', now: NOW, profile: 'iro-handbook' });
  try {
    await page.goto(`${host.url}#/reports`);
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: '1 open escalations: show them' })).toBeVisible();
    await expect(page.getByRole('link', { name: '1 overdue now: show them' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Open escalations by stage (table)' })).toContainText('Stage 4: Director of Children’s Services');
    await expect(page.getByRole('table', { name: 'New and closed escalations, last 12 months (table)' })).toContainText('Apr 2025');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'dashboard');

    const overdue = page.getByRole('link', { name: '1 overdue now: show them' });
    await expect(overdue).toHaveAttribute('href', '#/tracker?status=open&overdue=1');
    await overdue.click();
    await expect(trackerRows(page)).toHaveCount(1);
    await expect(trackerRows(page).first()).toContainText('Leo Murphy');

    await page.goto(`${host.url}#/reports`);
    const byTeam = page.getByRole('table', { name: 'Open escalations by team (table)' });
    const south = byTeam.getByRole('link', { name: /^1 – open, South: show in the tracker$/ });
    await expect(south).toHaveAttribute('href', '#/tracker?status=open&team=South');
    await south.click();
    await expect(trackerRows(page)).toHaveCount(1);
  } finally {
    await host.stop();
  }
});

test('the quarterly report on screen shows the same figures as the command line, and downloads as Word', async ({ page }) => {
  const host: RunningHost = await startHostProcess({ db, user: 'Sam Patel', now: NOW, profile: 'iro-handbook' });
  try {
    const fromCli = await cliReport();
    await page.goto(`${host.url}#/reports/period`);
    await expect(page.getByText('Q1 2025/26 (1 April to 30 June 2025), compared with Q4 2024/25 (1 January to 31 March 2025).')).toBeVisible();
    await expect(page.getByText('3 of 5 stage responses (60%) were within the timescale')).toBeVisible();
    const summary = page.getByRole('table', { name: 'Summary' });
    for (const row of figureTables([fromCli.current, fromCli.previous])[0]!.rows) {
      const cells = row.values.map((v) => formatValue(v[0] ?? null, summaryKind(row.key)));
      await expect(summary.getByRole('row').filter({ has: page.getByRole('cell', { name: row.label, exact: true }) })).toContainText(cells.join(''));
    }
    // The QA manager writes the commentary the Word report prints (issue 16).
    await page.getByLabel('Commentary for the Word report').fill('Timeliness held up at stage 1; stage 2 responses were late while the post was vacant.');
    await page.getByRole('button', { name: 'Save commentary' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Commentary saved. It is printed in the Word report.' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'quarterly');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Word report' }).click();
    expect((await download).suggestedFilename()).toBe('escalation-report-Q1-2025-26.docx');

    const initiated = summary.getByRole('link', { name: /^3: Escalations initiated, Q1 2025\/26/ });
    await expect(initiated).toHaveAttribute('href', '#/tracker?status=any&from=2025-04-01&to=2025-06-30');
    await initiated.click();
    await expect(trackerRows(page)).toHaveCount(3);
    for (const name of ['Leo Murphy', 'Mia Nowak', 'Kai Hughes']) await expect(page.getByRole('table', { name: 'Escalations' })).toContainText(name);
  } finally {
    await host.stop();
  }
});

test('the annual figures give the financial year by quarter, for the IRO annual report', async ({ page }) => {
  const host: RunningHost = await startHostProcess({ db, user: 'Sam Patel', now: NOW, profile: 'iro-handbook' });
  try {
    await page.goto(`${host.url}#/reports/annual`);
    await expect(page.getByText('2024/25 (1 April 2024 to 31 March 2025), by quarter, compared with 2023/24.')).toBeVisible();
    const initiated = page.getByRole('table', { name: 'Summary' }).getByRole('row').filter({ has: page.getByRole('cell', { name: 'Escalations initiated', exact: true }) });
    // Q1–Q3 2024/25 had none; Q4 (January to March 2025) had E, F and A.
    await expect(initiated).toContainText('Escalations initiated000330');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'annual');
  } finally {
    await host.stop();
  }
});

test('a themed concern is followed from the escalation to its own page and added to', async ({ page }) => {
  const host: RunningHost = await startHostProcess({ db, user: 'Sam Patel', now: NOW, profile: 'iro-handbook' });
  try {
    await page.goto(`${host.url}#/escalations/${ids.B}`);
    const panel = page.getByRole('region', { name: 'Themed concerns' });
    await expect(panel).toContainText('Placement sufficiency for teenagers');
    await panel.getByRole('link', { name: 'Placement sufficiency for teenagers' }).click();
    await expect(page.getByRole('heading', { name: /Placement sufficiency for teenagers/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('textbox', { name: /Evidence to add/ }).fill('Four teenagers placed out of area this quarter');
    await page.getByRole('button', { name: 'Add evidence' }).last().click();
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Evidence added: Four teenagers placed out of area this quarter');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'theme');

    await page.getByRole('link', { name: 'Themes' }).click();
    await expect(page.getByRole('table', { name: 'Themed concerns' })).toContainText('Placement sufficiency for teenagers');
    await expectNoSeriousA11yViolations(page);
  } finally {
    await host.stop();
  }
});
