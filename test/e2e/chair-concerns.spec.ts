/// <reference lib="dom" />
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { startHostProcess, type RunningHost } from '../support/web-host-process';
import { apiCall, expectNoSeriousA11yViolations } from '../support/e2e-helpers';

// Slough (seeds/002): "put their concerns formally in writing to the Reviewing Service Manager … a formal response will
// be given to the agency raising the concern"; "Should matters remain unresolved the concern will be raised with the Head
// of Performance and Quality Assurance".
const NOW = '2026-03-10T10:00:00Z';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/chair-concerns-${name}.png`, fullPage: true });
let db: string;

test.beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'et-concerns-')), 'tracker.sqlite');
  const h = await startHostProcess({ db, user: 'Sam Patel', profile: 'slough', now: NOW });
  try {
    await apiCall(h, 'people.setup', { person: { name: 'Sam Patel', email: '', jobRole: 'chair', team: 'Reviewing' }, opId: `e2e-setup-${Date.now()}` });
    for (const [name, osUser, jobRole, appRole] of [['Quinn Ade', 'qade', 'qa-manager', 'qa-manager'], ['Chris Bell', 'cbell', 'chair', 'chair']] as const)
      await apiCall(h, 'people.create', { name, email: '', jobRole, appRole, team: 'Reviewing', osUser, opId: `e2e-person-${osUser}-${Date.now()}` });
  } finally {
    await h.stop();
  }
});

async function as(user: string, run: (h: RunningHost) => Promise<void>) {
  const h = await startHostProcess({ db, user, profile: 'slough', now: NOW });
  try {
    await run(h);
  } finally {
    await h.stop();
  }
}

test('a reviewing service manager records a school’s concern about a chair, answers it, makes the response letter and moves it on; the chair concerned never sees it', async ({ page }) => {
  test.setTimeout(240_000);
  let concernUrl = '';
  await as('qade', async (h) => {
    await page.goto(h.url);
    await page.getByRole('link', { name: 'Chair concerns' }).click();
    await expect(page.getByRole('heading', { name: 'Concerns about chairs', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Record a concern' }).click();
    const form = page.getByRole('form', { name: 'Record a concern about a chair' });
    await form.getByRole('combobox', { name: /The chair it is about/ }).selectOption({ label: 'Chris Bell' });
    await form.getByRole('textbox', { name: /Agency raising it/ }).fill('Westfield Primary School');
    await form.getByRole('textbox', { name: /Person raising it/ }).fill('Helen Ames');
    await form.getByRole('textbox', { name: /Their role or phone/ }).fill('Designated Safeguarding Lead');
    await form.getByRole('textbox', { name: /Their email/ }).fill('h.ames@westfield.sch.uk');
    await form.getByRole('combobox', { name: /The meeting it is about/ }).selectOption({ label: 'Child protection conference' });
    await form.getByRole('textbox', { name: /What the concern is/ }).fill('The school’s report was not shared at the conference and the school was not invited to speak.');
    await form.getByRole('combobox', { name: /Stage it starts at/ }).selectOption({ label: 'Formal concern in writing to the Reviewing Service Manager – Reviewing Service Manager' });
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'record');
    await form.getByRole('button', { name: 'Record the concern' }).click();

    await expect(page.getByRole('heading', { name: /Concern about Chris Bell from Westfield Primary School/, level: 1 })).toBeVisible();
    concernUrl = page.url();
    await expect(page.locator('dl').first()).toContainText('Formal concern in writing to the Reviewing Service Manager – Reviewing Service Manager');
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Record the formal response' }).click();
    const respond = page.getByRole('form', { name: 'Record the formal response' });
    await respond.getByRole('combobox', { name: /Outcome/ }).selectOption({ label: 'Partly upheld' });
    await respond.getByRole('textbox', { name: /The formal response/ }).fill('The report should have been shared; the chair has been reminded of the conference standards.');
    await respond.getByRole('button', { name: 'Record the formal response' }).click();
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Formal response (partly upheld)');

    // The response letter, on the letterhead, and its email draft to the school.
    const download = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Letters' }).getByRole('button', { name: 'Formal response letter' }).click();
    const letter = await download;
    expect(letter.suggestedFilename()).toMatch(/^2026-03-10 Formal response to your concern – Westfield Primary School\.docx$/);
    const saved = join(mkdtempSync(join(tmpdir(), 'et-letter-')), letter.suggestedFilename());
    await letter.saveAs(saved);
    const xml = await (await JSZip.loadAsync(readFileSync(saved))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Partly upheld (Tuesday 10 March 2026).');
    expect(xml).toContain('If you remain unsatisfied, the concern can be raised with the Head of Performance and Quality Assurance');
    await expect(page.getByRole('status').filter({ hasText: 'Saved to your downloads' })).toBeVisible();

    // The school remains unsatisfied: to the Head of Performance and Quality Assurance.
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Move to a later stage' }).click();
    const move = page.getByRole('form', { name: 'Move to a later stage' });
    await move.getByRole('textbox', { name: /Why it goes further/ }).fill('The school remains unsatisfied with the response.');
    await move.getByRole('button', { name: 'Move to a later stage' }).click();
    await expect(page.locator('dl').first()).toContainText('Raised with the Head of Performance and Quality Assurance – Head of Performance and Quality Assurance');
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'detail');
  });

  // The chair concerned: no list, and the concern's own address says it is not in the tracker.
  await as('cbell', async (h) => {
    await page.goto(`${h.url}#/chair-concerns`);
    await expect(page.getByRole('alert')).toContainText('Concerns about chairs are kept for the reviewing service manager');
    await page.goto(`${h.url}#/chair-concerns/${new URL(concernUrl).hash.split('/').pop()}`);
    await expect(page.getByRole('alert')).toContainText('That concern is not in the tracker.');
    await page.goto(`${h.url}#/tracker?status=any`);
    await expect(page.locator('#tracker-count')).toContainText('0 escalations');
    await shot(page, 'chair-concerned');
  });
});
