import { existsSync, readFileSync } from 'node:fs';
import { createCalendar } from '../../../shared/calendar';
import { projectTimeline } from '../../../shared/engine';
import { londonClockTime } from '../../../shared/engine/due-text';
import { getBuiltinProfile } from '../../../shared/profile/builtin';
import { formatProblems, parseProfileJson } from '../../../shared/profile/validate';
import type { Profile } from '../../../shared/profile/schema';
import { instant, parse, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';

/** A built-in profile id, or the path of a profile JSON file (validated). */
export function loadProfileArg(value: string): Profile {
  const builtin = getBuiltinProfile(value);
  if (builtin) return builtin;
  if (!existsSync(value)) throw new UsageError(`--profile "${value}" is neither a built-in profile id (see: profile list) nor a file`);
  const result = parseProfileJson(readFileSync(value, 'utf8'));
  if (!result.ok) throw new UsageError(`${value} is not a valid profile:\n${formatProblems(result.problems)}`);
  return result.profile;
}

export const timelineCommand: CliCommand = {
  name: 'timeline',
  summary: "a ladder's stages with due dates, each opened on the day the previous one falls due (day 0), so n stages of k working days span n×k; a stage's steps are dated inside it (stages[].steps[] in --json); --informal dates formal stages from the raise when the informal stage has no timescale",
  usage: 'timeline --profile ID|FILE [--ladder KEY] [--urgency LEVEL] [--informal] --from ISO [--json]',
  async run(args, io) {
    const { values } = parse(args, {
      profile: { type: 'string' },
      ladder: { type: 'string' },
      urgency: { type: 'string' },
      informal: { type: 'boolean' },
      from: { type: 'string' },
      json: { type: 'boolean' },
    });
    const profile = loadProfileArg(requireString(values.profile, '--profile'));
    const from = instant(requireString(values.from, '--from'), '--from');
    const ladderKey = values.ladder ?? profile.ladders[0]!.key;
    if (!profile.ladders.some((l) => l.key === ladderKey))
      throw new UsageError(`--ladder "${ladderKey}" is not in ${profile.id}; its ladders are ${profile.ladders.map((l) => l.key).join(', ')}`);
    const urgency = values.urgency ?? profile.urgency?.defaultLevel ?? null;
    if (values.urgency && !profile.urgency?.levels.some((l) => l.key === values.urgency))
      throw new UsageError(`--urgency "${values.urgency}" is not a level of ${profile.id}${profile.urgency ? ` (${profile.urgency.levels.map((l) => l.key).join(', ')})` : ' (it has no urgency scheme)'}`);
    const calendar = createCalendar({ region: profile.region, closureDays: profile.closureDays });
    const timeline = projectTimeline(profile, ladderKey, urgency, from, calendar, { includeInformal: values.informal === true });
    if (values.json) io.out(JSON.stringify(timeline));
    else {
      for (const s of timeline.stages) {
        io.out(`${s.label.padEnd(40)} ${s.recipientRole.padEnd(40)} ${s.dueDate ?? 'no timescale'}`);
        // Steps inside the stage, indented: a conditional one says what it waits on; hour clocks show the time.
        for (const st of s.steps ?? []) {
          const cond = st.when ? ` (if ${st.when.step} is ${st.when.outcome})` : st.alongside ? ' (alongside)' : '';
          io.out(`  - ${`${st.label}${cond}`.padEnd(76)} ${st.time !== null && 'hours' in st.time && st.dueAt ? `${st.dueDate} ${londonClockTime(st.dueAt)}` : (st.dueDate ?? 'no timescale')}`);
        }
      }
      io.out(`Overall target: ${timeline.overallDueDate ?? 'none'}`);
    }
    return 0;
  },
};
