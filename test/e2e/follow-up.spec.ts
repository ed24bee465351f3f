/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { apiCall, expectNoSeriousA11yViolations, raiseThrough } from '../support/e2e-helpers';

// DESIGN.md "Follow-up": "The chair sets a date to check it happened; on that date the chair records whether it did
// (yes / partly / no). "No" raises the concern again, linked to the first."
const CHAIR = 'Sam Patel';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/follow-up-${name}.png`, fullPage: true });
let db: string;
let first: string;
let childId: string;

test.beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'et-follow-')), 'tracker.sqlite');
  const h = await startHostProcess({ db, user: CHAIR, profile: 'iro-handbook', now: '2026-03-02T09:00:00Z' });
  try {
    first = await raiseThrough(h, 'iro-handbook', 'looked-after', { startAt: 'stage-1' }, CHAIR);
    const d = await apiCall<{ version: number; child: { id: string } }>(h, 'escalations.get', { id: first });
    childId = d.child.id;
    // The Team Manager's reply: what will be done, by whom, by when. The resolution carries it into the follow-up.
    await apiCall(h, 'escalations.command', {
      id: first,
      version: d.version,
      opId: `e2e-follow-${Date.now()}`,
      command: { kind: 'record-response', respondent: 'Tom Barker, Team Manager', what: 'Hold the permanence planning meeting', who: 'Tom Barker, Team Manager', byWhen: '2026-03-13', date: '2026-03-02' },
    });
  } finally {
    await h.stop();
  }
});

async function withHost(now: string, run: (h: RunningHost) => Promise<void>) {
  const h = await startHostProcess({ db, user: CHAIR, now });
  try {
    await run(h);
  } finally {
    await h.stop();
  }
}

test('resolve with an agreed action → it is on My day on its date → not done → raised again, linked both ways', async ({ page }) => {
  test.setTimeout(240_000);
  // Wednesday 4 March: the meeting is promised; the chair resolves, the agreed action filled in from the reply.
  await withHost('2026-03-04T12:00:00Z', async (h) => {
    await page.goto(`${h.url}#/escalations/${first}`);
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Resolve', exact: true }).click();
    const form = page.getByRole('form', { name: 'Resolve' });
    await expect(form.getByRole('textbox', { name: /Agreed action – what will be done/ })).toHaveValue('Hold the permanence planning meeting');
    await expect(form.getByRole('textbox', { name: /Agreed action – by whom/ })).toHaveValue('Tom Barker, Team Manager');
    await expect(form).toContainText('working days after the resolution');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'resolve-form');
    await form.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Check it happened on');
    await expect(page.locator('dl').first()).toContainText('To check on');
    // A follow-up is set, so the action changes it.
    await expect(page.getByRole('group', { name: 'Actions' }).getByRole('button')).toHaveText(['Change the follow-up', 'Record the follow-up', 'Add a note']);
    // Not on My day before its date.
    await page.goto(`${h.url}#/my-day`);
    await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Agreed actions to check/ })).toHaveCount(0);
  });

  // Friday 13 March, the agreed "by when": the check is on My day and in the reminder.
  await withHost('2026-03-13T08:30:00Z', async (h) => {
    await page.goto(h.url);
    const list = page.getByRole('region', { name: /^Agreed actions to check \(1\)$/ });
    await expect(list).toContainText('Agreed: Hold the permanence planning meeting.');
    await expect(list).toContainText('Check due today');
    await expect(page.getByRole('status').filter({ hasText: 'Reminder' })).toContainText('1 agreed action to check');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'my-day');
    await list.getByRole('link', { name: /^Record the follow-up/ }).click();
    const form = page.getByRole('form', { name: 'Record the follow-up' });
    await expect(form).toBeVisible();
    await form.getByRole('combobox', { name: /Did the agreed action happen/ }).selectOption({ label: 'Not done' });
    await form.getByRole('textbox', { name: /What happened/ }).fill('No meeting has been booked; the social worker has left.');
    const again = form.getByRole('checkbox', { name: /If not done, raise the concern again/ });
    await expect(again).toBeChecked();
    await expect(form).toContainText('a new escalation at Stage 1');
    await shot(page, 'record-form');
    await form.getByRole('button', { name: 'Record the follow-up', exact: true }).click();
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Follow-up: not done, raised again');

    // The first names the second …
    await page.getByRole('link', { name: 'raised again as a new escalation' }).click();
    await expect(page.getByRole('heading', { name: /Escalation for/, level: 1 })).toBeVisible();
    await expect(page.getByText(/^Raised again: the action agreed when this concern was resolved on Wednesday 4 March 2026 was not done\./)).toBeVisible();
    await expect(page.locator('dl').first()).toContainText('Stage 1');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'raised-again');
    // … and the second names the first.
    await page.getByRole('link', { name: /the earlier escalation/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/escalations/${first}$`));
    await expect(page.locator('dl').first()).toContainText('Not done');
    await shot(page, 'first-escalation');
    // The child's next review hears whether the promised action happened.
    await page.goto(`${h.url}#/children/${childId}/conference`);
    await expect(page.locator('article').filter({ hasText: 'Did the agreed action happen?' })).toContainText('Not done. Agreed: Hold the permanence planning meeting – Tom Barker, Team Manager, by 13 Mar 2026. No meeting has been booked; the social worker has left. Raised again as a new escalation.');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'conference-summary');
    // Recorded: gone from My day.
    await page.goto(`${h.url}#/my-day`);
    await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Agreed actions to check/ })).toHaveCount(0);
  });
});
