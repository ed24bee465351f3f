/** A themed concern's history: the payload of each theme_events row (append-only). */
export type ThemeEventBody =
  | { kind: 'raised'; title: string; owner: string; fromCaseId: string | null }
  | { kind: 'edited'; fields: string[]; owner: string }
  | { kind: 'evidence-added'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'status-changed'; from: string; to: string; note: string }
  | { kind: 'linked'; escalationId: string | null; childId: string; caseId: string; childName: string }
  | { kind: 'unlinked'; escalationId: string | null; childId: string; caseId: string; childName: string };

const STATUS_WORDS: Record<string, string> = {
  open: 'open (gathering evidence)',
  escalated: 'escalated to senior managers',
  monitoring: 'monitoring',
  closed: 'closed',
};

export function themeStatusWords(status: string): string {
  return STATUS_WORDS[status] ?? status;
}

/** One sentence for the history list (the same words on screen and in exports). */
export function describeThemeEvent(body: ThemeEventBody): string {
  switch (body.kind) {
    case 'raised':
      return `Themed concern raised${body.fromCaseId ? ` from the escalation for ${body.fromCaseId}` : ''}${body.owner ? `; owner ${body.owner}` : ''}.`;
    case 'edited':
      return body.fields.length ? `Changed ${body.fields.join(', ')}.` : 'Saved without changes.';
    case 'evidence-added':
      return `Evidence added: ${body.text}`;
    case 'note':
      return `Note: ${body.text}`;
    case 'status-changed':
      return `Status changed from ${themeStatusWords(body.from)} to ${themeStatusWords(body.to)}: ${body.note}`;
    case 'linked':
      return body.escalationId ? `Linked the escalation for ${body.childName} (${body.caseId}).` : `Linked ${body.childName} (${body.caseId}).`;
    case 'unlinked':
      return body.escalationId ? `Removed the link to the escalation for ${body.childName} (${body.caseId}).` : `Removed the link to ${body.childName} (${body.caseId}).`;
    default: {
      const unreachable: never = body;
      return `Unknown event ${JSON.stringify(unreachable)}`;
    }
  }
}
