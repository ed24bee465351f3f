import { readZip, type ZipEntries } from '../zip';
import { repeatingPlaceholders } from './placeholders';

/**
 * What a team template's package must be before its placeholders are even looked at: a real Word document
 * (the main part present), without macros whatever the file is called, and of a size a letter template
 * has. Each refusal is a sentence the administrator can act on.
 */

/** The upload limit (about 4 MB of base64) is 3 MB of file; a file copied into the folder by hand is held to the same. */
export const MAX_TEMPLATE_BYTES = 3 * 1024 * 1024;
/** Unpacked, a real letter template is well under this; more is a damaged file or a zip bomb. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

export class PackageProblem extends Error {}

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

export function tooLarge(fileName: string, size: number): string {
  return `${fileName} is ${mb(size)} MB; a letter template may be at most ${mb(MAX_TEMPLATE_BYTES)} MB. Pictures make templates large: in Word choose Picture Format → Compress Pictures, save, and use the smaller file.`;
}

export const notWordDocument = (fileName: string): string =>
  `${fileName} is not a Word document (.docx) or it is damaged. Open it in Word, choose Save As → Word Document (.docx), and upload it again.`;

export const hasMacros = (fileName: string): string =>
  `${fileName} is a macro-enabled document (.docm), whatever its name says. Letters go to managers outside the team, so a template may not carry macros: open it in Word, choose Save As → Word Document (.docx), and upload that file.`;

/** The package's parts, or a PackageProblem saying why it cannot be a template. */
export function readTemplatePackage(data: Uint8Array, fileName: string): ZipEntries {
  if (data.length > MAX_TEMPLATE_BYTES) throw new PackageProblem(tooLarge(fileName, data.length));
  if (data.length < 22 || data[0] !== 0x50 || data[1] !== 0x4b) throw new PackageProblem(notWordDocument(fileName));
  let parts: ZipEntries;
  try {
    parts = readZip(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { maxTotalBytes: MAX_UNPACKED_BYTES });
  } catch {
    throw new PackageProblem(notWordDocument(fileName));
  }
  const types = parts.get('[Content_Types].xml')?.toString('utf8');
  // The content types say what the package is; the file name says nothing (a .docm renamed .docx is still a .docm).
  if (types && (/macroEnabled/i.test(types) || /vbaProject/i.test(types))) throw new PackageProblem(hasMacros(fileName));
  if ([...parts.keys()].some((n) => /(^|\/)vba(Project\.bin|Data\.xml)$/i.test(n))) throw new PackageProblem(hasMacros(fileName));
  if (!types || !parts.has('word/document.xml')) throw new PackageProblem(notWordDocument(fileName));
  return parts;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * Repeating fields ({{categories.label}}) written outside a table row: patchDocument repeats table rows
 * only, so elsewhere the braces would be printed as they are. The text is read paragraph by paragraph
 * (a placeholder Word split across runs is still found) with every table row taken out first.
 */
export function repeatingOutsideRows(parts: ZipEntries): string[] {
  const keys = repeatingPlaceholders.map((r) => `${r.key}.`);
  const found = new Set<string>();
  for (const [name, data] of parts) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
    const outside = data.toString('utf8').replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, '');
    for (const p of outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
      const text = decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
      for (const m of text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)) if (keys.some((k) => m[1]!.startsWith(k))) found.add(m[1]!);
    }
  }
  return [...found].sort();
}
