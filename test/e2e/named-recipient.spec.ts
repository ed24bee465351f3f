/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { addChild, apiCall, expectNoSeriousA11yViolations } from '../support/e2e-helpers';
import { getBuiltinProfile } from '../../shared/profile/builtin';

// A Devon chair on a seeded tracker (named managers by team in People), on a fixed clock: a RED concern
// raised at 09:15 on Monday 30 November 2026 had no response within its 24 hours by Tuesday 15:40.
const RAISED = '2026-11-30T09:15:00Z';
const MORNING = '2026-12-01T15:40:00Z';
const CHAIR = 'Kemi Adebayo';
const root = join(import.meta.dirname, '..', '..');
const devon = getBuiltinProfile('devon')!;
let db: string;
let escalationId: string;
let child: { id: string; name: string; caseId: string };

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/named-recipient-${name}.png`, fullPage: true });

test.beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'et-named-')), 'devon.sqlite');
  const seeded = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'cli', 'index.ts'), 'seed', '--db', db, '--escalations', '60', '--profile', 'devon', '--now', RAISED], { encoding: 'utf8' });
  expect(seeded.status, seeded.stderr).toBe(0);
  const before = await startHostProcess({ db, user: CHAIR, now: RAISED });
  try {
    child = await addChild(before, { name: 'Ruby Okafor', chair: CHAIR, cohort: 'child-protection', team: 'Child Protection North', teamManager: 'Ben Carter' });
    const e = await apiCall<{ row: { id: string } }>(before, 'escalations.raise', {
      childId: child.id,
      startAt: 'stage-1',
      urgency: 'red',
      concern: { categoryKeys: [devon.categories[0]!.key], summary: 'Strategy discussion not held after a new disclosure', impactOnChild: 'Ruby may be at continued risk', requestedAction: { what: 'Hold the strategy discussion', who: 'Ben Carter, Team manager', byWhen: null } },
      recipient: { name: 'Ben Carter', role: 'Team manager', email: 'ben.carter@demo.example.gov.uk' },
      opId: `e2e-named-${Date.now()}`,
    });
    escalationId = e.row.id;
  } finally {
    await before.stop();
  }
});

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHostProcess({ db, user: CHAIR, now: MORNING });
});
test.afterAll(async () => host?.stop());

test('a chair escalates a RED concern with no response to someone not in People, and the letter, the draft and My day all name her until the letter is recorded as sent', async ({ page }) => {
  test.setTimeout(180_000);
  // The chair is a chair, not an administrator: she still names a new contact.
  const me = await apiCall<{ appRole: string }>(host, 'people.me', {});
  expect(me.appRole).toBe('chair');

  await page.goto(`${host.url}#/escalations/${escalationId}`);
  await expect(page.getByRole('heading', { name: /Escalation for Ruby Okafor/ })).toBeVisible();
  await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Escalate to the next stage' }).click();
  const form = page.getByRole('form', { name: 'Escalate to the next stage' });
  await expect(form.getByRole('checkbox', { name: 'No response by the deadline' })).toBeChecked();
  await form.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No response from the Team Manager within 24 hours; strategy discussion still not held.');
  // The picker offers People holding the Area Manager's role; she is not among them, so the chair types her in.
  const person = form.getByRole('group', { name: 'Who the letter goes to' });
  const picker = person.getByRole('combobox', { name: 'Person (Area Manager)' });
  await expect(picker.locator('option')).toContainText(['Not named yet: the letter says “Area Manager”']);
  await picker.selectOption({ label: 'Someone else (type their details)…' });
  await person.getByRole('textbox', { name: 'Name' }).fill('Cara Jones');
  await person.getByRole('textbox', { name: 'Role' }).fill('Area Manager');
  await person.getByRole('textbox', { name: 'Email address' }).fill('cara.jones@devon.example.gov.uk');
  await expect(person.getByRole('checkbox', { name: /Save to People as a contact/ })).toBeChecked();
  // The request is restated for her: prefilled from the last one, "who" now the new recipient.
  await expect(form.getByRole('textbox', { name: 'Requested action – what' })).toHaveValue('Hold the strategy discussion');
  await expect(form.getByRole('textbox', { name: 'Requested action – who' })).toHaveValue('Cara Jones, Area Manager');
  await form.getByRole('textbox', { name: 'Requested action – what' }).fill('Convene the strategy discussion by 5pm tomorrow');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'escalate-form');
  await form.getByRole('button', { name: 'Escalate to the next stage' }).click();
  await expect(page.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')).toContainText('Stage 2');
  await expect(page.getByRole('list', { name: 'History' })).toContainText('No response — escalated to Stage 2');

  // The letter: the box starts unticked, so making it records nothing as sent.
  const panel = page.getByRole('region', { name: 'Letters' });
  await expect(panel.getByRole('combobox', { name: 'Letter or form' }).locator('option:checked')).toHaveText(/Stage 2/);
  await expect(panel.getByRole('checkbox', { name: /record “letter sent” today to Cara Jones, Area Manager/ })).not.toBeChecked();
  await panel.getByRole('checkbox', { name: 'Also write an email draft with the letter attached' }).check();
  await panel.getByRole('button', { name: 'Create letter' }).click();
  await expect(panel.getByRole('status')).toContainText('Email draft written');
  await expect(panel.getByRole('status')).not.toContainText('Recorded as sent');
  await shot(page, 'letters-panel');

  // The draft is to her, copied to the social worker; the form is addressed to her and asks what was asked of her.
  const letters = await apiCall<{ id: string }[]>(host, 'letters.list', { escalationId });
  const draft = await apiCall<{ base64: string }>(host, 'letters.download', { id: letters[0]!.id, part: 'draft' });
  const eml = Buffer.from(draft.base64, 'base64').toString('utf8');
  expect(eml).toMatch(/^To: "?Cara Jones"? <cara\.jones@devon\.example\.gov\.uk>/m);
  expect(eml).toMatch(/^Cc: .*Kemi Adebayo/m);
  const detail = await apiCall<{ state: { stages: { key: string; letterSentOn: string | null; recipient?: { name: string } | null }[]; currentStageKey: string } }>(host, 'escalations.get', { id: escalationId });
  const stage2 = detail.state.stages.find((s) => s.key === detail.state.currentStageKey)!;
  expect(stage2).toMatchObject({ letterSentOn: null, recipient: { name: 'Cara Jones' } });
  // She is in People now, as a contact with no access to the app.
  const people = await apiCall<{ name: string; appRole: string }[]>(host, 'people.list', {});
  expect(people.find((p) => p.name === 'Cara Jones')).toMatchObject({ appRole: 'none' });

  // My day lists the letter as not sent until the chair records it, with how it went.
  await page.getByRole('link', { name: 'My day' }).click();
  const notSent = page.getByRole('region', { name: /^Letters not yet sent/ }).getByRole('listitem').filter({ hasText: child.name });
  await expect(notSent).toBeVisible();
  await shot(page, 'my-day');
  await notSent.getByRole('link', { name: /^Record letter sent/ }).click();
  const sent = page.getByRole('form', { name: 'Record letter sent' });
  await expect(sent.getByRole('textbox', { name: /Sent to/ })).toHaveValue('Cara Jones, Area Manager');
  await sent.getByRole('combobox', { name: 'How it was sent' }).selectOption({ label: 'Teams' });
  await shot(page, 'record-sent');
  await sent.getByRole('button', { name: 'Record letter sent' }).click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Cara Jones');
  await page.getByRole('link', { name: 'My day' }).click();
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Letters not yet sent/ }).getByRole('listitem').filter({ hasText: child.name })).toHaveCount(0);
});

test('raising at a formal stage names the recipient from a picker that offers the child’s own team manager first', async ({ page }) => {
  await page.goto(`${host.url}#/children/${child.id}/raise`);
  await expect(page.getByRole('heading', { name: /Raise a concern for Ruby Okafor/ })).toBeVisible();
  const startAt = page.getByRole('combobox', { name: 'Start at' });
  const stage1 = await startAt.locator('option', { hasText: 'Stage 1: Team Manager' }).getAttribute('value');
  await startAt.selectOption(stage1!);
  const person = page.getByRole('group', { name: 'Who the letter goes to' });
  // Named last time for this team (and the child's own team manager) comes first.
  await expect(person.getByRole('combobox').locator('option').nth(1)).toHaveText(/^Ben Carter, Team manager/);
  await person.getByRole('combobox').selectOption({ index: 1 });
  await expect(person).toContainText('Letters and email drafts go to Ben Carter <ben.carter@demo.example.gov.uk>.');
  await expect(page.getByRole('textbox', { name: 'Who', exact: true })).toHaveValue('Ben Carter, Team manager');
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'raise-form');
});

test('the LCS form copies the Safeguarding Business Manager: the chair names her when escalating, and the letter copies her by name', async ({ page }) => {
  const lcs = await startHostProcess({ db: join(mkdtempSync(join(tmpdir(), 'et-lcs-')), 'lcs.sqlite'), user: 'Sam Patel', profile: 'lcs-form', now: MORNING });
  try {
    const kid = await addChild(lcs, { name: 'Jordan Ellis' });
    const lcsProfile = getBuiltinProfile('lcs-form')!;
    const e = await apiCall<{ row: { id: string } }>(lcs, 'escalations.raise', {
      childId: kid.id,
      startAt: 'stage-1',
      concern: { categoryKeys: [lcsProfile.categories[0]!.key], summary: 'Care plan not updated', impactOnChild: 'Carers unsure of contact', requestedAction: { what: 'Update the care plan', who: 'Tom Barker', byWhen: null } },
      opId: `e2e-lcs-${Date.now()}`,
    });
    await page.goto(`${lcs.url}#/escalations/${e.row.id}`);
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Escalate to the next stage' }).click();
    const form = page.getByRole('form', { name: 'Escalate to the next stage' });
    await form.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('The plan is still not updated.');
    const copy = form.getByRole('group', { name: 'Copied in: Safeguarding Business Manager' });
    await copy.getByRole('combobox').selectOption({ label: 'Someone else (type their details)…' });
    await copy.getByRole('textbox', { name: 'Name' }).fill('Grace Obi');
    await copy.getByRole('textbox', { name: 'Email address' }).fill('grace.obi@example.gov.uk');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'lcs-escalate-copies');
    await form.getByRole('button', { name: 'Escalate to the next stage' }).click();
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Escalated to Stage 2');
    const made = await apiCall<{ letter: { id: string } }>(lcs, 'letters.generate', { escalationId: e.row.id, document: 'stage-form', toEmail: 'tom.barker@example.gov.uk', emailDraft: true, opId: `e2e-lcs-letter-${Date.now()}` });
    const eml = Buffer.from((await apiCall<{ base64: string }>(lcs, 'letters.download', { id: made.letter.id, part: 'draft' })).base64, 'base64').toString('utf8');
    expect(eml).toMatch(/^Cc: .*"?Grace Obi"? <grace\.obi@example\.gov\.uk>/m);
  } finally {
    await lcs.stop();
  }
});
