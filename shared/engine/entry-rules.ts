import type { z } from 'zod';
import { formatLongDate } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { roleMatches } from '../people/role-match';
import type { AppRole } from '../people/roles';
import type { Precondition, Profile, Stage } from '../profile/schema';
import type { addresseeSchema, conferredHows, preconditionEntrySchema } from './commands';
import { checkPastDate, isBlank } from './context';
import { namedPersonOf } from './stage-people';
import type { EngineError, NamedPerson } from './types';

type PreconditionEntry = z.output<typeof preconditionEntrySchema>;
type Addressee = z.output<typeof addresseeSchema>;

/** A precondition as the event that entered the stage keeps it: done with someone, or waived with why. */
export interface RecordedPrecondition {
  key: string;
  kind: Precondition['kind'];
  role: string;
  with?: NamedPerson;
  on?: IsoDate;
  how?: (typeof conferredHows)[number];
  /** Why it was not possible (the chair's words): the report counts it as "precondition waived". */
  waived?: string;
}

/** "Discussion with the QARSS Unit Operations Manager": a precondition as the form, the refusal and the report name it. */
export function preconditionTitle(kind: string, role: string): string {
  const word = kind === 'agreement' || kind === 'meeting' ? kind : 'discussion';
  return `${word[0]!.toUpperCase()}${word.slice(1)} with ${theRole(role)}`;
}

/** "the QARSS Unit Operations Manager", keeping a role that already starts with "the". */
export function theRole(role: string): string {
  const r = role.trim();
  return r === '' ? 'a senior manager' : /^the /i.test(r) ? r : `the ${r}`;
}

const appRoleWords: Record<AppRole, string> = { none: 'someone without a role', chair: 'a chair', 'qa-manager': 'a QA manager', administrator: 'an administrator' };

/**
 * Whether the acting person may move an escalation into `stage` (profile `enteredBy`: Rutland, "the QA manager can
 * move to stage 5"). `actorRole` undefined = not known here (no app roles set up yet): nothing is refused.
 */
export function enteredByRefusal(stage: Stage, actorRole: AppRole | null | undefined): EngineError | null {
  const rule = stage.enteredBy;
  if (!rule || actorRole === undefined || actorRole === null) return null;
  if ((rule.appRoles as readonly AppRole[]).includes(actorRole)) return null;
  const who = rule.appRoles.map((r) => appRoleWords[r]);
  const list = who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} or ${who[who.length - 1]}`;
  return {
    code: 'NOT_PERMITTED',
    message: `${stage.label} can only be entered by ${list} under this procedure ("${rule.text.trim().replace(/[.]$/, '')}"). Ask ${list} to move it on.`,
  };
}

/**
 * The target stage's preconditions (profile `requires`) checked against what the chair recorded: each done with a
 * person in the named role (who, when, how) or waived with why. Refused with the procedure's own sentence.
 * `movedOn` is the London date of the move: a discussion cannot be after it, and is dated it when no date is given.
 */
export function checkPreconditions(stage: Stage, entries: readonly PreconditionEntry[] | undefined, movedOn: IsoDate, now: Date): { recorded: RecordedPrecondition[] } | EngineError {
  const recorded: RecordedPrecondition[] = [];
  for (const req of stage.requires ?? []) {
    const e = entries?.find((x) => x.key === req.key);
    const base = { key: req.key, kind: req.kind, role: req.role };
    const title = preconditionTitle(req.kind, req.role);
    const what = `the ${title[0]!.toLowerCase()}${title.slice(1)}`;
    if (e && !isBlank(e.waived)) {
      recorded.push({ ...base, waived: e.waived!.trim() });
      continue;
    }
    if (!e?.with) {
      return { code: 'PRECONDITION_REQUIRED', message: `${req.text.trim()} Record ${what} (who, when and how) before moving to ${stage.label}, or say why it was not possible.` };
    }
    if (!roleMatches(e.with.role, req.role)) {
      return {
        code: 'PRECONDITION_ROLE',
        message: `${req.text.trim()} ${e.with.name} is recorded as ${e.with.role}, not ${theRole(req.role)}: choose the person who holds that role.`,
      };
    }
    if (!e.how) return { code: 'PRECONDITION_REQUIRED', message: `Say how ${what} took place (in person, by phone, on Teams, by email or at a meeting).` };
    const on = e.on ?? movedOn;
    const bad = checkPastDate(on, now, `of ${what}`);
    if (bad) return bad;
    if (on > movedOn) return { code: 'INVALID_DATE', message: `${what[0]!.toUpperCase()}${what.slice(1)} is dated ${formatLongDate(on)}, after the move to ${stage.label} on ${formatLongDate(movedOn)}: it must come first.` };
    recorded.push({ ...base, with: namedPersonOf(e.with), on, how: e.how });
  }
  return { recorded };
}

/**
 * Who agreed a bypass (or a start above the first stage): where the procedure names the role (Slough: "in
 * conjunction with the Reviewing Service Manager"), a person holding it, not a word. Returns what the event keeps.
 */
export function checkAgreedWith(profile: Profile, agreed: Addressee | string | undefined, targetLabel: string): { agreedWith: string; agreedWithPerson?: NamedPerson } | EngineError {
  const rules = profile.rules.bypass;
  const role = rules.agreedWithRole.trim();
  const given = typeof agreed === 'string' ? agreed.trim() : agreed;
  if (rules.agreedWithRequired && (given === undefined || given === '')) {
    return { code: 'AGREED_WITH_REQUIRED', message: `A bypass must be agreed with ${theRole(role)} under this procedure; record who agreed it.` };
  }
  if (given === undefined || given === '') return { agreedWith: '' };
  if (typeof given === 'string') {
    if (rules.agreedWithRequired && role !== '') {
      return { code: 'AGREED_WITH_REQUIRED', message: `Choose the person who agreed the move to ${targetLabel} from People (or type their name and role): it must be ${theRole(role)}.` };
    }
    return { agreedWith: given };
  }
  if (role !== '' && !roleMatches(given.role, role)) {
    return { code: 'AGREED_WITH_REQUIRED', message: `A bypass must be agreed with ${theRole(role)}; ${given.name} is recorded as ${given.role}. Choose the person who holds that role.` };
  }
  const person = namedPersonOf(given);
  return { agreedWith: `${person.name}, ${person.role}`, agreedWithPerson: person };
}
