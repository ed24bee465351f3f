import { contract, isChannel, type Handlers } from '../shared/api/contract';
import { AppError, fail, ok, type Result } from '../shared/api/result';
import { describeIssues } from '../shared/api/describe-issues';

export type Logger = (message: string, err?: unknown) => void;

/** Deeper than any input of the contract (a profile is about 8 levels): refused before anything recurses into it. */
export const MAX_INPUT_DEPTH = 32;

/** The path of the first value nested deeper than `max`, or null. Iterative, so a 10,000-deep input cannot overflow the stack. */
export function tooDeepAt(input: unknown, max = MAX_INPUT_DEPTH): string | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= max) return path.slice(0, 3).join('.') || 'input';
    for (const [k, v] of Object.entries(value)) if (v !== null && typeof v === 'object') stack.push({ value: v, path: [...path, k] });
  }
  return null;
}

/**
 * The single entry point for every call, from IPC or HTTP: validates the input against the contract,
 * runs the handler, and turns every failure into a Result. Nothing thrown ever crosses the boundary.
 */
export async function dispatch(handlers: Handlers<void>, channel: string, input: unknown, log: Logger = () => undefined): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('NOT_FOUND', `There is no API call named "${channel}".`);
  const deep = tooDeepAt(input);
  if (deep) return fail('INVALID', `${deep}: nested more than ${MAX_INPUT_DEPTH} levels deep; no input of this app is.`, { field: deep.split('.')[0] });
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
