/**
 * The operations this window sent (their opIds): their changes come back on the change feed, but the window already
 * has their result, so they are not news and reload nothing. One operation may write several rows, with ids
 * "op#1" (further events) or "op:contact" (a contact saved with it).
 */
const own = new Set<string>();

export function markOwnOperation(opId: string): void {
  own.add(opId);
  if (own.size > 500) own.delete(own.values().next().value!);
}

const baseOp = (opId: string) => opId.replace(/[#:].*$/, '');

export const isOwnChange = (c: { opId?: string }): boolean => c.opId !== undefined && own.has(baseOp(c.opId));
