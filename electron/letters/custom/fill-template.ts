import { patchDetector, patchDocument, PatchType, TextRun, type IPatch, type TableRowsPatch } from 'docx';
import type { LetterData } from '../types';
import { applyFormControls } from '../form/apply-controls';
import { formSpecOf } from '../form/form-spec';
import { ownProperties } from './doc-properties';
import { notWordDocument, PackageProblem, readTemplatePackage, repeatingOutsideRows } from './package-checks';
import { isKnownPlaceholder, repeatingPlaceholders, scalarPlaceholders } from './placeholders';

/** A team template that cannot be used, with a sentence saying what to do about it. */
export class TemplateError extends Error {}

export interface TemplateCheck {
  placeholders: string[];
  unknown: string[];
}

const delimiters = { start: '{{', end: '}}' };

/**
 * Lists a template's placeholders and the ones the app does not know. A file that is not a Word document,
 * is damaged, too large or carries macros is a TemplateError naming the file, never a crash halfway
 * through a letter; so is a repeating field outside a table row, which would be printed as it is.
 */
export async function inspectTemplate(data: Uint8Array, fileName: string): Promise<TemplateCheck> {
  let parts;
  try {
    parts = readTemplatePackage(data, fileName);
  } catch (err) {
    if (err instanceof PackageProblem) throw new TemplateError(err.message);
    throw err;
  }
  let found: readonly string[];
  try {
    found = await patchDetector({ data, placeholderDelimiters: delimiters, trimPlaceholders: true });
  } catch {
    throw new TemplateError(notWordDocument(fileName));
  }
  const outside = repeatingOutsideRows(parts);
  if (outside.length) {
    throw new TemplateError(
      `In ${fileName}, ${outside.map((k) => `{{${k}}}`).join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside a table row. A repeating field fills one table row per item: put it in a row of a table (the row is copied for each item) and upload the template again.`,
    );
  }
  const placeholders = [...new Set(found)].sort();
  return { placeholders, unknown: placeholders.filter((p) => !isKnownPlaceholder(p)) };
}

/** The sentence for placeholders the app does not know: refused at upload and at use. */
export const unknownPlaceholders = (fileName: string, unknown: readonly string[]): string =>
  `The template ${fileName} has placeholders the app does not know: ${unknown.map((u) => `{{${u}}}`).join(', ')}. Correct them in Word (the list is in Settings → Templates) and upload it again.`;

const text = (value: string): IPatch => ({
  type: PatchType.PARAGRAPH,
  children: value.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1 })),
});

/**
 * Fills a team template with `patchDocument`: each known placeholder becomes its text (keeping the
 * template's own formatting, even when Word split the placeholder across runs), and each repeating
 * table row is copied once per item. Unknown placeholders refuse the letter, so "{{chld.name}}" never
 * reaches a manager.
 */
export async function fillTemplate(template: Uint8Array, fileName: string, data: LetterData): Promise<Buffer> {
  const check = await inspectTemplate(template, fileName);
  if (check.unknown.length) {
    throw new TemplateError(unknownPlaceholders(fileName, check.unknown));
  }
  const used = new Set(check.placeholders);
  const patches: Record<string, IPatch | TableRowsPatch> = {};
  for (const p of scalarPlaceholders) if (used.has(p.key)) patches[p.key] = text(p.value(data));
  for (const r of repeatingPlaceholders) {
    if (!r.fields.some((f) => used.has(`${r.key}.${f.name}`))) continue;
    patches[r.key] = {
      type: PatchType.TABLE_ROWS,
      rows: r.rows(data).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, text(v)]))),
    };
  }
  let filled: Buffer;
  try {
    filled = await patchDocument({
      outputType: 'nodebuffer',
      data: template,
      patches,
      keepOriginalStyles: true,
      recursive: true,
      trimPlaceholders: true,
      placeholderDelimiters: delimiters,
    });
  } catch (err) {
    throw new TemplateError(`The template ${fileName} could not be filled in (${err instanceof Error ? err.message : String(err)}). Open it in Word, save it again as .docx and upload it again.`);
  }
  // {{form.*}} placeholders make the letter a returnable form, as the built-in stage form is.
  return applyFormControls(ownProperties(filled, data), formSpecOf(data));
}
