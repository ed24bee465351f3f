import type { Document, Element } from '@xmldom/xmldom';
import { readZip } from '../zip';
import { PLACEHOLDER, RESPONSE_FIELDS, TAG_PREFIX, type ResponseFieldKey } from './fields';
import { checksumOf, sectionChecksumOf, sectionOf, type FormIdentity } from './identity';
import { isElement, OoxmlError, parseXml, sdtTag, textOf, W, W14, wAll, wChild, wVal } from './ooxml-dom';
import { findIdentity } from './package-parts';
import { parseTypedDate } from './typed-date';

/**
 * Reads a returned stage form (.docx bytes): its identity, and the manager's answers — from the tagged
 * content controls when the file still has them (Word), otherwise from the text after the response
 * section's labels (LibreOffice and Google Docs drop or untag the controls), which the chair must check.
 * Nothing here knows the tracker; returned-forms-service decides what the reading means.
 */

export interface ReadFields {
  what: string;
  who: string;
  byWhen: string | null;
  /** From the check boxes' tags (controls), empty when read from text (see outcomeLabels). */
  outcomeKeys: string[];
  /** The outcomes ticked, by their words (read from text). */
  outcomeLabels: string[];
  date: string | null;
  respondentName: string;
  respondentRole: string;
}

export interface FormReading {
  identity: FormIdentity | null;
  fields: ReadFields;
  /** "controls": read from the tagged content controls; "text": the controls were lost, read from the labels. */
  via: 'controls' | 'text' | 'none';
  /** Fields still showing Word's placeholder (w:showingPlcHdr) or left empty. */
  blank: ResponseFieldKey[];
  /** Typed dates that are not dates, by field. */
  badDates: ResponseFieldKey[];
  /** The text outside the response fields differs from the form as it was sent. */
  editedOutside: boolean;
}

export class NotAFormError extends Error {}

/** No part of a real stage form comes near this; a larger one is refused rather than inflated. */
const MAX_PART_BYTES = 32 * 1024 * 1024;

const clean = (s: string) => s.replace(/\r/g, '').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
const isPlaceholder = (s: string) => s === PLACEHOLDER.text || s === PLACEHOLDER.date;

function emptyFields(): ReadFields {
  return { what: '', who: '', byWhen: null, outcomeKeys: [], outcomeLabels: [], date: null, respondentName: '', respondentRole: '' };
}

function checkboxChecked(sdt: Element): boolean {
  const box = wAll(sdt, 'checkbox', W14)[0];
  const checked = box ? Array.from(box.getElementsByTagNameNS(W14, 'checked'))[0] : undefined;
  const v = checked ? checked.getAttributeNS(W14, 'val') : null;
  if (v !== null) return v === '1' || v === 'true';
  return textOf(sdt).includes('☒');
}

function fromControls(doc: Document, ours: Element[]): Omit<FormReading, 'identity' | 'editedOutside'> {
  const fields = emptyFields();
  const blank = new Set<ResponseFieldKey>();
  const badDates: ResponseFieldKey[] = [];
  const seen = new Set<string>();
  for (const sdt of ours) {
    const tag = sdtTag(sdt)!.slice(TAG_PREFIX.length);
    const pr = wChild(sdt, 'sdtPr')!;
    if (tag.startsWith('outcome:')) {
      if (checkboxChecked(sdt)) fields.outcomeKeys.push(tag.slice('outcome:'.length));
      seen.add('outcomeKeys');
      continue;
    }
    const field = RESPONSE_FIELDS.find((f) => f.key === tag);
    if (!field) continue;
    seen.add(field.key);
    const content = wChild(sdt, 'sdtContent');
    const text = clean(content ? textOf(content) : '');
    if (wChild(pr, 'showingPlcHdr') || text === '' || isPlaceholder(text)) {
      blank.add(field.key);
      continue;
    }
    if (field.kind === 'date') {
      const full = wVal(wChild(pr, 'date'), 'fullDate');
      const day = full ? full.slice(0, 10) : parseTypedDate(text);
      if (day) fields[field.key as 'date'] = day;
      else badDates.push(field.key);
    } else {
      fields[field.key as 'what'] = text;
    }
  }
  if (seen.has('outcomeKeys') && fields.outcomeKeys.length === 0) blank.add('outcomeKeys');
  for (const f of RESPONSE_FIELDS) if (!seen.has(f.key)) blank.add(f.key);
  return { fields, via: 'controls', blank: [...blank], badDates };
}

/** A paragraph's text with check boxes shown as ☒/☐ by their state, whatever glyph or symbol draws them. */
function paragraphText(p: Element): string {
  const out: string[] = [];
  const walk = (n: Element) => {
    if (n.namespaceURI === W && n.localName === 'sdt' && wAll(n, 'checkbox', W14).length) {
      out.push(checkboxChecked(n) ? '☒' : '☐');
      return;
    }
    if (n.namespaceURI === W && n.localName === 'sym') out.push(wVal(n, 'char') === '2612' ? '☒' : wVal(n, 'char') === '2610' ? '☐' : '');
    else if (n.namespaceURI === W && n.localName === 't') out.push(n.textContent ?? '');
    else if (n.namespaceURI === W && (n.localName === 'br' || n.localName === 'cr')) out.push('\n');
    else if (n.namespaceURI === W && (n.localName === 'tab')) out.push('\t');
    else if (!(n.namespaceURI === W && (n.localName === 'del' || n.localName === 'instrText'))) for (let c = n.firstChild; c; c = c.nextSibling) if (isElement(c)) walk(c);
  };
  walk(p);
  return out.join('');
}

const LABELS: [string, ResponseFieldKey][] = [
  ...RESPONSE_FIELDS.map((f): [string, ResponseFieldKey] => [f.label, f.key]),
  ['Expected Outcome for the Child: (use list above)', 'outcomeKeys'],
  ['Expected Outcome for the Child:', 'outcomeKeys'],
  ['By When:', 'byWhen'],
];

/** The section's paragraphs, each answer gathered under the label before it (a manager may press Enter). */
function fromText(section: Element): Omit<FormReading, 'identity' | 'editedOutside'> {
  const answers = new Map<ResponseFieldKey, string[]>();
  let current: ResponseFieldKey | null = null;
  for (const p of wAll(section, 'p')) {
    const text = paragraphText(p);
    const label = LABELS.find(([l]) => text.trimStart().startsWith(l));
    if (label) {
      current = label[1];
      answers.set(current, [text.trimStart().slice(label[0].length)]);
    } else if (current) {
      answers.get(current)!.push(text);
    }
  }
  const fields = emptyFields();
  const blank: ResponseFieldKey[] = [];
  const badDates: ResponseFieldKey[] = [];
  for (const f of RESPONSE_FIELDS) {
    const raw = clean((answers.get(f.key) ?? []).join('\n').replaceAll(PLACEHOLDER.text, '').replaceAll(PLACEHOLDER.date, ''));
    if (f.kind === 'checkboxes') {
      fields.outcomeLabels = raw.split('\n').filter((l) => l.startsWith('☒')).map((l) => l.slice(1).trim());
      if (!fields.outcomeLabels.length) blank.push(f.key);
    } else if (!raw) blank.push(f.key);
    else if (f.kind === 'date') {
      const day = parseTypedDate(raw);
      if (day) fields[f.key as 'date'] = day;
      else badDates.push(f.key);
    } else fields[f.key as 'what'] = raw;
  }
  return { fields, via: 'text', blank, badDates };
}

/** The response section of a form that lost its controls: the table (or paragraph) holding the first label. */
function responseSectionByText(doc: Document): Element | null {
  const first = RESPONSE_FIELDS[0]!.label;
  const p = wAll(doc, 'p').find((x) => paragraphText(x).trimStart().startsWith(first));
  return p ? sectionOf(p) : null;
}

export function readForm(docx: Uint8Array): FormReading {
  let entries;
  try {
    entries = readZip(Buffer.from(docx), { maxEntryBytes: MAX_PART_BYTES });
  } catch {
    throw new NotAFormError('This file is not a Word document (.docx), or it is damaged (or too large to be a returned form).');
  }
  const main = entries.get('word/document.xml');
  if (!main) throw new NotAFormError('This file is not a Word document (.docx): it has no document part.');
  let doc: Document;
  try {
    doc = parseXml(main.toString('utf8'), 'word/document.xml');
  } catch (err) {
    throw new NotAFormError(err instanceof OoxmlError ? `This Word document is damaged: ${err.message}.` : 'This Word document is damaged.');
  }
  let found: ReturnType<typeof findIdentity>;
  try {
    found = findIdentity(entries);
  } catch (err) {
    throw new NotAFormError(err instanceof OoxmlError ? `This Word document is damaged: ${err.message}.` : 'This Word document is damaged.');
  }
  const identity = found?.identity ?? null;
  const ours = wAll(doc, 'sdt').filter((s) => (sdtTag(s) ?? '').startsWith(TAG_PREFIX));
  if (ours.length) {
    const read = fromControls(doc, ours);
    return { identity, ...read, editedOutside: identity?.checksum ? checksumOf(doc) !== identity.checksum : false };
  }
  const section = responseSectionByText(doc);
  if (!section) return { identity, fields: emptyFields(), via: 'none', blank: RESPONSE_FIELDS.map((f) => f.key), badDates: [], editedOutside: false };
  const read = fromText(section);
  return { identity, ...read, editedOutside: identity?.sectionChecksum ? sectionChecksumOf(doc, [section]) !== identity.sectionChecksum : false };
}
