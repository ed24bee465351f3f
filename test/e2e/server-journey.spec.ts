import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addChild, apiCall, expectNoSeriousA11yViolations } from '../support/e2e-helpers';
import { startHostProcess } from '../support/web-host-process';
import type { EscalationDetail } from '../../shared/api/outputs';
import { getBuiltinProfile } from '../../shared/profile/builtin';
// @ts-expect-error plain Node module without types
import { createDatabase, startCluster, stopCluster } from '../../scripts/pg-cluster.mjs';

// The same app on a PostgreSQL server (issue 32): a throw-away cluster (Debian's initdb + pg_ctl) for this file.
const clusterDir = mkdtempSync(join(tmpdir(), 'et-e2e-pg-'));
let adminUrl = '';
const temp = () => mkdtempSync(join(tmpdir(), 'et-e2e-server-'));
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/server-${name}.png`, fullPage: true });

test.beforeAll(async () => {
  adminUrl = ((await startCluster(clusterDir)) as { adminUrl: string }).adminUrl;
});
test.afterAll(() => stopCluster(clusterDir));

const freshDatabase = (name: string): Promise<string> => createDatabase(adminUrl, name) as Promise<string>;

test('two desktops on a PostgreSQL server: a raise appears on the other tracker by itself, a note comes back, and the address never shows the password', async ({ browser }) => {
  const db = await freshDatabase('team_north');
  const sam = await startHostProcess({ data: temp(), db, user: 'Sam Patel' });
  const ann = await startHostProcess({ data: temp(), db, user: 'Ann Okafor' });
  const samPage = await (await browser.newContext()).newPage();
  const annPage = await (await browser.newContext()).newPage();
  try {
    // Everyone's open escalations (a query without scope), not only her own.
    await annPage.goto(`${ann.url}#/tracker?status=open`);
    await expect(annPage.getByRole('heading', { name: 'Escalations' })).toBeVisible();
    await expect(annPage.getByText('0 escalations')).toBeVisible();

    // Sam raises a concern on his desktop.
    const child = await addChild(sam, { name: 'Riley Shaw' });
    const category = getBuiltinProfile('iro-handbook')!.categories[0]!.key;
    const e = await apiCall<EscalationDetail>(sam, 'escalations.raise', {
      childId: child.id,
      concern: { categoryKeys: [category], summary: 'Care plan not updated.', impactOnChild: 'Drift.', requestedAction: { what: 'Update the plan', who: 'Team Manager', byWhen: null }, expectedOutcomeKeys: [] },
      opId: `e2e-${Date.now()}-raise`,
    });
    // Ann's tracker shows it without her doing anything (the server's notification, then the change feed).
    await expect(annPage.getByRole('row', { name: /Riley Shaw/ })).toBeVisible({ timeout: 10_000 });
    await expectNoSeriousA11yViolations(annPage);
    await shot(annPage, 'tracker');

    // Ann adds a note; Sam's open escalation shows it.
    await samPage.goto(`${sam.url}#/escalations/${e.row.id}`);
    await expect(samPage.getByRole('heading', { name: /Escalation for Riley Shaw/ })).toBeVisible();
    await annPage.goto(`${ann.url}#/escalations/${e.row.id}`);
    await annPage.getByRole('button', { name: 'Add a note' }).click();
    await annPage.getByRole('textbox', { name: 'Note' }).fill('Ann: social worker on leave until Monday.');
    await annPage.getByRole('form', { name: 'Add a note' }).getByRole('button', { name: 'Add a note' }).click();
    await expect(samPage.getByRole('list', { name: 'History' })).toContainText('Ann: social worker on leave until Monday.', { timeout: 10_000 });
    await shot(samPage, 'escalation');

    // Settings → Tracker names the server, never the password.
    await samPage.getByRole('link', { name: 'Settings' }).click();
    const section = samPage.getByRole('region', { name: 'Tracker file' });
    await expect(section).toContainText(/postgres:\/\/postgres@127\.0\.0\.1:\d+\/team_north/);
    await expect(samPage.locator('body')).not.toContainText(new URL(adminUrl).password);
    await section.getByRole('button', { name: 'Check the tracker' }).click();
    await expect(section.getByRole('status')).toContainText('healthy');
    await expectNoSeriousA11yViolations(samPage);
    await shot(samPage, 'settings');

    // Switching to another server's tracker from Settings: the address in parts, a wrong password said plainly.
    const other = await freshDatabase('team_south');
    await section.getByRole('button', { name: 'Use another tracker…' }).click();
    const form = samPage.getByRole('form', { name: 'A PostgreSQL server' });
    const admin = new URL(adminUrl);
    await form.getByRole('textbox', { name: 'Server' }).fill(admin.hostname);
    await form.getByRole('textbox', { name: 'Port' }).fill(admin.port);
    await form.getByRole('textbox', { name: 'Database' }).fill(new URL(other).pathname.slice(1));
    await form.getByRole('textbox', { name: 'User name' }).fill(admin.username);
    await form.getByRole('checkbox', { name: /Use TLS/ }).uncheck();
    await expect(form).toContainText('cannot keep passwords');
    await form.getByRole('button', { name: 'Connect to the server' }).click();
    await expect(section.getByRole('alert')).toContainText('Enter the password');
    await samPage.getByLabel('Password').fill('not-the-password');
    await form.getByRole('button', { name: 'Connect to the server' }).click();
    await expect(section.getByRole('alert')).toContainText('refused the password');
    await expectNoSeriousA11yViolations(samPage);
    await shot(samPage, 'server-form');
    await samPage.getByLabel('Password').fill(decodeURIComponent(admin.password));
    await form.getByRole('button', { name: 'Connect to the server' }).click();
    await expect(section).toContainText(/team_south/);
    await expect(samPage.getByRole('banner')).toContainText('team_south');
  } finally {
    await sam.stop();
    await ann.stop();
  }
});
