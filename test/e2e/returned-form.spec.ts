/// <reference lib="dom" />
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { addChild, apiCall, expectNoSeriousA11yViolations, runAction } from '../support/e2e-helpers';
import { fillLikeWord365 } from '../support/fill-form-word';

// The manager's loop (issue 13): raise → letter to a named recipient → email draft with To and Cc →
// the filled form dropped back in → the response recorded in the manager's words → resolve.

let host: RunningHost;
let dir: string;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'et-returned-'));
  host = await startHostProcess({ db: join(dir, 'tracker.sqlite'), user: 'Sam Patel', profile: 'lcs-form', now: '2025-03-03T10:00:00Z' });
  const person = (name: string, email: string, jobRole: string, team: string) => apiCall(host, 'people.create', { name, email, jobRole, appRole: 'none', team, osUser: '', opId: `e2e-p-${Date.now()}-${Math.random()}` });
  await person('Tom Barker', 'tom.barker@example.gov.uk', 'team-manager', 'Children in Care 2');
  await person('Sam Patel', 'sam.patel@example.gov.uk', 'chair', '');
  await person('Priya Shah', 'priya.shah@example.gov.uk', 'other', 'Children in Care 2');
});
test.afterAll(async () => host.stop());

test('the manager’s returned form is dropped on the escalation, checked, recorded in their words, and the escalation resolved', async ({ page }) => {
  const child = await addChild(host);
  const e = await apiCall<{ row: { id: string } }>(host, 'escalations.raise', {
    childId: child.id,
    startAt: 'stage-1',
    concern: { categoryKeys: ['failure-to-visit'], summary: 'Visits overdue for ten weeks', impactOnChild: 'No social worker seen since moving', requestedAction: { what: 'Statutory visit', who: 'Social Worker', byWhen: null }, expectedOutcomeKeys: ['visits-on-track'] },
    opId: `e2e-${Date.now()}`,
  });
  await page.goto(`${host.url}#/escalations/${e.row.id}`);
  const panel = page.getByRole('region', { name: 'Letters' });
  await panel.getByRole('checkbox', { name: 'Also write an email draft with the letter attached' }).check();
  await panel.getByRole('button', { name: 'Create letter' }).click();
  const fileName = `2025-03-03 ${child.caseId} Stage 1 Escalation form.docx`;
  await expect(panel.getByRole('status')).toContainText(`Saved ${fileName}`);
  const folder = join(dir, 'Letters', child.caseId);
  const letter = readFileSync(join(folder, fileName));
  expect(letter.toString('latin1')).toContain('word/document.xml');
  const eml = readFileSync(join(folder, fileName.replace('.docx', '.eml')), 'utf8');
  expect(eml).toContain('To: "Tom Barker" <tom.barker@example.gov.uk>');
  expect(eml).toMatch(/^Cc: .*"Sam Patel" <sam\.patel@example\.gov\.uk>/m);

  const filled = join(dir, 'reply.docx');
  writeFileSync(filled, await fillLikeWord365(letter, { what: 'Visit booked for Wednesday 5 March; a new social worker is allocated.', who: 'Priya Shah', byWhen: '2025-03-05', byWhenText: 'Wednesday 5 March 2025', date: '2025-03-03', dateText: 'Monday 3 March 2025', respondentName: 'Tom Barker', respondentRole: 'Team Manager', outcomeKeys: ['visits-on-track'] }));
  await panel.getByLabel(/The manager’s reply/).setInputFiles(filled);
  const confirm = page.getByRole('region', { name: /Check the manager’s response/ });
  await expect(confirm.getByRole('textbox', { name: 'What are you doing/have done' })).toHaveValue('Visit booked for Wednesday 5 March; a new social worker is allocated.');
  await expect(confirm.getByRole('textbox', { name: /Response from/ })).toHaveValue('Tom Barker, Team Manager');
  await expect(confirm.getByRole('checkbox', { name: /Visits as required by regulations/ })).toBeChecked();
  await page.screenshot({ path: 'test-results/screenshots/returned-form-confirm.png', fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await confirm.getByRole('button', { name: 'Record the response' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Response recorded' })).toContainText('Tom Barker, Team Manager’s response to the Stage 1 form is recorded');
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Visit booked for Wednesday 5 March');

  await runAction(page, 'Resolve');
  await expect(page.getByRole('heading', { name: /Escalation for/ })).toContainText('Resolved');
});
