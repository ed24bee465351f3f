import { mkdir, open } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { safeFilePart } from './wording';

/** "2025-03-03 LCS-104233 Stage 1 Escalation form.docx"; "… Informal escalation email.docx", not "Informal Informal …". */
export function letterFileName(date: string, caseId: string, stage: string, document: string): string {
  const stagePart = safeFilePart(stage);
  const docPart = safeFilePart(document);
  const repeats = docPart.toLowerCase().startsWith(`${stagePart.toLowerCase()} `);
  return `${date} ${safeFilePart(caseId)} ${repeats ? '' : `${stagePart} `}${docPart}.docx`;
}

/**
 * Writes a new file and never overwrites: when the name is taken (by a letter made earlier today, or by a
 * colleague on another desktop at the same moment) it tries "name (2).docx", "name (3).docx" … The
 * exclusive create ('wx') makes the check and the write one step on the file server.
 */
export async function writeNewFile(folder: string, fileName: string, data: Uint8Array | string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const ext = extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const path = join(folder, n === 1 ? fileName : `${stem} (${n})${ext}`);
    let handle;
    try {
      handle = await open(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    return path;
  }
  throw new Error(`Could not find a free file name for ${fileName} in ${folder}.`);
}
