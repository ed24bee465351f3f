import type { PeriodFigures } from '../api/reports-outputs';
import { formatLongDate } from '../calendar';

/** The report's opening sentences, written from the figures (the same words on screen and in Word). */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const short = (label: string) => label.replace(/ \(.*\)$/, '');

/** " (up 3 on the previous period's 12)"; for percentages " (down 1.9 points on the previous period's 87%)". */
function change(now: number | null, before: number | null, percent = false): string {
  if (now === null || before === null) return '';
  const diff = Math.round((now - before) * 10) / 10;
  if (diff === 0) return ' (the same as in the previous period)';
  return ` (${diff > 0 ? 'up' : 'down'} ${Math.abs(diff)}${percent ? ' points' : ''} on the previous period's ${before}${percent ? '%' : ''})`;
}

export function keyMessages(current: PeriodFigures, previous: PeriodFigures): string[] {
  const c = current;
  const messages: string[] = [];
  // A period still running is reported "so far, as of" the day counted to, never as if it had ended.
  const soFar = c.asOf ? ` so far (as of ${formatLongDate(c.asOf)})` : '';
  const atEnd = c.asOf ? `as of ${formatLongDate(c.asOf)}` : 'at the end of the period';
  const top = [...c.byCategory].sort((a, b) => b.count - a.count).filter((r) => r.count > 0).slice(0, 3);
  messages.push(
    `${plural(c.initiated.total, 'escalation alert')} ${c.initiated.total === 1 ? 'was' : 'were'} initiated in ${short(c.period.label)}${soFar}${c.asOf ? '' : change(c.initiated.total, previous.initiated.total)}: ${c.initiated.informal} informal and ${c.initiated.formal} formal.`,
  );
  if (top.length) messages.push(`The themes raised most often were ${top.map((r) => `${r.label.toLowerCase()} (${r.count})`).join(', ')}.`);
  const t = c.stageTimelinessTotal;
  if (t.withTimescale > 0) {
    messages.push(
      `${t.withinTimescale} of ${t.withTimescale} stage responses (${t.withinPct}%) were within the timescale${change(t.withinPct, previous.stageTimelinessTotal.withinPct, true)}; ${t.withinExtendedPct}% allowing for agreed extensions.`,
    );
  } else {
    messages.push('No stage with a set timescale ended in the period.');
  }
  const r = c.resolution;
  if (r.resolved > 0) messages.push(`${plural(r.resolved, 'escalation')} ${r.resolved === 1 ? 'was' : 'were'} resolved, in a median of ${r.medianWorkingDays} working days.`);
  // The overall target counts those still open past it too: "all resolved on time" must not hide the ones that are not.
  if (r.overallTargetWorkingDays !== null && (r.withTarget > 0 || (c.openAtEnd.pastOverallTarget ?? 0) > 0)) {
    const late = r.resolvedLate ?? r.withTarget - r.withinTarget;
    const open = c.openAtEnd.pastOverallTarget ?? 0;
    messages.push(
      `Against the ${r.overallTargetWorkingDays} working day overall target: ${r.withinTarget} resolved within it, ${late} resolved late, and ${open} still open ${atEnd} already past it.`,
    );
  }
  if (r.resolved > 0) messages.push(followUpSentence(c, 'period'));
  messages.push(
    `${plural(c.bypasses.count, 'stage')} ${c.bypasses.count === 1 ? 'was' : 'were'} bypassed, ${plural(c.extensions.count, 'extension')} granted and ${plural(c.cafcass.referrals, 'referral')} made to Cafcass.`,
  );
  messages.push(`${plural(c.openAtEnd.total, 'escalation')} ${c.openAtEnd.total === 1 ? 'was' : 'were'} still open ${atEnd}, ${c.openAtEnd.overdue} of them overdue.`);
  return messages;
}

/**
 * "Of 26 resolved with an agreed action, 19 confirmed done, 3 partly, 2 not done (2 raised again), 2 not yet checked (1
 * past its check date)": the evidence of impact in one sentence.
 */
export function followUpSentence(f: PeriodFigures, periodWord: string): string {
  const x = f.followUps;
  if (x.resolvedWithAction === 0) return `Evidence of impact: no escalation resolved in the ${periodWord} had an agreed action to check.`;
  const parts = [`${x.done} confirmed done`, `${x.partly} partly`, `${x.notDone} not done${x.notDone ? ` (${x.raisedAgain} raised again)` : ''}`, `${x.notYetChecked} not yet checked${x.overdueUnchecked ? ` (${x.overdueUnchecked} past ${x.overdueUnchecked === 1 ? 'its' : 'their'} check date)` : ''}`];
  const median = x.medianWorkingDaysToAction === null ? '' : ` Median ${x.medianWorkingDaysToAction} working days from raised to the agreed action done.`;
  return `Evidence of impact: of ${x.resolvedWithAction} resolved in the ${periodWord} with an agreed action, ${parts.join(', ')}.${median}`;
}
