import { formatLongDate, londonDateOf } from '../../shared/calendar';
import type { IsoDate } from '../../shared/calendar/types';
import type { StepState } from '../../shared/engine/types';
import { describeResponseTime } from '../../shared/engine';
import type { Cohort, ResponseTime, StageKind } from '../../shared/profile/schema';

/** The sentences and dates letters share, worded as on the seed forms. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Monday 10 March 2025", or '' for no date. */
export function longDate(date: IsoDate | null | undefined): string {
  return date ? formatLongDate(date) : '';
}

/** "17 May 2014" (dates of birth, dates in tables). */
export function shortDate(date: IsoDate | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "14:30" in London for an instant. */
export function londonTime(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/**
 * The stage as a form title names it: "Stage 1", "Stage 1: Team Manager", "Stage 4: Dispute Resolution
 * Meeting". Slough's "Formal Stage 1: …" loses "Formal" because the title already says "Formal Escalation".
 */
export function stageTitle(label: string, number: number, kind: StageKind | 'informal'): string {
  if (kind === 'informal') return label;
  const plain = label.replace(/^formal\s+/i, '');
  if (/^stage\s+\d/i.test(plain) || kind === 'external-referral') return plain;
  return `Stage ${number}: ${plain}`;
}

/** "Stage 1" for file names (no colons, which Windows does not allow), "Informal", or the referral's label. */
export function stageFileLabel(label: string, number: number, kind: StageKind | 'informal'): string {
  if (kind === 'informal') return 'Informal';
  if (kind === 'external-referral') return label;
  return `Stage ${number}`;
}

/** "IRO" for looked-after children, "CP Chair" for children subject to a plan (seeds/000: "the IRO or CP Chair"). */
export function chairTitleFor(cohort: Cohort): string {
  return cohort === 'child-protection' ? 'CP Chair' : 'IRO';
}

/**
 * "Response expected within 5 working days – by Monday 10 March 2025" (seeds/000: "Response expected within
 * 5 working days"); "within 24 hours – by 10:00 on Tuesday 4 March 2025"; a meeting stage names the date the
 * meeting must be held by, or the date it was booked for.
 */
export function responseLine(
  rt: ResponseTime,
  kind: StageKind | 'informal',
  dueDate: IsoDate | null,
  dueAt: string | null,
  meetingOn: IsoDate | null,
  extension: { grantedOn: IsoDate; previousDueDate: IsoDate | null; reason: string } | null = null,
): string {
  if (kind === 'meeting') {
    if (meetingOn) return `Meeting date: ${longDate(meetingOn)}`;
    if (rt === null) return 'Meeting to be arranged (no set timescale)';
    return `Meeting to be held within ${describeResponseTime(rt)}${dueDate ? ` – by ${longDate(dueDate)}` : ''}`;
  }
  if (rt === null) return 'No set timescale for a response';
  if (extension && dueDate) {
    // An extension moves the deadline to the end of a working day: "by 00:00 on Saturday" would say neither.
    const was = extension.previousDueDate ? ` (it was ${longDate(extension.previousDueDate)})` : '';
    return `Response expected within ${describeResponseTime(rt)}; extended on ${longDate(extension.grantedOn)}${extension.reason ? ` (${extension.reason.trim().replace(/[.]$/, '')})` : ''} – now by the end of ${longDate(dueDate)}${was}`;
  }
  return `Response expected within ${describeResponseTime(rt)}${dueBy(rt, dueDate, dueAt)}`;
}

/**
 * The deadline line of a stage waiting on a step of its own (DESIGN.md "Steps"): the open step's label, kind and
 * clock ("Dispute Resolution Meeting to be held within 5 working days – by Friday 11 December 2026"), not the stage's.
 */
export function stepLine(step: Pick<StepState, 'label' | 'kind' | 'time' | 'dueDate' | 'dueAt'>, meetingOn: IsoDate | null): string {
  const within = step.time === null ? ' (no set timescale)' : ` within ${describeResponseTime(step.time)}${dueBy(step.time, step.dueDate, step.dueAt)}`;
  switch (step.kind) {
    case 'meeting':
      return meetingOn ? `${step.label}: ${longDate(meetingOn)}` : `${step.label} to be held${within}`;
    case 'response':
      return `Response expected${within}`;
    case 'letter':
      return `${step.label} to be sent${within}`;
    case 'decision':
      return `${step.label} expected${within}`;
    default: {
      const unreachable: never = step.kind;
      return String(unreachable);
    }
  }
}

/** " – by 10:00 on Tuesday 4 March 2025" for hours; a deadline at London midnight is "by the end of" the day before. */
function dueBy(rt: NonNullable<ResponseTime>, dueDate: IsoDate | null, dueAt: string | null): string {
  if ('hours' in rt && dueAt) {
    const time = londonTime(dueAt);
    if (time === '00:00') return ` – by the end of ${longDate(londonDateOf(new Date(new Date(dueAt).getTime() - 1)))}`;
    return ` – by ${time} on ${longDate(londonDateOf(dueAt))}`;
  }
  return dueDate ? ` – by ${longDate(dueDate)}` : '';
}

/** "Resolution of Alert (recorded by IRO in agreement with Service Manager)", worded per stage as on seeds/000. */
export function resolutionHeading(number: number, chairTitle: string, recipientRole: string): string {
  const role = recipientRole.replace(/ & /g, '/');
  if (number <= 1) return `Resolution of Alert (recorded by ${chairTitle})`;
  if (number === 2) return `Resolution of Alert (recorded by ${chairTitle} in agreement with ${role})`;
  return `Resolution of Alert (recorded by ${chairTitle} in consultation with ${role})`;
}

/** "Response by Team Manager/Deputy Team Manager in consultation with Social Worker" (stage 1), "Response by Service Manager". */
export function responseHeading(number: number, kind: StageKind | 'informal', recipientRole: string): string {
  if (kind === 'meeting') return `Outcome of the meeting chaired by ${recipientRole}`;
  if (number <= 1) return `Response by ${recipientRole} in consultation with Social Worker`;
  // seeds/000 addresses stage 3 "To: (Head of Service/ Director)" and stage 4 "(Chief Executive & Elected Member)"
  // but headings the response "Response by Head of Service" and "Response by Chief Executive": the first named.
  return `Response by ${recipientRole.split(/\s*\/\s*|\s+&\s+/)[0]}`;
}

/** Replaces {stage} {caseId} {stageNumber} in the profile's letter subject. */
export function fillSubject(template: string, values: { stage: string; caseId: string; stageNumber: number }): string {
  return template.replace(/\{stage\}/g, values.stage).replace(/\{caseId\}/g, values.caseId).replace(/\{stageNumber\}/g, String(values.stageNumber));
}

/** Text safe in a Windows file name: no \ / : * ? " < > | and no trailing dots or spaces. */
// eslint-disable-next-line no-control-regex -- control characters are not allowed in Windows file names
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Names Windows keeps for devices: a folder or file called "CON" or "nul.docx" cannot be made or opened. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * The one function that turns a value from the tracker (a case ID, a stage label, a template's name) into part
 * of a file or folder name: no separators or control characters, no leading or trailing dots or spaces (so
 * never "." or ".."), never a Windows device name, at most 80 characters. May return '' (the caller names it).
 */
export function safeFilePart(text: string): string {
  const cleaned = text.replace(NOT_IN_FILE_NAMES, '-').replace(/\s+/g, ' ').trim().replace(/^[. ]+/, '').slice(0, 80).replace(/[. ]+$/, '');
  return RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}
