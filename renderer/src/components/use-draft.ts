import { useEffect, useState } from 'react';
import { mirrorDraft } from './tracker-file/draft-mirror';

const PREFIX = 'escalation-tracker-draft:';

/**
 * Form input that survives navigation, a reload or a lost connection: kept in this desktop's storage
 * under `key` until `clear()` is called after a successful save. Nothing typed is ever thrown away.
 */
export function useDraft<T extends object>(key: string, initial: T): [T, (v: T | ((old: T) => T)) => void, () => void] {
  const storageKey = PREFIX + key;
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = localStorage.getItem(storageKey);
      return saved ? ({ ...initial, ...(JSON.parse(saved) as T) } as T) : initial;
    } catch {
      return initial;
    }
  });
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    if (cleared) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(value));
      mirrorDraft(key, value);
    } catch {
      // Storage full or disabled: the form still works, only the draft is not kept.
    }
  }, [storageKey, key, value, cleared]);
  const clear = () => {
    setCleared(true);
    localStorage.removeItem(storageKey);
    mirrorDraft(key, null);
  };
  return [value, setValue, clear];
}

/**
 * Whether a draft with real input exists (to tell the person their earlier input was restored): a
 * form opened and left untouched also leaves a draft, equal to its starting values, which is not news.
 */
export function hasDraft(key: string, initial?: object): boolean {
  try {
    const saved = localStorage.getItem(PREFIX + key);
    if (saved === null) return false;
    return initial === undefined || JSON.stringify({ ...initial, ...(JSON.parse(saved) as object) }) !== JSON.stringify(initial);
  } catch {
    return false;
  }
}
