import { createContext, useContext, useState } from 'react';

const KEY = 'escalation-tracker-high-contrast';

/** Light or high-contrast theme: remembered on this desktop; Windows' contrast themes switch it on by default. */
export function useThemeChoiceState(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(() => {
    const saved = localStorage.getItem(KEY);
    if (saved !== null) return saved === '1';
    return window.matchMedia?.('(forced-colors: active)').matches ?? false;
  });
  return [
    on,
    (value) => {
      localStorage.setItem(KEY, value ? '1' : '0');
      setOn(value);
    },
  ];
}

export const ThemeChoice = createContext<{ highContrast: boolean; setHighContrast: (on: boolean) => void }>({ highContrast: false, setHighContrast: () => undefined });
export const useThemeChoice = () => useContext(ThemeChoice);
