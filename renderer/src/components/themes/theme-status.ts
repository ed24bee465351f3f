import type { ThemeStatus } from '../../../../shared/api/reports-outputs';

export const themeStatusLabel: Record<ThemeStatus, string> = {
  open: 'Open – gathering evidence',
  escalated: 'Escalated to senior managers',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

export const themeStatuses = Object.keys(themeStatusLabel) as ThemeStatus[];
