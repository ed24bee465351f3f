import { Packer } from 'docx';
import type { LetterData } from '../types';
import { readZip, writeZip, type ZipEntries } from '../zip';
import { letterDocument } from './letterhead';
import { shapeOf, type Shape } from './shape';
import { TOKEN, type Values } from './tokens';
import type { FileChild } from './blocks';
import { addFormIdentity, hasFormMarkers, layFormControls, type ChecksumTexts, type FormSpec } from '../form/apply-controls';
import { EMPTY_RESPONSE, formMarkerValues } from '../form/fields';

/**
 * Lays a letter out with docx once per shape (document, optional lines, list lengths, logo), keeps the
 * package's parts, and fills the tokens for each letter. Laying out with docx costs tens of milliseconds;
 * filling is string work and native deflate, so a batch of a hundred letters takes a moment.
 */

const MAX_CACHED = 64;

/** A layout: the package's parts with tokens, and for a returnable form the text its checksums are taken of. */
interface Layout {
  parts: ZipEntries;
  form?: ChecksumTexts;
}
const cache = new Map<string, Layout>();

/** An outgoing form (no response yet): its controls, protection and checksum text are the same for every letter of the layout. */
export interface BlankForm {
  outcomes: FormSpec['outcomes'];
}

async function layout(shape: Shape, body: (s: Shape) => FileChild[], logo: LetterData['letterhead']['logo'], form?: BlankForm): Promise<Layout> {
  const key = JSON.stringify([shape, form?.outcomes ?? null]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const parts = readZip(await Packer.toBuffer(letterDocument(logo, body(shape))));
  if (form) {
    // The response fields' markers are the same in every letter: put them in, then lay the controls out on them.
    const markers = formMarkerValues();
    const xml = parts.get('word/document.xml')!.toString('utf8');
    parts.set('word/document.xml', Buffer.from(xml.replace(TOKEN, (token: string, key: string) => (key in markers ? escapeXml(markers[key]!) : token)), 'utf8'));
  }
  const made: Layout = { parts, form: form && hasFormMarkers(parts) ? layFormControls(parts, { outcomes: form.outcomes, values: EMPTY_RESPONSE }) : undefined };
  cache.set(key, made);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return made;
}

/** The letter's values in place of the tokens of a layout's text (as fillRuns puts them in the document). */
const filledText = (text: string, values: Values) => text.replace(TOKEN, (_, key: string) => valueOf(values, key).replace(INVALID_XML, ''));

// XML 1.0 forbids most control characters: a pasted one must not make the letter unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapeXml = (s: string) => s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function valueOf(values: Values, key: string): string {
  const v = values.text[key];
  if (v === undefined) throw new Error(`The built-in letter has no value for ⟦${key}⟧`);
  return v;
}

/** Inside a run's text: line breaks become <w:br/> between text elements of the same run (same formatting). */
function fillRuns(xml: string, values: Values): string {
  return xml.replace(TOKEN, (_, key: string) => escapeXml(valueOf(values, key)).replace(/\r?\n/g, '</w:t><w:br/><w:t xml:space="preserve">'));
}

/** Check boxes whose alias names a ticked key: checked state on and ☒ shown; the alias becomes a plain name. */
function fillTicks(xml: string, values: Values): string {
  return xml.replace(/<w:sdt>(?:(?!<\/w:sdt>).)*?<\/w:sdt>/gs, (sdt) => {
    const m = /w:alias w:val="⟦tick:([^⟧]+)⟧"/.exec(sdt);
    if (!m) return sdt;
    const on = values.ticks[m[1]!] === true;
    // The control's title in Word: the item it ticks.
    const named = sdt.replace(m[0], `w:alias w:val="${escapeXml(values.text[m[1]!] ?? '')}"`);
    return on ? named.replace('<w14:checked w14:val="0"/>', '<w14:checked w14:val="1"/>').replace('w:char="2610"', 'w:char="2612"') : named;
  });
}

/** The package's created/modified dates are the letter's, not the day its layout was cached. */
function stampDates(xml: string, date: string): string {
  return xml.replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*(<\/dcterms:)/g, `$1${date}T12:00:00Z$2`);
}

/**
 * A built-in letter: the cached layout for its shape, filled with its values. With `form` (a stage form going out,
 * no response recorded yet) the layout already holds the response controls and the protection, and only the letter's
 * identity and checksums are added here: laying controls out is XML parsing, done once per layout, not per letter.
 */
export async function renderWithSkeleton(d: LetterData, body: (s: Shape) => FileChild[], values: Values, form?: BlankForm & { spec: FormSpec }): Promise<Buffer> {
  const { parts, form: texts } = await layout(shapeOf(d), body, d.letterhead.logo, form);
  const out = new Map<string, Buffer>();
  for (const [name, data] of parts) {
    const xml = name.endsWith('.xml') ? data.toString('utf8') : '';
    if (!xml.includes('⟦')) out.set(name, data);
    else if (name.startsWith('word/')) out.set(name, Buffer.from(fillRuns(fillTicks(xml, values), values), 'utf8'));
    else out.set(name, Buffer.from(stampDates(xml.replace(TOKEN, (_, key: string) => escapeXml(valueOf(values, key).replace(/\s*\n\s*/g, ' '))), d.date), 'utf8'));
  }
  if (form && texts) addFormIdentity(out, form.spec, { checksum: filledText(texts.checksum, values), sectionChecksum: filledText(texts.sectionChecksum, values) });
  return writeZip(out);
}
