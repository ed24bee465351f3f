/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess } from '../support/web-host-process';
import { addChild, apiCall, expectNoSeriousA11yViolations, fillConcern, raiseThrough, runAction } from '../support/e2e-helpers';
import { getBuiltinProfile } from '../../shared/profile/builtin';

/* What the procedure requires at each decision (issue 28), shown and enforced where the chair decides. */
const NOW = '2025-07-02T09:00:00Z'; // Wednesday 2 July 2025

const dbFor = (name: string) => join(mkdtempSync(join(tmpdir(), `et-decide-${name}-`)), `${name}.sqlite`);
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/decisions-${name}.png`, fullPage: true });

// Devon, seeds/003: "Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance."
test('Devon: Stage 3 → Stage 4 is refused with the procedure’s sentence until the discussion with the Operations Manager is recorded', async ({ page }) => {
  const h = await startHostProcess({ db: dbFor('devon'), user: 'Sam Patel', profile: 'devon', now: NOW });
  try {
    const id = await raiseThrough(h, 'devon', 'child-protection', { startAt: 'stage-3', urgency: 'amber', bypass: { reason: 'Immediate risk to the child' } });
    await page.goto(`${h.url}#/escalations/${id}`);
    // The procedure's notes for the stage it is at, where the chair decides.
    await expect(page.getByRole('region', { name: /What the procedure says at Stage 3/ })).toContainText('Locality Director');
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Escalate to the next stage', exact: true }).click();
    const form = page.getByRole('form', { name: 'Escalate to the next stage' });
    const entry = form.getByRole('group', { name: 'What the procedure requires for Stage 4: Head of Service' });
    await expect(entry).toContainText('Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance.');
    await form.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No plan agreed by the Locality Director');
    await form.getByRole('textbox', { name: 'Requested action – what' }).fill('Agree the plan');
    await form.getByRole('button', { name: 'Escalate to the next stage', exact: true }).click();
    await expect(form.getByRole('alert')).toContainText('Record the discussion with the QARSS Unit Operations Manager (who, when and how) before moving to Stage 4: Head of Service, or say why it was not possible.');
    await shot(page, 'devon-refused');
    // Recorded: the Operations Manager, typed in place with their role, by phone.
    const who = entry.getByRole('group', { name: 'Who (QARSS Unit Operations Manager)' });
    await who.getByRole('combobox').selectOption({ label: 'Someone else (type their details)…' });
    await who.getByRole('textbox', { name: 'Name' }).fill('Lee Grant');
    await entry.getByRole('combobox', { name: 'How' }).selectOption({ label: 'By phone' });
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'devon-checklist');
    await form.getByRole('button', { name: 'Escalate to the next stage', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Stage 4: Head of Service');
  } finally {
    await h.stop();
  }
});

// Slough, seeds/002: "this decision will be made in conjunction with the Reviewing Service Manager and the reasons for
// bypassing earlier stages clearly recorded."
test('Slough: "Agreed with" a bypass is a person in the named role, not a word', async ({ page }) => {
  const h = await startHostProcess({ db: dbFor('slough'), user: 'Sam Patel', profile: 'slough', now: NOW });
  try {
    const id = await raiseThrough(h, 'slough', 'looked-after', { startAt: 'informal' });
    await page.goto(`${h.url}#/escalations/${id}`);
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Bypass stages', exact: true }).click();
    const form = page.getByRole('form', { name: 'Bypass stages' });
    await form.getByRole('combobox', { name: 'Go straight to' }).selectOption({ index: 2 });
    await form.getByRole('textbox', { name: 'Reason for bypassing' }).fill('Placement breakdown: senior decision needed today');
    await form.getByRole('textbox', { name: 'Requested action – what' }).fill('Agree the placement plan');
    const agreed = form.getByRole('group', { name: 'Agreed with: the Reviewing Service Manager' });
    await agreed.getByRole('combobox').selectOption({ label: 'Someone else (type their details)…' });
    await agreed.getByRole('textbox', { name: 'Name' }).fill('my mate');
    await agreed.getByRole('textbox', { name: 'Role' }).fill('Friend');
    await form.getByRole('button', { name: 'Bypass stages', exact: true }).click();
    await expect(form.getByRole('alert')).toContainText('my mate is recorded as Friend');
    await agreed.getByRole('textbox', { name: 'Name' }).fill('Ann Okafor');
    await agreed.getByRole('textbox', { name: 'Role' }).fill('Reviewing Service Manager');
    await shot(page, 'slough-agreed-with');
    await form.getByRole('button', { name: 'Bypass stages', exact: true }).click();
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Ann Okafor, Reviewing Service Manager');
  } finally {
    await h.stop();
  }
});

// Rutland, seeds/004: "The Independent Chair has the discretion to proceed directly to stage 3 and 4"; "the QA manager can
// move to stage 5"; "the QA Manager has the option to hand this over to CAFCASS".
test('Rutland: raising at Stage 4 asks for the bypass reason; Stage 5 is offered only to the QA manager; Stage 6 is one Cafcass referral', async ({ page }) => {
  const db = dbFor('rutland');
  const admin = await startHostProcess({ db, user: 'Sam Patel', profile: 'rutland', now: NOW });
  let childId: string;
  try {
    await apiCall(admin, 'people.setup', { person: { name: 'Sam Patel', email: '', jobRole: 'administrator', team: '' }, opId: `e2e-setup-${Date.now()}` });
    await apiCall(admin, 'people.create', { name: 'Quinn Ade', email: '', jobRole: 'qa-manager', appRole: 'qa-manager', team: '', osUser: 'qade', opId: `e2e-qa-${Date.now()}` });
    await apiCall(admin, 'people.create', { name: 'Chris Bell', email: '', jobRole: 'chair', appRole: 'chair', team: '', osUser: 'cbell', opId: `e2e-chair-${Date.now()}` });
    childId = (await addChild(admin, { name: 'Robin Hale', cohort: 'looked-after', chair: 'Chris Bell' })).id;
  } finally {
    await admin.stop();
  }
  const chair = await startHostProcess({ db, user: 'cbell', profile: 'rutland', now: NOW });
  let id: string;
  try {
    await page.goto(`${chair.url}#/children/${childId}/raise`);
    const startAt = page.getByRole('combobox', { name: 'Start at' });
    // Only the stages a bypass may reach are offered above Stage 1 ("proceed directly to stage 3 and 4").
    await expect(startAt.locator('option')).toHaveText([/^Stage 1: Team Manager/, /^Stage 3: Head of Service/, /^Stage 4: Director for People/]);
    await startAt.selectOption({ label: (await startAt.locator('option', { hasText: 'Stage 4' }).textContent())! });
    const bypass = page.getByRole('group', { name: /^Starting at this stage bypasses Stage 1: Team Manager, Stage 2: Service Manager, Stage 3: Head of Service/ });
    await expect(bypass).toBeVisible();
    await fillConcern(page, getBuiltinProfile('rutland')!.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes('looked-after'))!.label);
    await page.getByRole('button', { name: 'Raise concern' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'record why' })).toBeVisible();
    await bypass.getByRole('textbox', { name: 'Reason for bypassing' }).fill('Serious: the placement is about to break down.');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'rutland-raise-bypass');
    await page.getByRole('button', { name: 'Raise concern' }).click();
    await expect(page.getByRole('heading', { name: /Escalation for Robin Hale/ })).toBeVisible();
    id = new URL(page.url()).hash.split('/')[2]!;
    // A chair is not offered Stage 5, and is told why in the procedure's words.
    await expect(page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Escalate to the next stage' })).toHaveCount(0);
    await expect(page.getByRole('note')).toContainText('can only be entered by a QA manager');
    await shot(page, 'rutland-chair-stage-4');
  } finally {
    await chair.stop();
  }
  const qa = await startHostProcess({ db, user: 'qade', profile: 'rutland', now: NOW });
  try {
    await page.goto(`${qa.url}#/escalations/${id}`);
    // The page loaded (its history listed) before the action counts what the history holds.
    await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(1);
    await runAction(page, 'Escalate to the next stage', async (p) => {
      await p.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('The Director’s response does not resolve it');
      await p.getByRole('textbox', { name: 'Requested action – what' }).fill('Convene the LSCB meeting');
    });
    await runAction(page, 'Escalate to the next stage', async (p) => {
      await p.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No satisfactory response within 10 working days');
      await p.getByRole('textbox', { name: 'Requested action – what' }).fill('Cafcass to consider the case');
    });
    await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Stage 6: CAFCASS');
    // Reaching the Cafcass stage is the referral: not offered a second time, and counted once.
    await expect(page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Refer to Cafcass' })).toHaveCount(0);
    const report = await apiCall<{ current: { cafcass: { referrals: number } } }>(qa, 'reports.period', { from: '2025-07-01', to: '2025-07-31' });
    expect(report.current.cafcass.referrals).toBe(1);
    await shot(page, 'rutland-stage-6');
  } finally {
    await qa.stop();
  }
});
