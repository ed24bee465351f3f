import type { z } from 'zod';
import type { addresseeSchema, requestedActionSchema } from './commands';
import type { NamedPerson, StagePeople } from './types';

type Addressee = z.output<typeof addresseeSchema>;
type RequestedAction = z.output<typeof requestedActionSchema>;

/** The person as the event keeps them: no form flags, an unknown address as null. */
export function namedPersonOf(a: Addressee): NamedPerson {
  return { name: a.name, role: a.role, email: a.email === '' ? null : a.email, ...(a.personId ? { personId: a.personId } : {}) };
}

/** The people and the restated request a command names, as the event that opens the stage stores them (absent when not given). */
export function stagePeopleOf(cmd: { recipient?: Addressee; copies?: Addressee[]; requestedAction?: RequestedAction }): StagePeople {
  return {
    ...(cmd.recipient ? { recipient: namedPersonOf(cmd.recipient) } : {}),
    ...(cmd.copies && cmd.copies.length > 0 ? { copies: cmd.copies.map(namedPersonOf) } : {}),
    ...(cmd.requestedAction ? { requestedAction: { what: cmd.requestedAction.what, who: cmd.requestedAction.who, byWhen: cmd.requestedAction.byWhen } } : {}),
  };
}

/** "Sam Ward, Head of Service" or the role alone when nobody was named. */
export function describeNamed(p: NamedPerson | null | undefined, role = ''): string {
  if (!p) return role;
  return p.name ? `${p.name}, ${p.role}` : p.role;
}
