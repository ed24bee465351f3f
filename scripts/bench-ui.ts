/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { startHostProcess } from '../test/support/web-host-process';
import { chromiumLaunch } from '../playwright.config';

export interface UiBenchmark {
  uiFirstRowsMs: number | null;
  uiInteractionMs: number | null;
  detail: Record<string, number> | null;
  reason?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Waits until the tracker's count line changes from `before` and a row link is shown. */
async function settled(page: Page, before: string): Promise<void> {
  await page.waitForFunction(
    (prev) => {
      const status = document.getElementById('tracker-count')?.textContent ?? '';
      return status !== prev && !status.startsWith('Loading') && document.querySelector('table[aria-label="Escalations"] tbody a') !== null;
    },
    before,
    { timeout: 10_000, polling: 5 },
  );
}

const countText = (page: Page) => page.locator('#tracker-count').innerText();

/**
 * The tracker in real Chromium against the web host on a big tracker: time from navigation to the first
 * rows, and from a search / a filter change / a sort to the updated rows (median of `runs`).
 */
export async function runUiBenchmark(db: string, runs = 5): Promise<UiBenchmark> {
  if (!existsSync(chromiumLaunch.executablePath)) return { uiFirstRowsMs: null, uiInteractionMs: null, detail: null, reason: `Chromium not installed at ${chromiumLaunch.executablePath}` };
  if (!existsSync('dist/renderer/index.html')) return { uiFirstRowsMs: null, uiInteractionMs: null, detail: null, reason: 'renderer not built (npm run build:renderer)' };
  const host = await startHostProcess({ db, user: 'Sam Patel' });
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const first: number[] = [];
    const search: number[] = [];
    const filter: number[] = [];
    const sort: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      let t = performance.now();
      await page.goto(`${host.url}#/tracker?scope=all`);
      await page.waitForSelector('table[aria-label="Escalations"] tbody a', { timeout: 15_000 });
      first.push(performance.now() - t);

      let before = await countText(page);
      t = performance.now();
      await page.getByLabel('Search child or case ID').fill(`DEMO-10${i}`);
      await settled(page, before);
      search.push(performance.now() - t);

      before = await countText(page);
      await page.getByLabel('Search child or case ID').fill('');
      await settled(page, before);
      before = await countText(page);
      t = performance.now();
      await page.getByRole('combobox', { name: 'Status' }).selectOption(i % 2 ? 'closed' : 'any');
      await settled(page, before);
      filter.push(performance.now() - t);

      const firstCell = await page.locator('table[aria-label="Escalations"] tbody a').first().innerText();
      t = performance.now();
      await page.getByRole('button', { name: /^Child/ }).click();
      await page.waitForFunction((prev) => document.querySelector('table[aria-label="Escalations"] tbody a')?.textContent !== prev, firstCell, { timeout: 10_000, polling: 5 });
      sort.push(performance.now() - t);
      await page.close();
    }
    const detail = { firstRows: median(first), search: median(search), filter: median(filter), sort: median(sort) };
    return { uiFirstRowsMs: Math.round(detail.firstRows), uiInteractionMs: Math.round(Math.max(detail.search, detail.filter, detail.sort)), detail: Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, Math.round(v)])) };
  } finally {
    await browser.close();
    await host.stop();
  }
}

if (process.argv[1]?.endsWith('bench-ui.ts')) {
  const db = process.argv[2];
  if (!db) {
    console.error('Usage: npm run bench:ui -- TRACKER_FILE   (make one with: npm run -s cli -- seed --db FILE --escalations 50000)');
    process.exit(2);
  }
  runUiBenchmark(db).then((r) => console.log(JSON.stringify(r)), (e: unknown) => (console.error(e), process.exit(1)));
}
