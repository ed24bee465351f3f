import type { Profile } from '../../shared/profile/schema';

/** How each figure is counted: printed under the report so the Performance & QA meeting can read it as meant. */
export function reportDefinitions(profile: Profile): string[] {
  const target = profile.overallTarget;
  return [
    'Dates are London calendar dates; a period includes its first and last day. Quarters are financial-year quarters (Q1 = April to June).',
    'Initiated: escalations raised in the period. Informal = started at the informal stage; formal = started at a formal stage.',
    'Highest stage reached: of the escalations initiated in the period, the highest stage each had reached by the end of the period.',
    'Category: an escalation with several categories of concern is counted once under each.',
    'Stage timeliness: every stage that ended in the period, by resolution (dated by the resolution date) or by moving up to a later stage (escalation or bypass). It was within timescale if it ended before that stage’s deadline. “Original” deadlines ignore extensions (a change of urgency rating counts); “with extensions” uses the deadline as extended. Stages with no set timescale are left out of the percentages.',
    ...(profile.ladders.some((l) => l.stages.some((st) => st.steps?.length))
      ? [
          'Steps inside stages: each timed step of a stage (a response, a meeting, a decision, a letter) that ended in the period, by the London date it ended: by its deadline, after it, or closed as no response. A meeting step ended with “Record a step” is also counted as a meeting held; one ended by recording the meeting is that meeting.',
        ]
      : []),
    target
      ? `Overall target: escalations resolved in the period whose resolution date was on or before the overall target date (${target.workingDays} working days from ${target.from === 'raised' ? 'the day raised' : 'the first formal stage'}).`
      : 'Overall target: this procedure sets no overall limit, so none is reported.',
    'Median working days to resolution: from the day raised to the resolution date, for escalations resolved in the period, counting Monday to Friday and leaving out bank holidays and local closure days.',
    `Evidence of impact (follow-ups): of the escalations resolved in the period, those resolved with an agreed action (what will be done, by whom, by when) and a date to check it happened: by default the agreed “by when”, else ${profile.rules.followUp.checkAfterWorkingDays} working days after the resolution. Done, partly done and not done are as the chair recorded them by the day the report was made; “raised again” = not done and raised as a new escalation linked to the first; “past the check date” = not yet checked with the check date before that day. Resolved with no follow-up set = nothing agreed, or resolved before follow-ups were kept (never guessed). Median working days to the agreed action: from the day raised to the date the chair recorded it was done, for those done.`,
    'Concerns about a chair or the reviewing service: raised by an agency about a review or conference or its chair (the procedure’s own route, kept apart from escalations and never named by chair in this report), counted by the date raised; the highest stage of the route each reached; the outcome of the latest formal response; and the median working days from the day raised to the first formal response, for those answered.',
    'Bypasses from the start: a concern raised above the first formal stage is a bypass and is counted and listed with the bypasses. Preconditions (what a stage requires first, such as a discussion with a named manager): counted when the stage is entered, as recorded (who, when, how) or waived (the chair recorded why it was not possible). Cafcass: reaching a stage that is the referral to Cafcass is that referral, counted once.',
    'Bypasses and extensions: recorded in the period. Cafcass referrals: referral date in the period (concurrent = the escalation stayed open). Meetings: meeting date in the period.',
    'No response by the deadline: stages the chair escalated after the recipient did not reply by the deadline (“No response — escalated”), counted when the escalation happened, by stage and by the role of the recipient who did not reply.',
    'Still open at the end of the period: raised before the period ended and not closed by then; overdue = past the deadline of the stage it was at.',
    'The previous period is the quarter (or financial year) before; for any other range, the same number of days just before it.',
  ];
}
