/// <reference lib="dom" />
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { RunningHost } from './web-host-process';
import { getBuiltinProfile } from '../../shared/profile/builtin';

/**
 * WCAG 2.2 AA through axe-core: no serious or critical violations on the page as it is now.
 * Fluent UI's focus-trap sentinels (`<i data-tabster-dummy>`, aria-hidden, tabindex 0) are excluded: they
 * pass focus straight on and are never announced; axe's aria-hidden-focus rule flags them regardless
 * (microsoft/tabster#288). Everything else on the page is checked.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Measure the page at rest: mid-fade colours (a dialog opening) would be judged on a half-drawn frame.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Calls the web host's API directly (to set up fixtures quickly; journeys themselves go through the UI). */
export async function apiCall<T = unknown>(host: RunningHost, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.origin}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.data as T;
}

let n = 0;
export async function addChild(host: RunningHost, over: Record<string, unknown> = {}): Promise<{ id: string; name: string; caseId: string }> {
  n++;
  return apiCall(host, 'children.create', {
    name: `Test Child ${n}`,
    caseId: `E2E-${Date.now()}-${n}`,
    dateOfBirth: '2013-02-11',
    cohort: 'looked-after',
    socialWorker: 'Priya Shah',
    teamManager: 'Tom Barker',
    team: 'Children in Care 2',
    chair: 'Sam Patel',
    opId: `e2e-child-${Date.now()}-${n}`,
    ...over,
  });
}

/** Fills the raise-a-concern form (first category, summary, impact, requested action). */
export async function fillConcern(page: Page, categoryLabel: string): Promise<void> {
  await page.getByRole('checkbox', { name: categoryLabel, exact: true }).check();
  await page.getByRole('textbox', { name: 'Brief summary of concern(s)' }).fill('Care plan not updated after placement move.');
  await page.getByRole('textbox', { name: 'Impact on the child' }).fill('Carers do not know the plan; contact arrangements unclear.');
  await page.getByRole('textbox', { name: 'What', exact: true }).fill('Update the care plan and share it');
  await page.getByRole('textbox', { name: 'Who', exact: true }).fill('Team Manager');
}

/** Opens an action on the escalation page, fills its fields and submits; waits for the history to grow. */
export async function runAction(page: Page, action: string, fill: (page: Page) => Promise<void> = async () => undefined): Promise<void> {
  const history = page.getByRole('list', { name: 'History' }).getByRole('listitem');
  const before = await history.count();
  await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await fill(page);
  await form.getByRole('button', { name: action, exact: true }).click();
  await expect(history).toHaveCount(before + 1);
}

/** Raises a concern through the API for a new child of `cohort`, with the procedure's first category that fits. */
export async function raiseThrough(h: RunningHost, profileId: string, cohort: string, input: Record<string, unknown>, chair = 'Sam Patel'): Promise<string> {
  const profile = getBuiltinProfile(profileId)!;
  const child = await addChild(h, { cohort, chair });
  const category = profile.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort as never))!;
  const e = await apiCall<{ row: { id: string } }>(h, 'escalations.raise', {
    childId: child.id,
    concern: { categoryKeys: [category.key], summary: 'Core groups not held', impactOnChild: 'Plan drifting', requestedAction: { what: 'Hold core group', who: 'TM', byWhen: null } },
    opId: `e2e-${Date.now()}-${Math.random()}`,
    ...input,
  });
  return e.row.id;
}
