/// <reference lib="dom" />
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { chromiumLaunch } from '../../playwright.config';
import { startDesktopMain, type DesktopMain } from '../support/desktop-bridge';
import { runAction } from '../support/e2e-helpers';
import type { Api } from '../../shared/api/contract';

declare global {
  interface Window {
    api?: Api;
  }
}

// The desktop path without the Electron binary: the built main bundle runs in Node with a stand-in
// `electron` module (test/support/electron-stand-in), the real built preload bundle runs in the page against
// an ipcRenderer that reaches main's registered handler, and the renderer uses window.api — never the web
// host's HTTP client. Electron serves file:// pages to ES modules; plain Chromium needs the flag for that.
test.use({ launchOptions: { ...chromiumLaunch, args: [...chromiumLaunch.args, '--allow-file-access-from-files'] } });

const root = join(import.meta.dirname, '..', '..');
let main: DesktopMain;
let userData: string;
test.beforeAll(() => {
  // The bundles under test are the ones `npm start` would run: build them from this tree.
  execFileSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], { cwd: root, stdio: 'ignore' });
});
test.beforeEach(async () => {
  userData = mkdtempSync(join(tmpdir(), 'et-desktop-'));
  main = await startDesktopMain(userData);
});
test.afterEach(async () => main.close());

const kinds = (kind: string) => main.records.filter((r) => r.kind === kind);

test('desktop: every API function the preload exposes reaches a handler main registered', async ({ page }) => {
  expect(main.channels).toEqual(['api']);
  expect(kinds('window.created')[0]!.detail.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  await main.attach(page);
  // A string is never valid input, so every channel answers INVALID from main's dispatcher without
  // doing anything; NOT_FOUND or a rejected invoke would mean the preload offers what main lacks.
  const answers = await page.evaluate(async () => {
    const api = window.api as unknown as Record<string, (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>;
    const out: Record<string, string> = {};
    for (const name of Object.keys(api)) out[name] = await api[name]!('probe').then((r) => (r.ok ? 'ok' : r.error!.code), (e: Error) => `rejected: ${e.message}`);
    return out;
  });
  expect(Object.keys(answers).length).toBeGreaterThan(40);
  expect(Object.entries(answers).filter(([, code]) => code !== 'INVALID')).toEqual([]);
});

test('desktop: choose a folder through the dialog, raise, escalate, make a letter and open it — all through window.api', async ({ page }) => {
  await main.attach(page);
  expect(await page.evaluate(() => typeof window.api?.['app.info'])).toBe('function');
  // The HTTP client is never used: any request to /api/ would be the web host's path.
  const httpCalls: string[] = [];
  page.on('request', (r) => void (r.url().includes('/api/') && httpCalls.push(r.url())));

  // First run: no tracker yet. Create one in a folder chosen in the native dialog.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const folder = mkdtempSync(join(tmpdir(), 'et-desktop-share-'));
  main.answerDialog({ canceled: false, filePaths: [folder] });
  const create = page.getByRole('form', { name: 'Create a new tracker in a folder' });
  await create.getByRole('button', { name: 'Browse…' }).click();
  await expect(create.getByRole('textbox', { name: 'Folder' })).toHaveValue(folder);
  expect(kinds('dialog.showOpenDialog')[0]!.detail.options).toMatchObject({ title: 'Choose the folder for the new tracker', properties: ['openDirectory', 'createDirectory'] });
  await create.getByRole('button', { name: 'Create tracker' }).click();

  // Who am I (the first person becomes the administrator), then the app restarts as that person.
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await page.getByRole('button', { name: 'Start using the tracker' }).click();
  // The app opens on a chair's day.
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  expect(existsSync(join(folder, 'escalation-tracker.sqlite'))).toBe(true);

  await page.getByRole('link', { name: 'Children' }).click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Name of child').fill('Riley Desktop');
  await page.getByLabel('Case ID').fill('DESK-1');
  await page.getByRole('button', { name: 'Save child' }).click();
  await expect(page.getByRole('heading', { name: 'Riley Desktop' })).toBeVisible();

  const profile = await page.evaluate(async () => {
    const r = await window.api!['profile.active']({});
    if (!r.ok) throw new Error(r.error.message);
    return { category: r.data.categories[0]!.label };
  });
  await page.getByRole('button', { name: 'Raise a concern' }).click();
  await page.getByRole('checkbox', { name: profile.category, exact: true }).check();
  await page.getByRole('textbox', { name: 'Brief summary of concern(s)' }).fill('Care plan not updated after placement move.');
  await page.getByRole('textbox', { name: 'Impact on the child' }).fill('Carers do not know the plan.');
  await page.getByRole('textbox', { name: 'What', exact: true }).fill('Update the care plan and share it');
  await page.getByRole('textbox', { name: 'Who', exact: true }).fill('Team Manager');
  await page.getByRole('button', { name: 'Raise concern' }).click();
  await expect(page.getByRole('heading', { name: /Escalation for Riley Desktop/ })).toBeVisible();

  const stages = page.getByRole('list', { name: 'Stages' });
  const before = await stages.locator('[aria-current="step"]').innerText();
  await runAction(page, 'Escalate to the next stage', async (p) => p.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No reply to the first letter'));
  await expect(stages.locator('[aria-current="step"]')).not.toHaveText(before);

  // A letter for the stage now open, made in one click and opened with Word (shell.openPath).
  const panel = page.getByRole('region', { name: 'Letters' });
  await panel.getByRole('button', { name: 'Create letter' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved ');
  const fileName = /Saved (.+?\.docx)/.exec(await panel.getByRole('status').innerText())![1]!;
  await panel.getByRole('button', { name: `Open ${fileName}` }).click();
  await expect.poll(() => kinds('shell.openPath').length).toBeGreaterThan(0);
  const opened = String(kinds('shell.openPath').at(-1)!.detail.path);
  expect(opened.endsWith(fileName)).toBe(true);
  const zip = await JSZip.loadAsync(readFileSync(opened));
  expect(await zip.file('word/document.xml')!.async('string')).toContain('Riley Desktop');
  await page.screenshot({ path: 'test-results/screenshots/desktop-path-escalation.png', fullPage: true });

  expect(httpCalls).toEqual([]);
  expect(kinds('error')).toEqual([]);
});
