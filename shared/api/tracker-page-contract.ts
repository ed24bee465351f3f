import { z } from 'zod';
import { escalationCsvSchema, opIdSchema, trackerFilterSchema } from './inputs';
import type { EscalationRow } from './outputs';
import { noInput, out } from './out';

export interface SavedView {
  id: string;
  name: string;
  filter: z.output<typeof trackerFilterSchema>;
  updatedAt: string;
}

export interface Reminders {
  today: string;
  dueToday: EscalationRow[];
  overdue: EscalationRow[];
  /** Resolutions whose agreed action is due to be checked today or earlier (My day lists them). */
  followUpsDue: EscalationRow[];
}

/** Tracker extras: saved views, CSV export of the current view, and the signed-in chair's reminders. */
export const trackerPageContract = {
  'views.list': { input: noInput, output: out<SavedView[]>() },
  'views.save': {
    input: z.object({ name: z.string().trim().min(1, 'Give the view a name').max(80, 'Keep the name under 80 characters'), filter: trackerFilterSchema, opId: opIdSchema }),
    output: out<SavedView>(),
  },
  'views.remove': { input: z.object({ id: z.string().min(1), opId: opIdSchema }), output: out<{ removed: boolean }>() },
  'escalations.csv': { input: escalationCsvSchema, output: out<{ filename: string; csv: string; rows: number }>() },
  'reminders.mine': { input: noInput, output: out<Reminders>() },
  /** Distinct chairs and teams for the tracker's filter lists. */
  'tracker.facets': { input: noInput, output: out<{ chairs: string[]; teams: string[] }>() },
} as const;
