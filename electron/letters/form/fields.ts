/**
 * The manager's response fields of a stage form, as Word content controls. Each control is tagged with a
 * stable key (the w:tag), so a returned form is read by key and never by position or label; the keys are
 * the fields of the "record-response" command (respondent split into name and role).
 */

export type ResponseFieldKey = 'what' | 'who' | 'byWhen' | 'outcomeKeys' | 'date' | 'respondentName' | 'respondentRole';

export interface ResponseField {
  key: ResponseFieldKey;
  /** The label in front of the control on the built-in form (seeds/000 wording where it has one). */
  label: string;
  /** The control's title in Word (w:alias), shown on its tab when the manager clicks in. */
  alias: string;
  kind: 'text' | 'multiline' | 'date' | 'checkboxes';
}

export const RESPONSE_FIELDS: readonly ResponseField[] = [
  { key: 'what', label: 'What are you doing/have done:', alias: 'What are you doing/have done', kind: 'multiline' },
  { key: 'who', label: 'Who:', alias: 'Who', kind: 'text' },
  { key: 'byWhen', label: 'By when:', alias: 'By when', kind: 'date' },
  { key: 'outcomeKeys', label: 'Expected Outcome for the Child: (tick all that apply)', alias: 'Expected outcome', kind: 'checkboxes' },
  { key: 'date', label: 'Date:', alias: 'Date of your response', kind: 'date' },
  { key: 'respondentName', label: 'Your name:', alias: 'Your name', kind: 'text' },
  { key: 'respondentRole', label: 'Your role:', alias: 'Your role', kind: 'text' },
];

/** The w:tag of every control the app writes starts with this, so other controls in a team template are left alone. */
export const TAG_PREFIX = 'et:';
export const tagOf = (key: ResponseFieldKey): string => `${TAG_PREFIX}${key}`;
/** One check box per profile outcome: "et:outcome:<outcome key>". */
export const outcomeTagOf = (outcomeKey: string): string => `${TAG_PREFIX}outcome:${outcomeKey}`;

/**
 * The text standing where a control goes, written by the built-in form and by a team template's
 * {{form.<key>}} placeholder; applyFormControls() replaces it with the control. The brackets are characters
 * no one types, and need no XML escaping.
 */
export const markerOf = (key: ResponseFieldKey): string => `⟪form:${key}⟫`;
export const MARKER = /⟪form:([A-Za-z]+)⟫/;
export const isFieldKey = (k: string): k is ResponseFieldKey => RESPONSE_FIELDS.some((f) => f.key === k);

/** What the form says in a control before anything is typed (Word shows it grey, as its own placeholder). */
export const PLACEHOLDER = { text: 'Click or tap here to enter text.', date: 'Click or tap to enter a date.' } as const;

/** The response as read back from a form, or as written into a form made after it was recorded. */
export interface ResponseValues {
  what: string;
  who: string;
  /** ISO date (yyyy-mm-dd) or null. */
  byWhen: string | null;
  outcomeKeys: string[];
  date: string | null;
  respondentName: string;
  respondentRole: string;
}

export const EMPTY_RESPONSE: ResponseValues = { what: '', who: '', byWhen: null, outcomeKeys: [], date: null, respondentName: '', respondentRole: '' };

/** The values a letter gives its ⟦form.key⟧ tokens: a space after the label, then the marker. */
export function formMarkerValues(): Record<string, string> {
  return Object.fromEntries(RESPONSE_FIELDS.map((f) => [`form.${f.key}`, ` ${markerOf(f.key)}`]));
}
