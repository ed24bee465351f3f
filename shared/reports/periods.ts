// iso-date, not the calendar index: periods are used in the renderer, which must not bundle the holiday tables.
import { addCalendarDays, formatLongDate } from '../calendar/iso-date';
import type { IsoDate } from '../calendar/types';

/**
 * Reporting periods. Local authorities report on the financial year (1 April – 31 March), so
 * "Q1 2025/26" is April–June 2025 and the IRO annual report covers one financial year. All dates are
 * London calendar dates and both ends are inclusive.
 */

export interface Period {
  from: IsoDate;
  to: IsoDate;
  /** "Q1 2025/26 (1 April to 30 June 2025)", "2025/26", or "1 May 2025 to 20 May 2025". */
  label: string;
  kind: 'quarter' | 'year' | 'range';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): IsoDate {
  // month is 1–12; the day before the first of the next month.
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return addCalendarDays(next, -1);
}

/** "2025/26" for the financial year starting April 2025. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${pad((startYear + 1) % 100)}`;
}

/** The financial year (by its starting calendar year) a date falls in: 2025-03-31 → 2024, 2025-04-01 → 2025. */
export function financialYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

export function financialYear(startYear: number): Period {
  return { from: `${startYear}-04-01`, to: `${startYear + 1}-03-31`, label: `${financialYearLabel(startYear)} (1 April ${startYear} to 31 March ${startYear + 1})`, kind: 'year' };
}

/** Quarter q (1–4) of the financial year starting in April of `startYear`. */
export function quarter(startYear: number, q: 1 | 2 | 3 | 4): Period {
  const firstMonth = ((q - 1) * 3 + 3) % 12 + 1; // Q1 → 4, Q2 → 7, Q3 → 10, Q4 → 1
  const year = q === 4 ? startYear + 1 : startYear;
  const from = `${year}-${pad(firstMonth)}-01`;
  const to = lastDayOfMonth(year, firstMonth + 2);
  return { from, to, label: `Q${q} ${financialYearLabel(startYear)} (1 ${MONTHS[firstMonth - 1]} to ${Number(to.slice(8))} ${MONTHS[firstMonth + 1]} ${year})`, kind: 'quarter' };
}

export function quarterOf(date: IsoDate): Period {
  const fy = financialYearOf(date);
  const month = Number(date.slice(5, 7));
  const q = (Math.floor(((month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4; // April → 1 … March → 4
  return quarter(fy, q);
}

/** The quarters of a financial year, in order. */
export function quartersOf(startYear: number): Period[] {
  return ([1, 2, 3, 4] as const).map((q) => quarter(startYear, q));
}

/** Whole days from `from` to `to`, both included. */
export function daysIn(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A period named as people would name it: a quarter or a financial year when it is exactly one. */
export function describePeriod(from: IsoDate, to: IsoDate): Period {
  const q = quarterOf(from);
  if (q.from === from && q.to === to) return q;
  const fy = financialYear(financialYearOf(from));
  if (fy.from === from && fy.to === to) return fy;
  return { from, to, label: `${formatLongDate(from).replace(/^\w+ /, '')} to ${formatLongDate(to).replace(/^\w+ /, '')}`, kind: 'range' };
}

/** The period to compare with: the previous quarter, the previous year, or the same number of days just before. */
export function previousPeriod(from: IsoDate, to: IsoDate): Period {
  const current = describePeriod(from, to);
  if (current.kind === 'quarter') return quarterOf(addCalendarDays(from, -1));
  if (current.kind === 'year') return financialYear(financialYearOf(from) - 1);
  const days = daysIn(from, to);
  return describePeriod(addCalendarDays(from, -days), addCalendarDays(from, -1));
}

/** The last quarter that has finished by `today` (the one a quarterly report is usually about). */
export function lastCompleteQuarter(today: IsoDate): Period {
  return quarterOf(addCalendarDays(quarterOf(today).from, -1));
}

/** The calendar months ending with the month of `today`, oldest first. */
export function recentMonths(today: IsoDate, count: number): { month: string; label: string; from: IsoDate; to: IsoDate }[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const out: { month: string; label: string; from: IsoDate; to: IsoDate }[] = [];
  for (let i = 0; i < count; i++) {
    out.unshift({ month: `${year}-${pad(month)}`, label: `${MONTHS[month - 1]!.slice(0, 3)} ${year}`, from: `${year}-${pad(month)}-01`, to: lastDayOfMonth(year, month) });
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}
