import { channels, type Api, type Channel, type Input, type Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { markOwnOperation } from './own-operations';

declare global {
  interface Window {
    /** Present in Electron (exposed by the preload script); absent in the web host. */
    api?: Api;
  }
}

const TOKEN_KEY = 'escalation-tracker-token';

function webToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The same contract over HTTP to the loopback web host. */
function httpApi(): Api {
  const token = webToken();
  const call = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'OFFLINE', message: 'The app host cannot be reached. Is it still running?' } };
    }
  };
  return Object.fromEntries(channels.map((c) => [c, (input: unknown) => call(c, input)])) as unknown as Api;
}

export const api: Api = window.api ?? httpApi();

/** Calls a channel and throws an ApiFailure on error, for use with React state. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const fn = api[channel] as (input: Input<C>) => Promise<Result<Output<C>>>;
  // A write's operation id: its changes on the feed are this window's own (see feed-poller).
  const opId = (input as { opId?: unknown } | null)?.opId;
  if (typeof opId === 'string') markOwnOperation(opId);
  const result = await fn(input);
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message, result.error.details);
  return result.data;
}

export const newOpId = (): string => crypto.randomUUID();
