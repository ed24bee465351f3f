import type { ImportFieldKey, ImportMapping } from '../../shared/import/fields';
import { ladderForCohort } from '../../shared/engine';
import { INFORMAL } from '../../shared/engine/types';
import type { Cohort, Profile } from '../../shared/profile/schema';
import { matchCategories, matchStage, matchUrgency, stageNames } from './match-profile';
import type { DataRow } from './table';
import { cellText, parseCohort, parseDate, parseStatus, type ImportStatus, type RawCell } from './values';

export interface ExistingChild {
  id: string;
  name: string;
  cohort: string;
  chair: string;
  team: string;
}

export interface ImportDefaults {
  cohort: Cohort | null;
  categoryKey: string | null;
}

/** Everything needed to write one escalation from one row. */
export interface Candidate {
  row: number;
  /** Case ID + date raised + stage: what makes a row the same escalation on a second import. */
  key: string;
  caseId: string;
  childName: string;
  dateOfBirth: string | null;
  cohort: Cohort;
  ladderKey: string;
  stageKey: string;
  stageLabel: string;
  raisedOn: string;
  stageStartedOn: string | null;
  urgency: string | null;
  categoryKeys: string[];
  otherCategory: string | undefined;
  summary: string;
  status: ImportStatus;
  closedOn: string | null;
  responseOn: string | null;
  outcome: string;
  notes: string;
  chair: string;
  team: string;
  socialWorker: string;
  teamManager: string;
  existingChild: ExistingChild | null;
  /** Every column of the row, mapped or not, kept in the history so nothing in the spreadsheet is lost. */
  original: [string, string][];
}

export type Interpretation =
  | { ok: true; candidate: Candidate; warnings: string[] }
  | { ok: false; reasons: string[]; warnings: string[]; caseId: string; childName: string; raisedOn: string | null; stage: string };

export interface RowContext {
  headers: string[];
  mapping: ImportMapping;
  defaults: ImportDefaults;
  profile: Profile;
  today: string;
  child(caseId: string): ExistingChild | null;
}

export function importKey(caseId: string, raisedOn: string, stageKey: string): string {
  return `${caseId.trim().toUpperCase()}|${raisedOn}|${stageKey}`;
}

export function interpretRow(dr: DataRow, rc: RowContext): Interpretation {
  const index = new Map(rc.headers.map((h, i) => [h, i]));
  const raw = (field: ImportFieldKey): RawCell | undefined => {
    const header = rc.mapping[field];
    const i = header ? index.get(header) : undefined;
    return i === undefined ? undefined : dr.cells[i];
  };
  const text = (field: ImportFieldKey) => cellText(raw(field));
  const reasons: string[] = [];
  const warnings: string[] = [];

  const caseId = text('caseId');
  if (!caseId) reasons.push('there is no case ID');
  const existing = caseId ? rc.child(caseId) : null;
  const childName = text('childName') || existing?.name || '';
  if (!existing && !childName && caseId) reasons.push(`case ID ${caseId} is not in the tracker and the row has no child’s name to add the child with`);
  if (existing && text('childName') && text('childName').toLowerCase() !== existing.name.toLowerCase())
    warnings.push(`the tracker has case ID ${caseId} as ${existing.name}; the spreadsheet says ${text('childName')} (the tracker’s name is kept)`);

  const date = (field: ImportFieldKey, label: string): string | null => {
    const d = parseDate(raw(field));
    if (!d.ok) reasons.push(`${label}: ${d.message}`);
    else if (d.date && d.date > rc.today) reasons.push(`${label} ${d.date} is in the future`);
    return d.ok ? d.date : null;
  };
  const raisedOn = date('raisedOn', 'the date raised');
  if (raisedOn === null && !reasons.some((r) => r.startsWith('the date raised'))) reasons.push('there is no date raised');
  const stageStartedOn = date('stageStartedOn', 'the date the stage started');
  const closedOn = date('closedOn', 'the date closed');
  const responseOn = date('responseOn', 'the date of the response');
  const parsedDob = parseDate(raw('dateOfBirth'));
  // A date of birth after today is a typing slip (01/01/2099): kept out, with a warning, like an unreadable one.
  const dob = parsedDob.ok && parsedDob.date && parsedDob.date > rc.today ? { ok: false as const, message: `${parsedDob.date} is in the future` } : parsedDob;
  if (!dob.ok) warnings.push(`the date of birth ${dob.message}; it was left empty`);

  const cohortCell = parseCohort(raw('cohort'));
  const existingCohort = existing && existing.cohort !== 'both' ? (existing.cohort as Cohort) : null;
  const cohort = cohortCell.ok ? (cohortCell.cohort ?? existingCohort ?? rc.defaults.cohort) : null;
  if (!cohortCell.ok) reasons.push(cohortCell.message);
  else if (!cohort) reasons.push('the cohort (looked after or child protection) is not given and no default was chosen');
  const ladder = cohort ? ladderForCohort(rc.profile, cohort) : undefined;
  if (cohort && !ladder) reasons.push(`the ${rc.profile.name} procedure has no ladder for ${cohort} children`);

  const stageText = text('stage');
  const stageKey = ladder ? matchStage(ladder, raw('stage')) : null;
  if (!stageText) reasons.push('there is no stage');
  else if (ladder && !stageKey) reasons.push(`the stage "${stageText}" is not a stage of the ${ladder.label} ladder (its stages are: ${stageNames(ladder)})`);
  const stageLabel = stageKey === INFORMAL ? (ladder?.informal?.label ?? 'Informal') : (ladder?.stages.find((s) => s.key === stageKey)?.label ?? stageText);

  const status = parseStatus(raw('status'));
  if (!status.ok) reasons.push(status.message);
  const closing = status.ok && status.status !== 'open';
  if (closing && !closedOn && !reasons.some((r) => r.startsWith('the date closed'))) reasons.push(`the status is ${text('status')} but there is no date closed`);
  if (status.ok && status.status === 'open' && closedOn) reasons.push(`there is a date closed (${closedOn}) but the status is open: give the status (Resolved, Withdrawn or Cafcass)`);

  const ordered: [string, string | null][] = [['raised', raisedOn], ['the stage started', stageStartedOn], ['the response', responseOn], ['closed', closedOn]];
  const known = ordered.filter((d): d is [string, string] => d[1] !== null);
  for (let i = 1; i < known.length; i++)
    if (known[i]![1] < known[i - 1]![1]) reasons.push(`the date ${known[i]![0]} (${known[i]![1]}) is before the date ${known[i - 1]![0]} (${known[i - 1]![1]})`);

  let urgency: string | null = null;
  if (text('urgency')) {
    urgency = matchUrgency(rc.profile, raw('urgency'));
    if (!urgency) reasons.push(rc.profile.urgency ? `the urgency "${text('urgency')}" is not one of ${rc.profile.urgency.levels.map((l) => l.label).join(', ')}` : `the ${rc.profile.name} procedure has no urgency rating, but the row gives "${text('urgency')}"`);
  }

  const found = matchCategories(rc.profile, raw('category'));
  let categoryKeys = found.keys;
  let otherCategory: string | undefined;
  if (found.unmatched.length || categoryKeys.length === 0) {
    const fallback = rc.defaults.categoryKey ?? (rc.profile.categories.some((c) => c.key === 'other') ? 'other' : null);
    const what = found.unmatched.length ? `the category "${found.unmatched.join('; ')}" is not one of the procedure’s categories` : 'the row has no category';
    if (!fallback) reasons.push(`${what}, and no default category was chosen`);
    else {
      if (!categoryKeys.includes(fallback)) categoryKeys = [...categoryKeys, fallback];
      const label = rc.profile.categories.find((c) => c.key === fallback)?.label ?? fallback;
      warnings.push(`${what}: recorded as “${label}”`);
      if (found.unmatched.length && fallback === 'other') otherCategory = found.unmatched.join('; ');
    }
  }

  let summary = text('summary');
  if (!summary) {
    summary = 'No summary was recorded in the imported spreadsheet.';
    warnings.push('the row has no summary of the concern');
  }
  if (reasons.length || !caseId || !raisedOn || !cohort || !ladder || !stageKey || !status.ok) {
    return { ok: false, reasons, warnings, caseId, childName, raisedOn, stage: stageText };
  }
  const original = rc.headers.map((h, i) => [h, cellText(dr.cells[i])] as [string, string]).filter(([, v]) => v !== '');
  return {
    ok: true,
    warnings,
    candidate: {
      row: dr.row,
      key: importKey(caseId, raisedOn, stageKey),
      caseId,
      childName,
      dateOfBirth: dob.ok ? dob.date : null,
      cohort,
      ladderKey: ladder.key,
      stageKey,
      stageLabel,
      raisedOn,
      stageStartedOn: stageStartedOn && stageStartedOn > raisedOn ? stageStartedOn : null,
      urgency,
      categoryKeys,
      otherCategory,
      summary,
      status: status.status,
      closedOn,
      responseOn,
      outcome: text('outcome'),
      notes: text('notes'),
      chair: text('chair') || existing?.chair || '',
      team: text('team') || existing?.team || '',
      socialWorker: text('socialWorker'),
      teamManager: text('teamManager'),
      existingChild: existing,
      original,
    },
  };
}
