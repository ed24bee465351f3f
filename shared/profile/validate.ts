import { ISO_DATE, isRealDate as isRealCalendarDate } from '../field-rules';
import type { z } from 'zod';
import { cohortSchema, profileSchema, type Profile } from './schema';
import { locateJsonSyntaxError } from './json-position';
import { duplicateKeys, isObj, list, str } from './raw-input';
import { stepProblems } from './step-problems';

/**
 * Checks a protocol profile written by an administrator. Every problem is listed at once, each with a
 * path such as `ladders[0].stages[2].responseTime` and a sentence a person can act on. A profile with
 * any problem is never returned, so a half-valid procedure can never be loaded.
 */

export interface ProfileProblem {
  /** Where the problem is, e.g. `ladders[0].stages[2].responseTime`; `(profile)` for the whole object. */
  path: string;
  message: string;
}

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] };

type Issue = z.ZodError['issues'][number];
type Segment = PropertyKey;

const ROOT = '(profile)';
const FILE = '(file)';
const RESPONSE_TIME_FORMS =
  '{ "workingDays": N }, { "hours": N }, { "calendarDays": N }, or null when the procedure sets no timescale';

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out || ROOT;
}

/** One line per problem, for the CLI and the settings screen. */
export function formatProblems(problems: readonly ProfileProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

export function validateProfile(input: unknown): ProfileCheck {
  const parsed = profileSchema.safeParse(input);
  const problems: ProfileProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...describeIssue(issue, input));
  }
  // Semantic checks read the raw input, so they are reported alongside shape problems.
  problems.push(...semanticProblems(input));
  const unique = dedupe(problems);
  if (unique.length > 0 || !parsed.success) {
    return { ok: false, problems: unique.length > 0 ? unique : [{ path: ROOT, message: 'is not a valid profile' }] };
  }
  return { ok: true, profile: parsed.data };
}

/** Parses the text of a profile file (UTF-8, a byte-order mark allowed) and validates it. */
export function parseProfileJson(text: string): ProfileCheck {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') {
    return { ok: false, problems: [{ path: FILE, message: 'The file is empty: it must contain one JSON object.' }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (e) {
    const where = locateJsonSyntaxError(clean);
    const message = where
      ? `The file is not valid JSON: line ${where.line}, column ${where.column}: ${where.reason}${/[.?]$/.test(where.reason) ? '' : '.'}`
      : `The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}.`;
    return { ok: false, problems: [{ path: FILE, message }] };
  }
  return validateProfile(data);
}

// ---------------------------------------------------------------------------------------------
// Shape problems (zod issues → sentences)

function valueAt(input: unknown, path: readonly Segment[]): unknown {
  let v: unknown = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

/** What is wrong with a response time given as an object: an unknown unit, or a count that is not whole. */
function responseTimeProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  const units = ['workingDays', 'hours', 'calendarDays'];
  const unknown = entries.filter(([k]) => !units.includes(k)).map(([k]) => `"${k}"`);
  if (unknown.length > 0) return `uses ${unknown.join(', ')}, which is not a unit the profile format knows: give ${RESPONSE_TIME_FORMS}`;
  if (entries.length !== 1) return `must give exactly one unit, not ${entries.length}: ${RESPONSE_TIME_FORMS}`;
  const [unit, n] = entries[0]!;
  if (typeof n !== 'number') return `${unit} must be a whole number (found ${describeValue(n)})`;
  if (!Number.isInteger(n)) return `${unit} must be a whole number (found ${n})`;
  return null;
}

function describeIssue(issue: Issue, input: unknown): ProfileProblem[] {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const missing = value === undefined;
  const last = issue.path[issue.path.length - 1];
  const one = (message: string): ProfileProblem[] => [{ path, message }];

  switch (issue.code) {
    case 'invalid_type': {
      const noun = NOUNS[issue.expected] ?? issue.expected;
      return one(missing ? `is required but missing (expected ${noun})` : `must be ${noun}, not ${describeValue(value)}`);
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array') return one(n === 1 ? 'must list at least one item' : `must list at least ${n} items`);
      if (issue.origin === 'string') return one(n === 1 ? 'must not be empty' : `must be at least ${n} characters long`);
      return one(issue.inclusive === false ? `must be more than ${n} (found ${describeValue(value)})` : `must be at least ${n} (found ${describeValue(value)})`);
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'array') return one(`must list at most ${n} items`);
      if (issue.origin === 'string') return one(`must be at most ${n} characters long`);
      return one(issue.inclusive === false ? `must be less than ${n} (found ${describeValue(value)})` : `must be at most ${n} (found ${describeValue(value)})`);
    }
    case 'invalid_format':
      return one(`${issue.message.startsWith('Invalid') ? 'is not in the expected format' : issue.message} (found ${describeValue(value)})`);
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return one(missing ? `is required but missing (one of ${allowed})` : `must be one of ${allowed} (found ${describeValue(value)})`);
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({
        path: formatPath([...issue.path, k]),
        message: 'is not a field the profile format knows (check the spelling; unknown fields are refused)',
      }));
    case 'invalid_union':
      if (last === 'responseTime') {
        if (missing) return one(`is required but missing: give ${RESPONSE_TIME_FORMS}`);
        return one(responseTimeProblem(value) ?? `must be exactly one of ${RESPONSE_TIME_FORMS} (found ${describeValue(value)})`);
      }
      return one(`is not in any accepted form (found ${describeValue(value)})`);
    default:
      return one(issue.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Semantic problems zod cannot express. They read the raw input defensively: any part that is the
// wrong shape has already been reported above and is simply skipped here.

const COHORTS = new Set<string>(cohortSchema.options);

function keysOf(items: unknown): string[] {
  return list(items).flatMap((item) => {
    const k = isObj(item) ? str(item.key) : undefined;
    return k === undefined ? [] : [k];
  });
}

/** A closure day that matches the pattern but is no day of the calendar (the pattern problem is the schema's). */
function isRealDate(iso: string): boolean {
  return !ISO_DATE.test(iso) || isRealCalendarDate(iso);
}

function semanticProblems(input: unknown): ProfileProblem[] {
  if (!isObj(input)) return [];
  const problems: ProfileProblem[] = [];
  const ladders = list(input.ladders);

  problems.push(...duplicateKeys(input.ladders, 'ladders', 'ladder'));
  ladders.forEach((ladder, i) => {
    if (!isObj(ladder)) return;
    problems.push(...duplicateKeys(ladder.stages, `ladders[${i}].stages`, 'stage'));
    list(ladder.stages).forEach((stage, j) => {
      if (!isObj(stage)) return;
      problems.push(...stepProblems(stage.steps, `ladders[${i}].stages[${j}].steps`));
      problems.push(...duplicateKeys(stage.requires, `ladders[${i}].stages[${j}].requires`, 'precondition'));
    });
  });
  problems.push(...duplicateKeys(input.categories, 'categories', 'category'));
  problems.push(...duplicateKeys(input.outcomes, 'outcomes', 'outcome'));

  if (isObj(input.urgency)) {
    problems.push(...duplicateKeys(input.urgency.levels, 'urgency.levels', 'urgency level'));
    const levels = keysOf(input.urgency.levels);
    const def = str(input.urgency.defaultLevel);
    if (def !== undefined && Array.isArray(input.urgency.levels) && !levels.includes(def)) {
      problems.push({
        path: 'urgency.defaultLevel',
        message: `"${def}" is not one of the urgency levels (${levels.map((l) => `"${l}"`).join(', ') || 'none defined'})`,
      });
    }
  }

  if (Array.isArray(input.categories)) {
    const categoryKeys = new Set(keysOf(input.categories));
    list(input.outcomes).forEach((outcome, i) => {
      if (!isObj(outcome)) return;
      list(outcome.categories).forEach((ref, j) => {
        const k = str(ref);
        if (k !== undefined && !categoryKeys.has(k)) {
          problems.push({ path: `outcomes[${i}].categories[${j}]`, message: `refers to the category "${k}", which this profile does not define` });
        }
      });
    });
  }

  if (Array.isArray(input.ladders)) {
    const covered = new Set(ladders.flatMap((l) => (isObj(l) ? list(l.cohorts).filter((c) => typeof c === 'string') : [])));
    list(input.categories).forEach((category, i) => {
      if (!isObj(category)) return;
      list(category.cohorts).forEach((c, j) => {
        if (typeof c === 'string' && COHORTS.has(c) && !covered.has(c)) {
          problems.push({ path: `categories[${i}].cohorts[${j}]`, message: `uses the cohort "${c}", but no ladder covers it: add it to a ladder's cohorts or remove it here` });
        }
      });
    });

    const stageKeys = new Set(ladders.flatMap((l) => (isObj(l) ? keysOf(l.stages) : [])));
    const bypass = isObj(input.rules) && isObj(input.rules.bypass) ? input.rules.bypass : undefined;
    list(bypass?.toStageKeys).forEach((ref, j) => {
      const k = str(ref);
      if (k !== undefined && !stageKeys.has(k)) {
        problems.push({ path: `rules.bypass.toStageKeys[${j}]`, message: `refers to the stage "${k}", which no ladder defines` });
      }
    });
  }

  list(input.closureDays).forEach((d, i) => {
    if (typeof d === 'string' && !isRealDate(d)) problems.push({ path: `closureDays[${i}]`, message: `"${d}" is not a real calendar date` });
  });

  return problems;
}

function dedupe(problems: ProfileProblem[]): ProfileProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.path}\u0000${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
