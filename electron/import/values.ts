import type { Cohort } from '../../shared/profile/schema';

/** A spreadsheet cell as read from .xlsx (numbers, dates, text) or .csv (always text). */
export type RawCell = string | number | boolean | Date | null;

export const cellText = (v: RawCell | undefined): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).replace(/\s+/g, ' ').trim();
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1990 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}

/** Excel's day numbers count from 30 Dec 1899 (its 1900 leap-year bug included). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 32874 || serial > 73051) return null; // 1990 … 2100
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

export type DateResult = { ok: true; date: string | null } | { ok: false; message: string };

/**
 * Reads a date as UK spreadsheets hold it: an Excel date cell, an Excel day number (a date cell that
 * lost its format), or text: 03/02/2024 (day first), 3.2.24, 2024-02-03, 3 Feb 2024, 3rd February 2024.
 */
export function parseDate(v: RawCell | undefined): DateResult {
  if (v === null || v === undefined || v === '') return { ok: true, date: null };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false, message: 'is not a date' };
    // exceljs gives a date cell as midnight UTC of the day shown in Excel.
    return { ok: true, date: isoOf(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) ?? v.toISOString().slice(0, 10) };
  }
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso ? { ok: true, date: iso } : { ok: false, message: `"${v}" is a number, not a date` };
  }
  const text = cellText(v);
  if (text === '') return { ok: true, date: null };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return done(isoOf(+m[1]!, +m[2]!, +m[3]!), text);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return done(isoOf(+m[3]!, +m[2]!, +m[1]!), text);
  m = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})$/i.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    if (month > 0) return done(isoOf(+m[3]!, month, +m[1]!), text);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return parseDate(Number(text));
  return { ok: false, message: `"${text}" is not a date (write it as 03/02/2024 or 2024-02-03)` };
}

function done(iso: string | null, text: string): DateResult {
  return iso ? { ok: true, date: iso } : { ok: false, message: `"${text}" is not a real date` };
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function parseCohort(v: RawCell | undefined): { ok: true; cohort: Cohort | null } | { ok: false; message: string } {
  const t = squash(cellText(v));
  if (t === '') return { ok: true, cohort: null };
  if (/^(lac|cla|cic|looked after|looked after child(ren)?|child(ren)? looked after|children in care|in care|s20|s31|section 20|section 31|care order)$/.test(t)) return { ok: true, cohort: 'looked-after' };
  if (/^(cp|cpp|child protection|child protection plan|cp plan|on a cp plan)$/.test(t)) return { ok: true, cohort: 'child-protection' };
  if (/^(transition|transitions|adult services|leaving care transition)$/.test(t)) return { ok: true, cohort: 'transition' };
  return { ok: false, message: `the cohort "${cellText(v)}" is not understood (use LAC / looked after, or CP / child protection)` };
}

export type ImportStatus = 'open' | 'resolved' | 'withdrawn' | 'referred';

export function parseStatus(v: RawCell | undefined): { ok: true; status: ImportStatus } | { ok: false; message: string } {
  const t = squash(cellText(v));
  if (t === '' || /^(open|ongoing|active|live|in progress|current|pending|awaiting response)$/.test(t)) return { ok: true, status: 'open' };
  if (/^(resolved|closed|complete|completed|done|closed resolved|resolved closed|agreed)$/.test(t)) return { ok: true, status: 'resolved' };
  if (/^(withdrawn|no further action|nfa|closed withdrawn|cancelled)$/.test(t)) return { ok: true, status: 'withdrawn' };
  if (/^(cafcass|referred to cafcass|cafcass referral|referred)$/.test(t)) return { ok: true, status: 'referred' };
  return { ok: false, message: `the status "${cellText(v)}" is not understood (use Open, Resolved, Withdrawn or Cafcass)` };
}

export { squash };
