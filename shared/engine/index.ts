/** The stage engine: pure functions over an escalation's append-only event log. */
export * from './types';
export type { EngineContext } from './context';
export { decide } from './decide';
export { allowedCommands, type AllowedCommands, type StageChoice } from './allowed';
export { commandSchema, raiseCommandSchema, concernSchema, nextCommandKinds, addresseeSchema, requestedActionSchema, emailAddressSchema, sentHows, sentHowLabels } from './commands';
export { stagePeopleOf, namedPersonOf, describeNamed } from './stage-people';
export { chainedOpening } from './chain';
export { happenedAtOf } from './happened';
export { project } from './project';
export { timelinessOf } from './timeliness';
export { dueStatus } from './due-status';
export { projectTimeline, type Timeline, type TimelineStage, type TimelineOptions } from './timeline';
export { responseTimeFor, ladderForCohort, findLadder, stepsOf, describeResponseTime, cohortPhrase, type Step } from './ladder';
export { stepsOfStage, dateSteps, IMPLICIT_STEP, type StepPlan, type DatedStep, type DatedSteps } from './steps';
export type { TimelineStep } from './timeline';
