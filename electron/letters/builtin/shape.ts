import { createHash } from 'node:crypto';
import type { LetterData } from '../types';

/**
 * Everything about a letter that changes its layout rather than its words: which optional lines it has and
 * how many rows its lists have. It is the cache key of the laid-out skeleton, so a template must decide
 * layout from this alone (values go through tokens).
 */
export interface Shape {
  document: LetterData['document'];
  /** Which logo (by content), or none. */
  logo: string | null;
  stageKind: LetterData['stage']['kind'];
  entry: boolean;
  actionsTaken: boolean;
  bypass: boolean;
  original: boolean;
  concernsRemaining: boolean;
  urgency: boolean;
  respondent: boolean;
  meetings: number;
  resolutionNote: boolean;
  next: boolean;
  categories: number;
  outcomes: number;
  history: number;
  /** Rows of the history before this stage (the meeting statement's "responses at earlier stages"). */
  historyBefore: number;
  copies: number;
  closureNote: boolean;
  response: boolean;
  /** The tick lists printed in full (stage 1); from stage 2 seeds/000 writes "(use list)" and the chosen items. */
  lists: boolean;
  /** Procedure notices on the form (overall time limit, same-day notice). */
  notices: number;
}

const logoHashes = new WeakMap<Uint8Array, string>();
function logoKey(logo: LetterData['letterhead']['logo']): string | null {
  if (!logo) return null;
  let hash = logoHashes.get(logo.data);
  if (!hash) logoHashes.set(logo.data, (hash = `${createHash('sha1').update(logo.data).digest('hex')}-${logo.width}x${logo.height}`));
  return hash;
}

export function shapeOf(d: LetterData): Shape {
  const s = d.stage;
  const e = s.entry;
  const before = d.history.findIndex((h) => h.key === s.key);
  return {
    document: d.document,
    logo: logoKey(d.letterhead.logo),
    stageKind: s.kind,
    entry: e !== null,
    actionsTaken: Boolean(e?.actionsTaken),
    bypass: Boolean(e && (e.bypassReason || e.agreedWith)),
    original: Boolean(e?.concernsRemaining),
    concernsRemaining: Boolean(e?.concernsRemaining),
    urgency: d.urgency !== null,
    respondent: Boolean(s.response?.respondent),
    meetings: s.meetings.length,
    resolutionNote: Boolean(s.resolution?.note),
    next: s.nextTitle !== null,
    categories: d.categories.length,
    outcomes: d.outcomes.length,
    history: d.history.length,
    historyBefore: before < 0 ? d.history.length : before,
    copies: d.copyTo.length,
    closureNote: Boolean(d.closure?.note),
    response: s.response !== null,
    lists: s.number <= 1,
    notices: d.notices.length,
  };
}
