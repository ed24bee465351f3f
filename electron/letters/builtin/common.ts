import type { LetterData, LetterStage } from '../types';
import { describeAddressee } from '../recipients';
import { longDate, shortDate } from '../wording';
import type { Shape } from './shape';
import { CONTENT_WIDTH, detailsTable, gridTable, para, type FileChild } from './blocks';

/** The value of a labelled field: " text" beside the label, a list on lines of its own, or empty lines to write on. */
export function fv(text: string | null | undefined, lines = 1): string {
  const t = (text ?? '').trim();
  if (!t) return '\n'.repeat(lines);
  return t.includes('\n') ? `\n${t}` : ` ${t}`;
}

/** Chosen items as a list under their label ("☒ Permanence planning back on track …"). */
export const ticked = (items: readonly string[]): string => items.map((i) => `☒ ${i}`).join('\n');

export const chosen = (list: LetterData['categories']): string[] => list.filter((t) => t.checked).map((t) => t.label);

export function childDetails(shape: Shape): FileChild {
  const pairs: [string, string][] = [
    ['Name of Child:', 'child.name'],
    ['Case ID:', 'child.caseId'],
    ['DOB:', 'child.dob'],
    ['Team:', 'child.team'],
    ['Social Worker:', 'child.socialWorker'],
    ['Team Manager:', 'child.teamManager'],
    ['⟦chairTitle⟧:', 'child.chair'],
  ];
  if (shape.urgency) pairs.push(['Urgency:', 'urgency']);
  return detailsTable('Details of the child', pairs);
}

/** What became of a stage: resolved, moved on, or still open. */
export function stageOutcome(s: LetterStage): string {
  if (s.resolution) return `Resolved ${shortDate(s.resolution.date)}`;
  if (s.progressed) return `Progressed to ${s.progressed.toTitle} on ${shortDate(s.progressed.on)}`;
  return 'Open';
}

function responseText(s: LetterStage): string {
  if (!s.response) return s.meetings.length ? s.meetings.map((m) => `Meeting ${m.status} ${shortDate(m.date)}`).join('\n') : 'None recorded';
  return `${shortDate(s.response.date)} – ${s.response.respondent}: ${s.response.what}`;
}

const widths = [1700, 1800, 1350, 1350, CONTENT_WIDTH - 1700 - 1800 - 1350 - 1350 - 1600, 1600];

/** The escalation's stages (all, or those before this one), one row each. */
export function historyTable(rows: number): FileChild[] {
  if (rows === 0) return [para('No earlier stages.', { italics: true })];
  return [gridTable(['Stage', 'Sent to', 'Date of alert', 'Response due', 'Response', 'Outcome'], 'hist', rows, widths)];
}

/** The values every built-in letter shares: letterhead, child, sender and recipient, concern, lists, history. */
export function commonValues(d: LetterData, title: string): { text: Record<string, string>; ticks: Record<string, boolean> } {
  const a = d.concern.requestedAction;
  const text: Record<string, string> = {
    authority: d.letterhead.authorityName,
    marking: d.letterhead.protectiveMarking,
    headerChild: `${d.child.name} – ${d.child.caseId}`,
    'doc.title': title,
    'doc.subject': d.subject,
    'doc.description': `${d.documentTitle} for ${d.child.caseId}`,
    'doc.creator': d.child.chair || 'Escalation Tracker',
    chairTitle: d.chairTitle,
    chairName: d.from.name,
    from: `${d.from.name} (${d.chairTitle})`,
    to: describeAddressee(d.to),
    date: longDate(d.date),
    'child.name': d.child.name,
    'child.caseId': d.child.caseId,
    'child.dob': shortDate(d.child.dateOfBirth),
    'child.team': d.child.team,
    'child.socialWorker': d.child.socialWorker,
    'child.teamManager': d.child.teamManager,
    'child.chair': d.child.chair,
    urgency: d.urgency ?? '',
    'concern.summary': d.concern.summary,
    'concern.summaryField': fv(d.concern.summary),
    'concern.impact': fv(d.concern.impactOnChild),
    'concern.categories': fv(chosen(d.categories).join('; ')),
    'action.what': fv(a.what),
    'action.who': fv(a.who),
    // seeds/000 "By When:" – the stage's own deadline unless the chair asked for something sooner.
    'action.byWhen': fv(longDate(a.byWhen ?? d.stage.dueDate)),
    'outcomes.expected': fv(ticked(chosen(d.outcomes)) || d.otherOutcome, 2),
    'stage.title': d.stage.title,
    'stage.dateOfAlert': longDate(d.stage.openedOn),
    'stage.responseLine': d.stage.responseLine,
  };
  d.notices.forEach((n, i) => (text[`notice.${i}`] = n));
  const ticks: Record<string, boolean> = {};
  d.categories.forEach((c, i) => {
    text[`cat.${i}`] = c.label;
    ticks[`cat.${i}`] = c.checked;
  });
  d.outcomes.forEach((o, i) => {
    text[`out.${i}`] = o.label;
    ticks[`out.${i}`] = o.checked;
  });
  d.history.forEach((s, r) => {
    // A zero-width space after "/" lets "Team Manager/Deputy Team Manager" wrap at the slash, not mid-word.
    [s.title, s.recipientRole, shortDate(s.openedOn), shortDate(s.dueDate) || 'No set timescale', responseText(s), stageOutcome(s)].forEach((v, c) => (text[`hist.${r}.${c}`] = v.replace(/\//g, '/\u200B')));
  });
  return { text, ticks };
}
