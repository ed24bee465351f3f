import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess } from '../support/web-host-process';
import { addChild, expectNoSeriousA11yViolations, fillConcern, runAction } from '../support/e2e-helpers';
import { builtinProfiles } from '../../shared/profile/builtin';
import { ladderForCohort } from '../../shared/engine';

// For every built-in procedure: raise → stage 1 → response → escalate → stage 2 → resolve, in the UI.
for (const profile of builtinProfiles) {
  test(`${profile.id}: a concern goes up to stage 2 and is resolved`, async ({ page }) => {
    const host = await startHostProcess({ db: join(mkdtempSync(join(tmpdir(), 'et-prof-')), 't.sqlite'), user: 'Sam Patel', profile: profile.id });
    try {
      const cohort = profile.ladders.some((l) => l.cohorts.includes('looked-after')) ? 'looked-after' : 'child-protection';
      const ladder = ladderForCohort(profile, cohort)!;
      const child = await addChild(host, { cohort });
      await page.goto(`${host.url}#/children/${child.id}/raise`);
      const category = profile.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort))!;
      await fillConcern(page, category.label);
      await page.getByRole('button', { name: 'Raise concern' }).click();
      await expect(page.getByRole('heading', { name: new RegExp(`Escalation for ${child.name}`) })).toBeVisible();
      const stages = page.getByRole('list', { name: 'Stages' });
      if (ladder.informal) {
        await expect(stages.locator('[aria-current="step"]')).toContainText(ladder.informal.label);
        const stage1 = ladder.stages[0]!;
        await runAction(page, 'Escalate to the next stage', async (p) => {
          await p.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('No reply to the informal challenge');
          // What the first formal stage requires first (Haringey: the chair consults their line manager), recorded.
          for (const req of stage1.requires ?? []) {
            const who = p.getByRole('group', { name: `Who (${req.role})` });
            await who.getByRole('combobox').selectOption({ label: 'Someone else (type their details)…' });
            await who.getByRole('textbox', { name: 'Name' }).fill('Ann Okafor');
            await p.getByRole('group', { name: `What the procedure requires for ${stage1.label}` }).getByRole('combobox', { name: 'How' }).selectOption({ label: 'In person' });
          }
        });
      }
      const [first, second] = ladder.stages;
      await expect(stages.locator('[aria-current="step"]')).toContainText(first!.label);
      await runAction(page, 'Record letter sent');
      await runAction(page, 'Record response', async (p) => {
        await p.getByRole('textbox', { name: 'What are you doing / have done' }).fill('Care plan being rewritten');
        await p.getByRole('textbox', { name: 'Who', exact: true }).fill('Social worker');
      });
      await runAction(page, 'Escalate to the next stage', async (p) => p.getByRole('textbox', { name: 'Concerns remaining from this stage' }).fill('Plan still not shared'));
      await expect(stages.locator('[aria-current="step"]')).toContainText(second!.label);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `test-results/screenshots/escalation-${profile.id}.png`, fullPage: true });
      await runAction(page, 'Resolve');
      await expect(page.getByRole('heading', { name: /Escalation for/ })).toContainText('Resolved');
    } finally {
      await host.stop();
    }
  });
}
