export * from './contract';
export * from './result';
export * from './inputs';
export type * from './outputs';
export { describeIssues } from './describe-issues';
