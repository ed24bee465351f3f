import { buildLetterData, type LetterDataInput } from './letter-data';
import { renderBuiltin } from './builtin';
import { fillTemplate } from './custom/fill-template';
import type { LetterData } from './types';

/** A letter's data and .docx bytes, from a built-in template or a team template. No files, no database. */
export async function renderLetter(input: LetterDataInput & { template?: { data: Uint8Array; fileName: string } | null }): Promise<{ data: LetterData; bytes: Buffer }> {
  const data = buildLetterData(input);
  const bytes = input.template ? await fillTemplate(input.template.data, input.template.fileName, data) : await renderBuiltin(data);
  return { data, bytes };
}
