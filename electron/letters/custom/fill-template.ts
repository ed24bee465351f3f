import { patchDetector, patchDocument, PatchType, TextRun, type IPatch, type TableRowsPatch } from 'docx';
import type { LetterData } from '../types';
import { applyFormControls } from '../form/apply-controls';
import { formSpecOf } from '../form/form-spec';
import { isKnownPlaceholder, repeatingPlaceholders, scalarPlaceholders } from './placeholders';

/** A team template that cannot be used, with a sentence saying what to do about it. */
export class TemplateError extends Error {}

export interface TemplateCheck {
  placeholders: string[];
  unknown: string[];
}

const delimiters = { start: '{{', end: '}}' };

/**
 * Lists a template's placeholders and the ones the app does not know. A file that is not a Word document
 * (or is damaged) is a TemplateError naming the file, never a crash halfway through a letter.
 */
export async function inspectTemplate(data: Uint8Array, fileName: string): Promise<TemplateCheck> {
  const notWord = `${fileName} is not a Word document (.docx) or it is damaged. Open it in Word, choose Save As → Word Document (.docx), and upload it again.`;
  // A .docx is a zip whose directory names word/document.xml; names in a zip directory are stored as plain text.
  if (data.length < 22 || data[0] !== 0x50 || data[1] !== 0x4b || !Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes('word/document.xml')) {
    throw new TemplateError(notWord);
  }
  let found: readonly string[];
  try {
    found = await patchDetector({ data, placeholderDelimiters: delimiters, trimPlaceholders: true });
  } catch {
    throw new TemplateError(notWord);
  }
  const placeholders = [...new Set(found)].sort();
  return { placeholders, unknown: placeholders.filter((p) => !isKnownPlaceholder(p)) };
}

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
    throw new TemplateError(
      `The template ${fileName} has placeholders the app does not know: ${check.unknown.map((u) => `{{${u}}}`).join(', ')}. Correct them in Word (the list is in Settings → Templates) and upload it again.`,
    );
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
      properties: { title: data.documentTitle, subject: data.subject },
    });
  } catch (err) {
    throw new TemplateError(`The template ${fileName} could not be filled in (${err instanceof Error ? err.message : String(err)}). Open it in Word, save it again as .docx and upload it again.`);
  }
  // {{form.*}} placeholders make the letter a returnable form, as the built-in stage form is.
  return applyFormControls(filled, formSpecOf(data));
}
