/// <reference lib="dom" />
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { addChild, apiCall, expectNoSeriousA11yViolations, runAction } from '../support/e2e-helpers';
import { getBuiltinProfile } from '../../shared/profile/builtin';

// Haringey, seeds/001: "If the IRO considers the response to be unsatisfactory then a Dispute Resolution
// Meeting should be convened within 5 working days". Raised at Stage 3 on Monday 2 November 2026.
const RAISED = '2026-11-02T09:30:00Z';
const LATER = '2026-11-06T14:00:00Z'; // Friday
const haringey = getBuiltinProfile('haringey')!;
let host: RunningHost;
let escalationId: string;

test.beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'et-steps-')), 'haringey.sqlite');
  const before = await startHostProcess({ db, user: 'Sam Patel', profile: 'haringey', now: RAISED });
  try {
    const child = await addChild(before, { name: 'Amara Hughes', cohort: 'child-protection' });
    const e = await apiCall<{ row: { id: string } }>(before, 'escalations.raise', {
      childId: child.id,
      startAt: 'stage-3',
      bypass: { reason: 'Serious: straight to the Head of Service.' },
      concern: { categoryKeys: [haringey.categories.find((c) => c.cohorts.includes('child-protection'))!.key], summary: 'Core groups not held for eight weeks', impactOnChild: 'Nobody is checking the safety plan', requestedAction: { what: 'Hold a core group', who: 'Head of Service', byWhen: null }, expectedOutcomeKeys: [] },
      opId: `e2e-steps-${Date.now()}`,
    });
    escalationId = e.row.id;
  } finally {
    await before.stop();
  }
  host = await startHostProcess({ db, user: 'Sam Patel', profile: 'haringey', now: LATER });
});
test.afterAll(async () => host?.stop());

test('Haringey Stage 3: the response judged unsatisfactory opens the Dispute Resolution Meeting with its own clock; held, it lets the escalation go on', async ({ page }) => {
  await page.goto(`${host.url}#/escalations/${escalationId}`);
  const stage3Steps = page.getByRole('list', { name: 'Steps of Stage 3: Head of Service' });
  await expect(stage3Steps.getByRole('listitem')).toHaveText([
    'Head of Service written response: response due Monday 9 November 2026',
    'Dispute Resolution Meeting (if unsatisfactory): not yet open, would be due Monday 16 November 2026',
  ]);
  await expect(page.getByText('Next step', { exact: true })).toBeVisible();
  await runAction(page, 'Record response', async (p) => {
    const form = p.getByRole('form', { name: 'Record response' });
    await form.getByRole('textbox', { name: 'What are you doing / have done' }).fill('We will review the plan at the next core group.');
    await form.getByRole('textbox', { name: 'Who' }).fill('Head of Service');
  });
  // A response another step waits on needs the chair's judgement: it stays open until the chair records it.
  await expect(stage3Steps.getByRole('listitem').first()).toHaveText('Head of Service written response: response due Monday 9 November 2026');
  await runAction(page, 'Record a step', async (p) => {
    const form = p.getByRole('form', { name: 'Record a step' });
    await form.getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Head of Service written response (due by Mon, 9 Nov 2026)' });
    await form.getByRole('combobox', { name: 'How it ended' }).selectOption({ label: 'Unsatisfactory' });
    await expectNoSeriousA11yViolations(p);
    await p.screenshot({ path: 'test-results/screenshots/steps-record-step.png', fullPage: true });
  });
  await expect(stage3Steps.getByRole('listitem')).toHaveText([
    'Head of Service written response: Unsatisfactory',
    'Dispute Resolution Meeting (if unsatisfactory): meeting due Friday 13 November 2026',
  ]);
  await expect(page.getByRole('row', { name: /Next step/ }).or(page.getByText(/Dispute Resolution Meeting \(if unsatisfactory\): meeting due Friday 13 November 2026/).first())).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/steps-stepper.png', fullPage: true });
  // The tracker's next due is the open step's, and says what it is.
  await page.goto(`${host.url}#/tracker`);
  const trackerRow = page.getByRole('row', { name: /Amara Hughes/ });
  await expect(trackerRow).toContainText('Friday 13 November 2026');
  await expect(trackerRow).toContainText('Dispute Resolution Meeting – meeting due');
  await page.screenshot({ path: 'test-results/screenshots/steps-tracker.png', fullPage: true });
  await page.goto(`${host.url}#/escalations/${escalationId}`);
  await expect(stage3Steps.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(3);
  await runAction(page, 'Record a meeting', async (p) => {
    const form = p.getByRole('form', { name: 'Record a meeting' });
    await form.getByRole('combobox', { name: 'Meeting' }).selectOption('held');
  });
  await expect(stage3Steps.getByRole('listitem').nth(1)).toHaveText('Dispute Resolution Meeting: done');
  await runAction(page, 'Escalate to the next stage', async (p) => {
    await p.getByRole('form', { name: 'Escalate to the next stage' }).getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('The meeting did not agree a plan.');
  });
  await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Assistant Director');
  await expectNoSeriousA11yViolations(page);
});

// Devon, seeds/003: "this meeting may need to run concurrently with differing stages in order to prevent delay".
test('Devon: a resolution meeting held alongside Stage 2 ends that step while Stage 2’s own response clock runs on', async ({ page }) => {
  const devon = getBuiltinProfile('devon')!;
  const db = join(mkdtempSync(join(tmpdir(), 'et-steps-devon-')), 'devon.sqlite');
  const raisedAt = '2026-11-02T09:30:00Z'; // Monday
  const setUp = await startHostProcess({ db, user: 'Sam Patel', profile: 'devon', now: raisedAt });
  let id: string;
  try {
    const child = await addChild(setUp, { name: 'Kai Morgan', cohort: 'child-protection' });
    const e = await apiCall<{ row: { id: string }; version: number }>(setUp, 'escalations.raise', {
      childId: child.id,
      startAt: 'stage-1',
      urgency: 'green',
      concern: { categoryKeys: [devon.categories[0]!.key], summary: 'Strategy discussion not held', impactOnChild: 'Risk not assessed', requestedAction: { what: 'Hold it', who: 'Team Manager', byWhen: null }, expectedOutcomeKeys: [] },
      opId: `e2e-devon-${Date.now()}`,
    });
    id = e.row.id;
    await apiCall(setUp, 'escalations.command', { id, version: e.version, opId: `e2e-devon-up-${Date.now()}`, command: { kind: 'escalate', concernsRemaining: 'No plan agreed' } });
  } finally {
    await setUp.stop();
  }
  const devonHost = await startHostProcess({ db, user: 'Sam Patel', profile: 'devon', now: '2026-11-04T11:00:00Z' });
  try {
    await page.goto(`${devonHost.url}#/escalations/${id}`);
    const steps = page.getByRole('list', { name: 'Steps of Stage 2: Area Manager' });
    await expect(steps.getByRole('listitem')).toHaveText([
      'Feedback on the action taken: response due Monday 9 November 2026',
      'Resolution meeting/discussion (alongside): no set timescale',
    ]);
    await runAction(page, 'Record a meeting', async (p) => {
      const form = p.getByRole('form', { name: 'Record a meeting' });
      await form.getByRole('combobox', { name: 'Meeting' }).selectOption('held');
      await form.getByRole('textbox', { name: 'Attendees' }).fill('Area Manager, IRO, social worker');
    });
    // The meeting alongside is done; Stage 2 still waits on its own response, due as before.
    await expect(steps.getByRole('listitem')).toHaveText([
      'Feedback on the action taken: response due Monday 9 November 2026',
      'Resolution meeting/discussion: done',
    ]);
    await page.screenshot({ path: 'test-results/screenshots/steps-devon-alongside.png', fullPage: true });
    await page.goto(`${devonHost.url}#/tracker`);
    const row = page.getByRole('row', { name: /Kai Morgan/ });
    await expect(row).toContainText('Monday 9 November 2026');
    await expect(row).toContainText('Feedback on the action taken – response due');
    await expectNoSeriousA11yViolations(page);
  } finally {
    await devonHost.stop();
  }
});
