import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import { readZip, writeZip } from '../../../electron/letters/zip';
import { docxInside, MAX_EMAIL_PARTS } from '../../../electron/letters/form/returned-file';
import { call, lcsEscalation } from '../letters/returned-form-imports';
import { b64, sentForm } from '../letters/returned-form-fixture';

const root = join(import.meta.dirname, '..', '..', '..');
const utf16 = (s: string) => Buffer.from(`${s}\0`, 'utf16le');

/** An Outlook .msg (an OLE compound file) with one attachment, written by the reader's own CFB writer. */
function outlookMessage(subject: string, attachment: { name: string; data: Buffer }): Buffer {
  // Own copies: the writer reads each array's whole underlying buffer, and small Buffers share Node's pool.
  const doc = (name: string, data: Buffer) => ({ name, type: 2, length: data.length, binaryProvider: () => new Uint8Array(data) });
  const entries = [
    { name: 'Root Entry', type: 5, length: 0, children: [1, 2] },
    doc('__substg1.0_0037001F', utf16(subject)),
    { name: '__attach_version1.0_#00000000', type: 1, length: 0, children: [3, 4] },
    // Siblings in the compound file's order (by length, then name), as Outlook writes them.
    doc('__substg1.0_37010102', attachment.data),
    doc('__substg1.0_3707001F', utf16(attachment.name)),
  ];
  return Buffer.from(burn(entries));
}

describe('returned forms from hostile or unusual files', () => {
  it('reads the form attached to a valid Outlook .msg, from source, under tsx as the web host runs, and in a bundle built as the desktop app is', async () => {
    const { s, raised } = await lcsEscalation();
    const { bytes } = await sentForm(s, raised.row.id);
    const msg = outlookMessage('RE: Formal Escalation of Concern', { name: 'Stage 1 form.docx', data: bytes });
    const found = await docxInside('reply.msg', msg);
    expect(found.map((d) => [d.name, d.data.equals(bytes)])).toEqual([['Stage 1 form.docx', true]]);
    const read = await call(s, 'letters.returned.read', { fileName: 'reply.msg', base64: b64(msg), escalationId: raised.row.id });
    // Read from the .msg and matched to its escalation (a blank form, so nothing to record yet).
    expect(read.reports[0]!.problems).toEqual(['The form is still blank: the manager has not filled in the response (its fields still show Word’s grey “Click or tap” text). Nothing was recorded.']);
    expect(read.reports[0]!.escalationId).toBe(raised.row.id);
    await s.close();

    const dir = mkdtempSync(join(tmpdir(), 'et-msg-'));
    writeFileSync(join(dir, 'reply.msg'), msg);
    // The web host and CLI load the package through Node's ESM loader (tsx): "MsgReader is not a constructor" there before.
    const script = `import { readFileSync } from 'node:fs'; import { docxInside } from ${JSON.stringify(join(root, 'electron/letters/form/returned-file.ts'))}; const f = await docxInside('reply.msg', readFileSync(${JSON.stringify(join(dir, 'reply.msg'))})); console.log(f.map((d) => d.name).join(','));`;
    writeFileSync(join(dir, 'read-msg.mts'), script);
    const viaTsx = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'read-msg.mts')], { cwd: root, encoding: 'utf8' });
    expect(viaTsx.stdout.trim(), viaTsx.stderr).toBe('Stage 1 form.docx');
    // The desktop app's main bundle is CommonJS built by esbuild with packages left external (scripts/build-electron.mjs).
    // Built inside the project (as dist-electron/ is), so its external packages resolve from node_modules.
    const bundle = join(mkdtempSync(join(root, 'node_modules', '.cache-et-msg-')), 'returned-file.cjs');
    await build({ entryPoints: [join(root, 'electron/letters/form/returned-file.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'silent' });
    const viaBundle = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(bundle)}).docxInside('reply.msg', require('fs').readFileSync(${JSON.stringify(join(dir, 'reply.msg'))})).then((f) => console.log(f.map((d) => d.name).join(',')), (e) => console.log('ERR ' + e.message))`], { cwd: root, encoding: 'utf8' });
    expect(viaBundle.stdout.trim(), viaBundle.stderr).toBe('Stage 1 form.docx');
    rmSync(dirname(bundle), { recursive: true, force: true });
  });

  it('refuses an .eml of 40,000 empty MIME parts at once, with what to do, instead of parsing it for minutes', async () => {
    const boundary = 'b';
    const eml = Buffer.from(['MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '', ...Array.from({ length: 40_000 }, () => `--${boundary}\r\n`), `--${boundary}--`, ''].join('\r\n'));
    await expect(docxInside('reply.eml', eml)).rejects.toThrow(`This email has more than ${MAX_EMAIL_PARTS} parts, far more than a reply with a form; it was not read. Save the attached form on its own and drop that in.`);
  });

  it('reports a returned .docx whose form identity carries a DOCTYPE (entities), or whose body nests 200,000 elements, as damaged, never "Something went wrong"', async () => {
    const { s, raised } = await lcsEscalation();
    const { bytes } = await sentForm(s, raised.row.id);
    const entries = readZip(bytes);
    const identityPart = [...entries.keys()].find((k) => k.startsWith('customXml/item') && entries.get(k)!.toString('utf8').includes('<et:form'))!;
    expect(identityPart).toBeDefined();
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${entries.get(identityPart)!.toString('utf8').replace(/^<\?xml[^>]*\?>/, '')}`;
    const withDoctype = writeZip([...entries].map(([k, v]) => [k, k === identityPart ? laughs : v] as [string, Buffer | string]));
    const a = await call(s, 'letters.returned.read', { fileName: 'reply.docx', base64: b64(withDoctype), escalationId: raised.row.id });
    expect(a.reports[0]!.problems).toEqual([`This Word document is damaged: the form’s identity contains a DOCTYPE declaration, which Word never writes, so it was not read.`]);

    const deep = `${'<w:r>'.repeat(200_000)}${'</w:r>'.repeat(200_000)}`;
    const body = entries.get('word/document.xml')!.toString('utf8').replace('<w:body>', `<w:body>${deep}`);
    const nested = writeZip([...entries].map(([k, v]) => [k, k === 'word/document.xml' ? body : v] as [string, Buffer | string]));
    const b = await call(s, 'letters.returned.read', { fileName: 'reply.docx', base64: b64(nested), escalationId: raised.row.id });
    expect(b.reports[0]!.problems).toEqual(['This Word document is damaged: word/document.xml nests elements more than 256 deep, which Word never writes, so it was not read.']);
    await s.close();
  });
});
