import { createCalendar } from '../../../shared/calendar';
import type { Calendar } from '../../../shared/calendar/types';
import { decide, project, type Command, type CommandOf, type EngineContext, type EngineResult, type EscalationEvent, type EscalationState } from '../../../shared/engine';
import { profileSchema, type Profile, type ProfileInput } from '../../../shared/profile/schema';

/** England & Wales bank holidays, no closures. */
export const calendar: Calendar = createCalendar();

/**
 * A small two-ladder procedure: looked-after children (informal, stages 1–4; stage 4 has no timescale)
 * and child protection (stages 1–2, no informal stage). Bypass, extensions and Cafcass are allowed.
 */
export function profileInput(): ProfileInput {
  return {
    id: 'test-borough',
    name: 'Test Borough escalation protocol',
    authority: 'Test Borough',
    ladders: [
      {
        key: 'lac',
        label: 'Looked-after children',
        cohorts: ['looked-after', 'transition'],
        informal: { label: 'Informal resolution', recipientRole: 'Social Worker', responseTime: { workingDays: 5 } },
        stages: [
          { key: 'stage-1', label: 'Stage 1', recipientRole: 'Team Manager', responseTime: { workingDays: 5 }, kind: 'written-response' },
          { key: 'stage-2', label: 'Stage 2', recipientRole: 'Service Manager', responseTime: { workingDays: 5 }, kind: 'written-response' },
          { key: 'stage-3', label: 'Stage 3', recipientRole: 'Head of Service', responseTime: { calendarDays: 10 }, kind: 'meeting' },
          { key: 'stage-4', label: 'Stage 4', recipientRole: 'Director', responseTime: null, kind: 'written-response' },
        ],
      },
      {
        key: 'cp',
        label: 'Child protection',
        cohorts: ['child-protection'],
        stages: [
          { key: 'stage-1', label: 'Stage 1', recipientRole: 'Team Manager', responseTime: { workingDays: 3 }, kind: 'written-response' },
          { key: 'stage-2', label: 'Stage 2', recipientRole: 'Head of Service', responseTime: { workingDays: 5 }, kind: 'written-response' },
        ],
      },
    ],
    categories: [
      { key: 'care-planning', label: 'Care planning' },
      { key: 'permanence', label: 'Permanence', cohorts: ['looked-after'] },
      { key: 'other', label: 'Other' },
    ],
    outcomes: [
      { key: 'plan-updated', label: 'Plan updated' },
      { key: 'assessment-completed', label: 'Assessment completed' },
    ],
    rules: {
      bypass: { allowed: true, reasonRequired: true, agreedWithRequired: true, agreedWithRole: 'Head of the Reviewing Service' },
      extensions: { allowed: true, maxWorkingDays: 10 },
      cafcass: { allowed: true, cohorts: ['looked-after'], concurrent: true },
    },
  };
}

export function buildProfile(tweak?: (input: ProfileInput) => void): Profile {
  const input = profileInput();
  tweak?.(input);
  return profileSchema.parse(input);
}

/** Devon's shape: a RAG rating that sets the response time at every stage, and a 20 working day overall limit. */
export function buildRagProfile(tweak?: (input: ProfileInput) => void): Profile {
  return buildProfile((input) => {
    input.urgency = {
      label: 'RAG rating',
      defaultLevel: 'green',
      overridesStageTimes: true,
      levels: [
        { key: 'green', label: 'Green', colour: '#2e7d32', responseTime: { workingDays: 5 } },
        { key: 'amber', label: 'Amber', colour: '#ef6c00', responseTime: { workingDays: 3 } },
        { key: 'red', label: 'Red', colour: '#c62828', responseTime: { hours: 24 } },
      ],
    };
    input.overallTarget = { workingDays: 20, from: 'raised' };
    tweak?.(input);
  });
}

export function raise(overrides: Partial<CommandOf<'raise'>> = {}): CommandOf<'raise'> {
  return {
    kind: 'raise',
    ladderKey: 'lac',
    cohort: 'looked-after',
    startAt: 'informal',
    concern: {
      categoryKeys: ['care-planning'],
      summary: 'The care plan has not been updated since the placement changed.',
      impactOnChild: 'Nobody is clear who arranges contact with her brother.',
      requestedAction: { what: 'Update the care plan', who: 'Social Worker', byWhen: null },
      expectedOutcomeKeys: ['plan-updated'],
    },
    // Used only when it starts above the first formal stage, which is a bypass from the start.
    bypass: { reason: 'Risk of harm is immediate.', agreedWith: agreedBy },
    ...overrides,
  };
}

/** The person who agreed a bypass, holding the role the test profile names. */
export const agreedBy = { name: 'J. Smith', role: 'Head of the Reviewing Service', email: '' };

export const cmd = {
  letter: (sentOn: string, to = 'Team Manager'): Command => ({ kind: 'record-letter-sent', sentOn, to }),
  response: (date: string, expectedOutcomeKeys: string[] = []): Command => ({
    kind: 'record-response',
    respondent: 'A. Manager',
    what: 'The plan will be updated',
    who: 'Social Worker',
    byWhen: null,
    expectedOutcomeKeys,
    date,
  }),
  resolve: (date: string, outcomeKeys: string[] = ['plan-updated']): Command => ({ kind: 'resolve', outcomeKeys, date, note: 'Plan updated.' }),
  escalate: (): Command => ({ kind: 'escalate', concernsRemaining: 'No response received.', actionsTaken: 'Chased by email.' }),
  bypass: (toStageKey: string, reason = 'Risk of harm is immediate.', agreedWith: string | typeof agreedBy = agreedBy): Command => ({ kind: 'bypass', toStageKey, reason, agreedWith }),
  extendTo: (newDueDate: string): Command => ({ kind: 'grant-extension', newDueDate, reason: 'Awaiting legal advice.', requestedBy: 'Team Manager' }),
  extendBy: (addWorkingDays: number): Command => ({ kind: 'grant-extension', addWorkingDays, reason: 'Awaiting legal advice.', requestedBy: 'Team Manager' }),
  urgency: (to: string): Command => ({ kind: 'change-urgency', to, reason: 'New information about risk.' }),
  cafcass: (referredOn: string, concurrent = true): Command => ({ kind: 'refer-cafcass', concurrent, referredOn, note: 'Referred to Cafcass.' }),
  meeting: (status: 'scheduled' | 'held' | 'outcome', date: string): Command => ({ kind: 'record-meeting', status, date, attendees: 'IRO, TM', notes: '' }),
  withdraw: (reason = 'The child has moved to another authority.'): Command => ({ kind: 'withdraw', reason }),
  note: (text = 'Spoke to the social worker.'): Command => ({ kind: 'add-note', text }),
};

/** An escalation's log built command by command, as the services would append it. */
export class Story {
  readonly events: EscalationEvent[] = [];

  constructor(
    readonly profile: Profile,
    readonly cal: Calendar = calendar,
  ) {}

  ctx(now: Date | string): EngineContext {
    return { profile: this.profile, calendar: this.cal, now: new Date(now) };
  }

  try(command: Command, now: Date | string): EngineResult {
    return decide(this.events.length === 0 ? null : this.events, command, this.ctx(now));
  }

  /** Applies a command that must be accepted. */
  do(command: Command, now: Date | string): this {
    const result = this.try(command, now);
    if (!result.ok) throw new Error(`${command.kind} refused: ${result.error.code} ${result.error.message}`);
    for (const body of result.events) {
      this.events.push({ seq: this.events.length + 1, at: new Date(now).toISOString(), actor: 'iro@test', opId: `op-${this.events.length + 1}`, body });
    }
    return this;
  }

  state(profile: Profile = this.profile): EscalationState {
    return project(this.events, profile, this.cal);
  }
}

export function story(profile: Profile = buildProfile()): Story {
  return new Story(profile);
}
