import { PersonPicker, pickedFromText, pickedToText, type PickedPerson } from './person-picker';

/** The copies as the form keeps them: one picker's value per copy-to role, joined as JSON. */
export function copiesFromText(text: string): Record<string, PickedPerson | null> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as Record<string, string>;
    return Object.fromEntries(Object.entries(v).map(([role, p]) => [role, pickedFromText(p)]));
  } catch {
    return {};
  }
}
export const copiesToText = (v: Record<string, PickedPerson | null>): string => JSON.stringify(Object.fromEntries(Object.entries(v).map(([role, p]) => [role, pickedToText(p)])));

/** The people named for a stage's copy-to roles, each printed under the procedure's role. */
export function namedCopies(v: Record<string, PickedPerson | null>): PickedPerson[] {
  return Object.entries(v).flatMap(([role, p]) => (p && p.name.trim() ? [{ ...p, role }] : []));
}

/**
 * One picker per role the procedure copies in at this stage (the LCS form's Safeguarding Business Manager,
 * Haringey's Service Manager and Head of Service for a transition): named like the recipient, or left as the role.
 */
export function CopiesPicker({ roles, childId, value, onChange }: { roles: string[]; childId: string; value: Record<string, PickedPerson | null>; onChange: (v: Record<string, PickedPerson | null>) => void }) {
  return (
    <>
      {roles.map((role) => (
        <PersonPicker key={role} label={`Copied in: ${role}`} recipientRole={role} childId={childId} value={value[role] ?? null} onChange={(p) => onChange({ ...value, [role]: p })} />
      ))}
    </>
  );
}
