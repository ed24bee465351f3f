import { useLayoutEffect } from 'react';

/**
 * Keyboard shortcuts use Alt+Shift+letter so that no single character key triggers anything
 * (WCAG 2.1.4 Character Key Shortcuts) and browser/Windows shortcuts keep working.
 */
export const shortcuts = [
  { keys: 'Alt+Shift+N', code: 'KeyN', action: 'new-escalation', label: 'Raise a new concern (choose the child)' },
  { keys: 'Alt+Shift+S', code: 'KeyS', action: 'search', label: 'Search the tracker by child name or case ID' },
  { keys: 'Alt+Shift+T', code: 'KeyT', action: 'tracker', label: 'Go to the tracker' },
  { keys: 'Alt+Shift+C', code: 'KeyC', action: 'children', label: 'Go to children' },
  { keys: 'Alt+Shift+H', code: 'KeyH', action: 'help', label: 'Show this list of shortcuts' },
] as const;
export type ShortcutAction = (typeof shortcuts)[number]['action'];

export function useShortcuts(run: (action: ShortcutAction) => void): void {
  // A layout effect: the shortcuts work from the first frame the page is shown.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const s = shortcuts.find((x) => x.code === e.code);
      if (!s) return;
      e.preventDefault();
      run(s.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
