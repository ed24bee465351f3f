import type { Document, Element } from '@xmldom/xmldom';
import { readZip, writeZip, type ZipEntries } from '../zip';
import { checkboxControl, dateControl, plainRun, textControl, type RunStyle } from './controls-xml';
import { isFieldKey, MARKER, outcomeTagOf, RESPONSE_FIELDS, tagOf, type ResponseFieldKey, type ResponseValues } from './fields';
import { checksumTextOf, digest, identityXml, sectionOf, sectionTextOf, type FormIdentity } from './identity';
import { fragment, innerXml, isElement, parseXml, serializeXml, W, wAll, wChild } from './ooxml-dom';
import { addIdentityParts } from './package-parts';
import { protectForForms } from './protection';

/**
 * Turns a filled letter into a returnable form: every ⟪form:key⟫ marker (from the built-in stage form or a
 * team template's {{form.key}} placeholder) becomes a tagged content control, the form's identity and
 * checksums go into a custom XML part, and the document is protected so only the controls can be edited.
 * A letter without markers is returned unchanged.
 */

export interface FormSpec {
  identity: Omit<FormIdentity, 'checksum' | 'sectionChecksum'>;
  /** The profile's outcomes, one check box each. */
  outcomes: readonly { key: string; label: string }[];
  /** Filled in on a form made after the response was recorded; empty on a form going out. */
  values: ResponseValues;
}

function controlXml(key: ResponseFieldKey, spec: FormSpec, style: RunStyle): string {
  const field = RESPONSE_FIELDS.find((f) => f.key === key)!;
  const v = spec.values;
  switch (field.kind) {
    case 'text':
    case 'multiline':
      return textControl({ tag: tagOf(key), alias: field.alias, value: String(v[key as 'what'] ?? ''), multiLine: field.kind === 'multiline', style });
    case 'date':
      return dateControl({ tag: tagOf(key), alias: field.alias, value: v[key as 'date'], style });
    case 'checkboxes':
      // One line per outcome: the box, then the outcome's words (as on the form's tick lists).
      return spec.outcomes
        .map((o) => `${plainRun('', style, true)}${checkboxControl({ tag: outcomeTagOf(o.key), alias: o.label, checked: v.outcomeKeys.includes(o.key) })}${plainRun(` ${o.label}`, style)}`)
        .join('');
    default: {
      const unreachable: never = field.kind;
      return unreachable;
    }
  }
}

/** Replaces the run holding a marker with: the text before it, the control, the text after it. */
function replaceMarker(doc: Document, t: Element, spec: FormSpec): boolean {
  const text = t.textContent ?? '';
  const m = MARKER.exec(text);
  const run = t.parentNode;
  if (!m || !isFieldKey(m[1]!) || !isElement(run) || run.localName !== 'r') return false;
  const style: RunStyle = { rPrInner: innerXml(wChild(run, 'rPr')) };
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const parts = [before ? plainRun(before, style) : '', controlXml(m[1], spec, style), after ? plainRun(after, style) : ''].join('');
  // Anything else in the run (a break before the marker, text after it) keeps its place around the control.
  const siblingsBefore: Element[] = [];
  const siblingsAfter: Element[] = [];
  let seen = false;
  for (let c = run.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.localName === 'rPr') continue;
    if (c === t) seen = true;
    else (seen ? siblingsAfter : siblingsBefore).push(c);
  }
  const parent = run.parentNode!;
  const wrap = (els: Element[]) => {
    if (!els.length) return;
    const r = run.cloneNode(false) as Element;
    const rPr = wChild(run, 'rPr');
    if (rPr) r.appendChild(rPr.cloneNode(true));
    for (const e of els) r.appendChild(e.cloneNode(true));
    parent.insertBefore(r, run);
  };
  wrap(siblingsBefore);
  for (const n of fragment(doc, parts)) parent.insertBefore(n, run);
  wrap(siblingsAfter);
  parent.removeChild(run);
  return true;
}

export function hasFormMarkers(entries: ZipEntries): boolean {
  return MARKER.test(entries.get('word/document.xml')?.toString('utf8') ?? '');
}

export function applyFormControls(docx: Buffer, spec: FormSpec): Buffer {
  const entries = readZip(docx);
  if (!hasFormMarkers(entries)) return docx;
  const texts = layFormControls(entries, spec);
  addFormIdentity(entries, spec, texts);
  return writeZip(entries);
}

/** The body's text as the two checksums read it (see identity.ts), before digesting. */
export interface ChecksumTexts {
  checksum: string;
  sectionChecksum: string;
}

/**
 * The part of making a form that is the same for every letter of one layout: the markers become controls (holding
 * `spec`'s values) and the document is protected. Returns the text the checksums are taken of. `entries` is changed.
 */
export function layFormControls(entries: ZipEntries, spec: Pick<FormSpec, 'outcomes' | 'values'>): ChecksumTexts {
  const doc = parseXml(entries.get('word/document.xml')!.toString('utf8'), 'word/document.xml');
  for (const t of wAll(doc, 't').filter((x) => MARKER.test(x.textContent ?? ''))) replaceMarker(doc, t, { identity: { escalationId: '', stageKey: '', letterId: '', caseId: '' }, ...spec });
  const ours = wAll(doc, 'sdt').filter((s) => (wChild(wChild(s, 'sdtPr')!, 'tag')?.getAttributeNS(W, 'val') ?? '').startsWith('et:'));
  const sections = [...new Set(ours.map(sectionOf))];
  entries.set('word/document.xml', Buffer.from(serializeXml(doc), 'utf8'));
  protectForForms(entries);
  return { checksum: checksumTextOf(doc), sectionChecksum: sectionTextOf(doc, sections) };
}

/** The part that is the letter's own: its identity and the checksums of its text, in the package's custom parts. */
export function addFormIdentity(entries: ZipEntries, spec: FormSpec, texts: ChecksumTexts): void {
  const identity: FormIdentity = { ...spec.identity, checksum: digest(texts.checksum), sectionChecksum: digest(texts.sectionChecksum) };
  addIdentityParts(entries, identityXml(identity), identity);
}
