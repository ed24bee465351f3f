/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { addChild, expectNoSeriousA11yViolations, raiseThrough } from '../support/e2e-helpers';

/* Dates and figures a chair can trust (issue 29): seen on the pages the issue names, in both themes. */
const NOW = '2026-12-04T10:00:00Z'; // Friday 4 December 2026
const dbFor = (name: string) => join(mkdtempSync(join(tmpdir(), `et-dates-${name}-`)), `${name}.sqlite`);

async function bothThemes(page: Page, name: string, check: () => Promise<void>) {
  for (const contrast of [false, true]) {
    if (contrast) await page.getByRole('button', { name: 'High contrast' }).click();
    await check();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `test-results/screenshots/dates-${name}${contrast ? '-contrast' : ''}.png`, fullPage: true });
  }
}

async function withHost(profile: string, run: (h: RunningHost) => Promise<void>) {
  const h = await startHostProcess({ db: dbFor(profile), user: 'Sam Patel', profile, now: NOW });
  try {
    await run(h);
  } finally {
    await h.stop();
  }
}

test('Devon: a RED stage overdue for weeks reads in weeks, and the next stage is projected from today, not into the past', async ({ page }) => {
  await withHost('devon', async (h) => {
    // Raised RED (24 hours) at 10:12 on Friday 13 November: its clock ran out just under three weeks ago.
    const id = await raiseThrough(h, 'devon', 'looked-after', { startAt: 'stage-1', urgency: 'red', happenedOn: '2026-11-13', happenedTime: '10:12' });
    await page.goto(`${h.url}#/escalations/${id}`);
    await bothThemes(page, 'devon-overdue', async () => {
      await expect(page.getByText('Overdue by 2 weeks').first()).toBeVisible();
      await expect(page.getByText(/Overdue by \d+ hours/)).toHaveCount(0);
      const stage2 = page.getByRole('list', { name: 'Stages' }).getByRole('listitem').filter({ hasText: 'Stage 2: Area Manager' }).first();
      await expect(stage2).toContainText('if it opened today');
      await expect(stage2).toContainText('December 2026');
      await expect(stage2).not.toContainText('November 2026');
    });
  });
});

test('Slough: after the informal challenge, which has no timescale, each formal stage shows its own', async ({ page }) => {
  await withHost('slough', async (h) => {
    const id = await raiseThrough(h, 'slough', 'looked-after', { startAt: 'informal' });
    await page.goto(`${h.url}#/escalations/${id}`);
    await bothThemes(page, 'slough-untimed', async () => {
      const stage1 = page.getByRole('list', { name: 'Stages' }).getByRole('listitem').filter({ hasText: 'Stage 1' }).first();
      await expect(stage1).toContainText('5 working days from when it opens');
      await expect(stage1).not.toContainText('No set timescale');
    });
  });
});

test('Haringey: the informal preview uses the review date the chair sets, typed as dd/mm/yyyy', async ({ page }) => {
  await withHost('haringey', async (h) => {
    const child = await addChild(h, { name: 'Mia Clarke', cohort: 'child-protection' });
    await page.goto(`${h.url}#/children/${child.id}/raise`);
    await page.getByRole('textbox', { name: 'Review by' }).fill('09/12/2026');
    await bothThemes(page, 'haringey-review', async () => {
      await expect(page.locator('#due-preview')).toHaveText('If you raise it now, the response is due by the end of Wed, 9 Dec 2026 (the review date you set).');
      // Every date box is typed as dd/mm/yyyy, whatever the machine's locale.
      await expect(page.getByRole('textbox', { name: /Date raised/ })).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    });
  });
});
