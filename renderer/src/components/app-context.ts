import { createContext, useContext } from 'react';
import type { AppInfo } from '../../../shared/api/outputs';
import type { Profile } from '../../../shared/profile/schema';

export interface AppContextValue {
  info: AppInfo;
  profile: Profile;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}
