import { formatLongDate } from '../../../shared/calendar';
import { PLACEHOLDER } from './fields';

/**
 * WordprocessingML for the inline content controls of the returned form (ECMA-376 Part 1 §17.5.2, w14
 * check boxes from [MS-DOCX] 2.6.1). The `docx` package writes only check boxes, so text and date controls
 * are written here, in the shape Word itself writes them: w:alias (title), w:tag (our key), w:showingPlcHdr
 * while the grey placeholder text is shown, w:date with the display format, w14:checkbox with its two glyphs.
 */

// XML 1.0 forbids most control characters: a pasted one must not make the form unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const escapeXml = (s: string): string =>
  s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The run properties of the text the control stands in (font, size), kept so the answer looks like the form. */
export interface RunStyle {
  rPrInner: string;
}

const GREY = '<w:color w:val="808080"/>';

function textRuns(text: string, rPrInner: string): string {
  // Line breaks typed in a multi-line control are w:br inside the run, as Word saves them.
  const pieces = text.split(/\r?\n/).map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
  return `<w:r>${rPrInner ? `<w:rPr>${rPrInner}</w:rPr>` : ''}${pieces.join('<w:br/>')}</w:r>`;
}

const common = (tag: string, alias: string) => `<w:alias w:val="${escapeXml(alias)}"/><w:tag w:val="${escapeXml(tag)}"/><w:id w:val="${idOf(tag)}"/>`;

/** A stable w:id from the tag, so the same form gives the same bytes (Word only needs ids to be unique). */
function idOf(tag: string): number {
  let h = 0x811c9dc5;
  for (const ch of tag) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return (h % 2_000_000_000) + 1;
}

/** A plain-text control; empty = showing its placeholder. */
export function textControl(opts: { tag: string; alias: string; value: string; multiLine: boolean; style: RunStyle }): string {
  const empty = opts.value.trim() === '';
  const pr = `<w:sdtPr>${opts.style.rPrInner ? `<w:rPr>${opts.style.rPrInner}</w:rPr>` : ''}${common(opts.tag, opts.alias)}${empty ? '<w:showingPlcHdr/>' : ''}<w:text${opts.multiLine ? ' w:multiLine="1"' : ''}/></w:sdtPr>`;
  const content = empty ? textRuns(PLACEHOLDER.text, opts.style.rPrInner + GREY) : textRuns(opts.value, opts.style.rPrInner);
  return `<w:sdt>${pr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/** Dates in full, as everywhere else in the letters ("Thursday 6 March 2025"); Word's picture for it below. */
const DATE_PICTURE = 'dddd d MMMM yyyy';

/** A date-picker control; Word keeps the chosen day in w:fullDate and shows it in the picture's format. */
export function dateControl(opts: { tag: string; alias: string; value: string | null; style: RunStyle }): string {
  const full = opts.value ? ` w:fullDate="${opts.value}T00:00:00Z"` : '';
  const date = `<w:date${full}><w:dateFormat w:val="${DATE_PICTURE}"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>`;
  const pr = `<w:sdtPr>${opts.style.rPrInner ? `<w:rPr>${opts.style.rPrInner}</w:rPr>` : ''}${common(opts.tag, opts.alias)}${opts.value ? '' : '<w:showingPlcHdr/>'}${date}</w:sdtPr>`;
  const content = opts.value ? textRuns(formatLongDate(opts.value), opts.style.rPrInner) : textRuns(PLACEHOLDER.date, opts.style.rPrInner + GREY);
  return `<w:sdt>${pr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

const GLYPH_FONT = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>';

/** A check box (w14): ☒ when checked, ☐ when not, as Word's own Check Box Content Control. */
export function checkboxControl(opts: { tag: string; alias: string; checked: boolean }): string {
  const pr = `<w:sdtPr>${common(opts.tag, opts.alias)}<w14:checkbox><w14:checked w14:val="${opts.checked ? 1 : 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>`;
  return `<w:sdt>${pr}<w:sdtContent><w:r><w:rPr>${GLYPH_FONT}</w:rPr><w:t>${opts.checked ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt>`;
}

/** A plain run of text, e.g. the outcome beside its check box. */
export const plainRun = (text: string, style: RunStyle, breakBefore = false): string =>
  `<w:r>${style.rPrInner ? `<w:rPr>${style.rPrInner}</w:rPr>` : ''}${breakBefore ? '<w:br/>' : ''}${text ? `<w:t xml:space="preserve">${escapeXml(text)}</w:t>` : ''}</w:r>`;
