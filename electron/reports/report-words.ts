import type { PeriodFigures } from '../../shared/api/reports-outputs';
import { followUpSentence } from '../../shared/reports/key-messages';

/**
 * Every percentage of the report with its denominator in words ("11 of the 11 escalations resolved in the
 * quarter that had a 20-working-day target (100%)"), so a reader at the meeting knows what it is a share of.
 */

const pctOf = (n: number, d: number) => `${Math.round((n / d) * 1000) / 10}%`;

export function percentagesInWords(f: PeriodFigures, periodWord: string): string[] {
  const out: string[] = [];
  const t = f.stageTimelinessTotal;
  if (t.withTimescale > 0) {
    out.push(`Stage responses within timescale: ${t.withinTimescale} of the ${t.withTimescale} stages with a timescale that ended in the ${periodWord} (${pctOf(t.withinTimescale, t.withTimescale)}).`);
    out.push(`With extensions counted: ${t.withinExtended} of the same ${t.withTimescale} (${pctOf(t.withinExtended, t.withTimescale)}).`);
  } else out.push(`No stage with a timescale ended in the ${periodWord}, so there is no timeliness percentage.`);
  const r = f.resolution;
  if (r.overallTargetWorkingDays !== null) {
    out.push(
      r.withTarget > 0
        ? `Resolved within the overall target: ${r.withinTarget} of the ${r.withTarget} escalations resolved in the ${periodWord} that had a ${r.overallTargetWorkingDays}-working-day target (${pctOf(r.withinTarget, r.withTarget)}).`
        : `No escalation with a ${r.overallTargetWorkingDays}-working-day target was resolved in the ${periodWord}.`,
    );
  }
  out.push(followUpSentence(f, periodWord));
  for (const s of f.stageTimeliness) {
    if (s.withTimescale > 0) out.push(`${s.label}: ${s.withinTimescale} of the ${s.withTimescale} stages with a timescale that ended in the ${periodWord} (${pctOf(s.withinTimescale, s.withTimescale)}); with extensions ${s.withinExtended} (${pctOf(s.withinExtended, s.withTimescale)}).`);
  }
  return out;
}

/** "quarter" for a quarter, "year" for a financial year, otherwise "period". */
export function periodWordOf(label: string): string {
  if (/^Q[1-4]\b/.test(label)) return 'quarter';
  if (/^(Financial )?year|^\d{4}\/\d{2}/i.test(label)) return 'year';
  return 'period';
}

