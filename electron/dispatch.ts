import { contract, isChannel, type Handlers } from '../shared/api/contract';
import { AppError, fail, ok, type Result } from '../shared/api/result';
import { describeIssues } from '../shared/api/describe-issues';

export type Logger = (message: string, err?: unknown) => void;

/**
 * The single entry point for every call, from IPC or HTTP: validates the input against the contract,
 * runs the handler, and turns every failure into a Result. Nothing thrown ever crosses the boundary.
 */
export async function dispatch(handlers: Handlers<void>, channel: string, input: unknown, log: Logger = () => undefined): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('NOT_FOUND', `There is no API call named "${channel}".`);
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) return fail('INVALID', describeIssues(parsed.error));
  try {
    const handler = handlers[channel] as (input: unknown, ctx: void) => Promise<unknown>;
    return ok(await handler(parsed.data, undefined));
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.message, err.details);
    log(`Unexpected failure in ${channel}`, err);
    return fail('INTERNAL', 'Something went wrong and nothing was saved. The details are in the application log; please tell your administrator.');
  }
}
