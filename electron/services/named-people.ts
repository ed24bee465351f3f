import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { addresseeSchema } from '../../shared/engine/commands';
import type { NamedPerson } from '../../shared/engine/types';
import { jobRoleForRecipient } from '../../shared/people/roles';
import type { Db } from '../../db/tracker';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { peopleRepo } from '../../db/repositories/people-repo';
import { recentRecipientsRepo } from '../../db/repositories/recent-recipients-repo';
import type { ServiceContext } from './context';

type Addressee = z.output<typeof addresseeSchema>;
type Naming = { recipient?: Addressee; copies?: Addressee[] };

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** The key a recipient role is remembered under: the directory's job role, else the procedure's own words. */
export const recipientRoleKey = (role: string): string => jobRoleForRecipient(role) ?? role.trim().toLowerCase();

/**
 * One named person, settled inside the write: someone picked from People must still be there; "someone
 * else" typed by the chair with "save as a contact" joins People as a contact (no app role, so not a user of
 * the app), audited, unless the same name and address are already there.
 */
async function settle(ctx: ServiceContext, tx: Db, a: Addressee, team: string, opId: string, field: string): Promise<Addressee> {
  if (a.personId) {
    const person = await peopleRepo.get(tx, a.personId);
    if (!person) throw new AppError('INVALID', `${a.name} is no longer in People. Choose someone else, or type their name, role and email.`, { field });
    return a;
  }
  if (!a.saveAsContact) return a;
  const existing = (await peopleRepo.list(tx, { includeInactive: false })).find((p) => same(p.name, a.name) && same(p.email, a.email));
  if (existing) return { ...a, personId: existing.id, saveAsContact: false };
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  const role = jobRoleForRecipient(a.role) ?? 'other';
  await peopleRepo.insert(tx, { id, name: a.name, email: a.email || null, role, team: team || null, osUser: null, active: true, version: 1, createdAt: at, createdBy: ctx.actor.name, updatedAt: at, updatedBy: ctx.actor.name });
  await changeLogRepo.record(tx, {
    entity: 'person',
    entityId: id,
    action: 'contact-added',
    actor: ctx.actor.name,
    machine: ctx.machine,
    at,
    opId,
    detail: JSON.stringify({ name: a.name, role: a.role, jobRole: role, email: a.email, team, appRole: 'none' }),
  });
  return { ...a, personId: id, saveAsContact: false };
}

/** The command with every person it names settled (contacts saved); commands that name nobody pass through. */
export async function settleNamedPeople<C extends Naming>(ctx: ServiceContext, tx: Db, cmd: C, team: string, opId: string): Promise<C> {
  if (!cmd.recipient && !cmd.copies?.length) return cmd;
  const recipient = cmd.recipient ? await settle(ctx, tx, cmd.recipient, team, `${opId}:contact`, 'recipient') : undefined;
  const copies: Addressee[] = [];
  for (const [i, c] of (cmd.copies ?? []).entries()) copies.push(await settle(ctx, tx, c, team, `${opId}:contact-cc${i}`, `copies.${i}`));
  return { ...cmd, ...(recipient ? { recipient } : {}), ...(cmd.copies ? { copies } : {}) };
}

/** Remembers who was named for the stage's role in the child's team, so the picker offers them first next time. */
export async function rememberRecipient(ctx: ServiceContext, tx: Db, stageRole: string, team: string, person: NamedPerson | null | undefined): Promise<void> {
  if (!person || !stageRole.trim()) return;
  await recentRecipientsRepo.remember(tx, {
    roleKey: recipientRoleKey(stageRole),
    team: team.trim(),
    name: person.name,
    role: person.role,
    email: person.email,
    personId: person.personId ?? null,
    namedAt: ctx.now().toISOString(),
    namedBy: ctx.actor.name,
  });
}
