import { call } from '../../api';

/**
 * Drafts live in this window's localStorage (use-draft.ts) and are mirrored to the host, which keeps them
 * in the user's app-data folder: they survive a cleared browser profile, a crash of the window, and in
 * the web host a different browser. Mirroring is best effort and never blocks typing.
 */
const PREFIX = 'escalation-tracker-draft:';
const pending = new Map<string, unknown>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  timer = undefined;
  const batch = [...pending];
  pending.clear();
  for (const [key, value] of batch) void call('drafts.save', { key, value }).catch(() => undefined);
}

/** Queue a draft (or null to forget it) for the host; sent a second after the last keystroke. */
export function mirrorDraft(key: string, value: unknown): void {
  pending.set(key, value);
  if (timer) clearTimeout(timer);
  timer = setTimeout(flush, 1000);
}

/** Puts drafts the host kept back into localStorage where this window has none (after a crash or a new browser). */
export async function restoreDraftsFromHost(): Promise<void> {
  try {
    const drafts = await call('drafts.list', {});
    for (const [key, draft] of Object.entries(drafts)) {
      const storageKey = PREFIX + key;
      if (localStorage.getItem(storageKey) === null) localStorage.setItem(storageKey, JSON.stringify(draft.value));
    }
  } catch {
    // No host drafts: nothing to restore.
  }
}
