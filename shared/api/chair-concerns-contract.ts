import { z } from 'zod';
import { opIdSchema } from './inputs';
import { out } from './out';
import type { ExportedFile } from './reports-outputs';
import { chairConcernCommandSchema, chairConcernRaiseSchema, type ChairConcernCommandKind, type ChairConcernEvent, type ChairConcernState } from '../chair-concerns/engine';

/** One line of the managers' list of concerns about chairs. */
export interface ChairConcernRow {
  id: string;
  aboutChair: string;
  raisedByAgency: string;
  stageLabel: string;
  status: ChairConcernState['status'];
  raisedOn: string;
  dueDate: string | null;
  outcome: string | null;
}

export interface ChairConcernDetail {
  id: string;
  version: number;
  state: ChairConcernState;
  allowed: { kinds: ChairConcernCommandKind[]; moveTo: { key: string; label: string }[] };
  /** The route's stages, in order, for the stepper. */
  stages: { key: string; label: string; handledBy: string; notes: string[] }[];
  events: { seq: number; at: string; actor: string; body: ChairConcernEvent }[];
  child: { id: string; name: string; caseId: string } | null;
  updatedAt: string;
  updatedBy: string;
}

const id = z.string().trim().min(1, 'id is required').max(64);

/**
 * Concerns about a chair or the reviewing service (DESIGN.md "Concern about a chair"): kept apart from escalations and
 * handled by the reviewing service manager, QA managers and administrators only. Someone who may not see a concern,
 * and the chair it is about, are told it is not in the tracker: its existence is never revealed.
 */
export const chairConcernsContract = {
  'chairConcerns.list': { input: z.object({ status: z.enum(['open', 'closed', 'any']).default('open') }).default({ status: 'open' }), output: out<{ rows: ChairConcernRow[] }>() },
  'chairConcerns.get': { input: z.object({ id }), output: out<ChairConcernDetail>() },
  'chairConcerns.create': { input: chairConcernRaiseSchema.extend({ opId: opIdSchema }), output: out<ChairConcernDetail>() },
  'chairConcerns.command': { input: z.object({ id, version: z.number().int().min(1), opId: opIdSchema, command: chairConcernCommandSchema }), output: out<ChairConcernDetail>() },
  /** The acknowledgement or the formal response to the agency: a Word letter on the letterhead and an email draft with it attached. */
  'chairConcerns.letter': {
    input: z.object({ id, document: z.enum(['acknowledgement', 'response']), opId: opIdSchema }),
    output: out<{ letter: ExportedFile; draft: ExportedFile; detail: ChairConcernDetail }>(),
  },
} as const;
