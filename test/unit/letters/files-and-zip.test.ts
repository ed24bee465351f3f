import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { letterFileName, writeNewFile } from '../../../electron/letters/file-names';
import { readZip, writeZip } from '../../../electron/letters/zip';
import { imageInfo } from '../../../electron/letters/image-size';
import { tempDir } from '../../support/tracker-fixture';

describe('letter files', () => {
  it('are named "YYYY-MM-DD <case id> <stage> <document>.docx", safe for Windows', () => {
    expect(letterFileName('2025-03-03', 'LCS-104233', 'Stage 1', 'Escalation form')).toBe('2025-03-03 LCS-104233 Stage 1 Escalation form.docx');
    expect(letterFileName('2025-03-03', 'A/B:C', 'Stage 1', 'Escalation form')).toBe('2025-03-03 A-B-C Stage 1 Escalation form.docx');
  });

  it('never overwrite: a second letter with the same name gets a suffix', async () => {
    const dir = tempDir();
    const a = await writeNewFile(dir, 'x.docx', 'first');
    const b = await writeNewFile(dir, 'x.docx', 'second');
    const c = await writeNewFile(dir, 'x.docx', 'third');
    expect([a, b, c].map((p) => p.slice(dir.length + 1))).toEqual(['x.docx', 'x (2).docx', 'x (3).docx']);
    expect(readFileSync(a, 'utf8')).toBe('first');
    expect(readdirSync(dir).sort()).toEqual(['x (2).docx', 'x (3).docx', 'x.docx']);
  });

  it('are zips any zip reader opens, and the app’s reader reads them back', async () => {
    const zip = writeZip([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', 'é'.repeat(1000)],
    ]);
    const other = await JSZip.loadAsync(zip);
    expect(await other.file('word/document.xml')!.async('string')).toBe('é'.repeat(1000));
    expect(readZip(zip).get('[Content_Types].xml')!.toString()).toBe('<Types/>');
  });

  it('read the size of a PNG or JPEG logo, and refuse anything else', () => {
    const png = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.writeUInt32BE(300, 16);
    png.writeUInt32BE(80, 20);
    expect(imageInfo(png)).toEqual({ type: 'png', width: 300, height: 80 });
    const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 120, 3, 0, 0, 0]);
    expect(imageInfo(jpg)).toEqual({ type: 'jpg', width: 120, height: 50 });
    expect(imageInfo(Buffer.from('GIF89a......'))).toBeNull();
  });
});
