/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { apiCall, raiseThrough, runAction } from '../support/e2e-helpers';
import { getBuiltinProfile } from '../../shared/profile/builtin';

/* Procedures as they are written (issue 12), in the real UI on a real tracker, with "now" fixed. */
const NOW = '2025-07-02T09:00:00Z'; // Wednesday 2 July 2025, 10:00 in London

async function host(profile: string): Promise<RunningHost> {
  return startHostProcess({ db: join(mkdtempSync(join(tmpdir(), `et-proc-${profile}-`)), 't.sqlite'), user: 'Sam Patel', profile, now: NOW });
}

async function raise(h: RunningHost, page: Page, profileId: string, cohort: string, input: Record<string, unknown>): Promise<string> {
  const id = await raiseThrough(h, profileId, cohort, input);
  await page.goto(`${h.url}#/escalations/${id}`);
  await expect(page.getByRole('heading', { name: /Escalation for/ })).toBeVisible();
  return id;
}

/** Rutland at Stage 5 the way its procedure allows: straight to Stage 4 (a bypass it names), then moved on. */
async function rutlandAtStage5(h: RunningHost, page: Page, cohort: string): Promise<string> {
  const id = await raise(h, page, 'rutland', cohort, { startAt: 'stage-4', bypass: { reason: 'Serious and urgent' } });
  const got = await apiCall<{ version: number }>(h, 'escalations.get', { id });
  await apiCall(h, 'escalations.command', { id, version: got.version, opId: `e2e-up-${Date.now()}-${Math.random()}`, command: { kind: 'escalate', concernsRemaining: 'Director’s response not satisfactory' } });
  await page.goto(`${h.url}#/escalations/${id}`);
  await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Stage 5');
  return id;
}

test.describe('Rutland', () => {
  let h: RunningHost;
  test.beforeAll(async () => (h = await host('rutland')));
  test.afterAll(async () => h.stop());

  // seeds/004: "Stage 6: CAFCASS"; an IRO's referral to Cafcass concerns looked-after children.
  test('a child-protection case is refused Stage 6 with the sentence, while a looked-after case goes there', async ({ page }) => {
    await rutlandAtStage5(h, page, 'child-protection');
    const actions = page.getByRole('group', { name: 'Actions' });
    await expect(actions.getByRole('button', { name: 'Escalate to the next stage' })).toHaveCount(0);
    await expect(page.getByRole('note')).toContainText('Stage 6: CAFCASS cannot be used for children subject to a child protection plan');
    await expect(page.getByRole('list', { name: 'Stages' })).not.toContainText('Stage 6');
    await page.screenshot({ path: 'test-results/screenshots/rutland-cp-stage-5.png', fullPage: true });

    await rutlandAtStage5(h, page, 'looked-after');
    await runAction(page, 'Escalate to the next stage', async (p) => p.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No satisfactory response'));
    await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Stage 6: CAFCASS');
  });

  test('a stage closed as "no response" is escalated and shows so; a late escalation counts from its date', async ({ page }) => {
    // Raised (recorded late) on Monday 16 June: stage 1's 5 working days ended on Monday 23 June.
    await raise(h, page, 'rutland', 'child-protection', { startAt: 'stage-1', happenedOn: '2025-06-16' });
    await runAction(page, 'Escalate to the next stage', async (p) => {
      await expect(p.getByRole('checkbox', { name: /No response by the deadline/ })).toBeChecked();
      await p.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No reply from the Team Manager');
      await p.getByLabel('Date escalated').fill('2025-07-01');
    });
    const stages = page.getByRole('list', { name: 'Stages' });
    await expect(stages.getByRole('listitem').filter({ hasText: 'Stage 1' })).toContainText('No response — escalated');
    await expect(page.getByRole('list', { name: 'History' })).toContainText('No response — escalated to Stage 2');
    // Escalated on Tuesday 1 July (recorded on the 2nd): 5 working days from the 1st is Tuesday 8 July.
    await expect(stages.locator('[aria-current="step"]')).toContainText('Tuesday 8 July 2025');
    await page.screenshot({ path: 'test-results/screenshots/no-response-escalated.png', fullPage: true });
  });
});

test.describe('Devon', () => {
  let h: RunningHost;
  test.beforeAll(async () => (h = await host('devon')));
  test.afterAll(async () => h.stop());

  // seeds/003: "RED ... 24 hours".
  test('a RED escalation shows its time on the page and the tracker', async ({ page }) => {
    const formal = getBuiltinProfile('devon')!.ladders[0]!.stages[0]!.key;
    await raise(h, page, 'devon', 'looked-after', { startAt: formal, urgency: 'red', happenedOn: '2025-07-01', happenedTime: '20:20' });
    await expect(page.getByText('by 20:20 on Wednesday 2 July 2025').first()).toBeVisible();
    await expect(page.getByText(/\d+ hours? left/).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/devon-red.png', fullPage: true });
    await page.goto(`${h.url}#/tracker?scope=all`);
    await expect(page.locator('table[aria-label="Escalations"]')).toContainText('by 20:20 on Wednesday 2 July 2025');
    await page.screenshot({ path: 'test-results/screenshots/devon-red-tracker.png' });
  });
});
