import MsgReaderModule from '@kenjiuno/msgreader';
import PostalMime from 'postal-mime';

/**
 * The reader's class. The package is CommonJS with `exports.default`: a bundle (esbuild, the desktop app) hands
 * the default import the class itself, while Node's ESM loader (the web host and CLI under tsx) hands it the
 * whole `module.exports`, whose `.default` is the class ("MsgReader is not a constructor" otherwise).
 */
const MsgReader: typeof MsgReaderModule = ((MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ?? MsgReaderModule) as typeof MsgReaderModule;

/**
 * The Word documents inside a file the chair drops in: the .docx itself, or the .docx attachments of the
 * email it came back in — an .eml (MIME, read by postal-mime) or an Outlook .msg (an OLE compound file,
 * read by @kenjiuno/msgreader). Attachment names are only labels for the report: nothing is written under
 * them.
 */

export interface ReturnedDocx {
  name: string;
  data: Buffer;
}

export class ReturnedFileError extends Error {}

/** Bigger than any stage form with its email; a larger file is refused before it is parsed. */
export const MAX_RETURNED_FILE_BYTES = 25 * 1024 * 1024;

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b.length > 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const looksDocx = (name: string, data: Uint8Array) => /\.docx$/i.test(name) || (isZip(data) && Buffer.from(data).includes('word/document.xml'));

/**
 * A reply carrying a form has a handful of MIME parts (text, HTML, the form, a signature picture or two). Far
 * more is a file built to make the parser's work grow with the square of the parts, which would hold up
 * every other request: it is refused before it is parsed.
 */
export const MAX_EMAIL_PARTS = 500;

function fromMsg(data: Buffer): ReturnedDocx[] {
  const reader = new MsgReader(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const info = reader.getFileData();
  if (info.error) throw new ReturnedFileError(`This Outlook message could not be read (${info.error}).`);
  if ((info.attachments?.length ?? 0) > MAX_EMAIL_PARTS) throw new ReturnedFileError(`This Outlook message has ${info.attachments!.length} attachments, far more than a reply with a form; it was not read.`);
  const out: ReturnedDocx[] = [];
  for (const att of info.attachments ?? []) {
    const got = reader.getAttachment(att);
    if (looksDocx(got.fileName, got.content)) out.push({ name: got.fileName, data: Buffer.from(got.content) });
  }
  return out;
}

async function fromEml(data: Buffer): Promise<ReturnedDocx[]> {
  // Every part starts on a line beginning "--" (its boundary): counted in one pass, before any parsing.
  let parts = 0;
  for (let i = data.indexOf('\n--'); i !== -1; i = data.indexOf('\n--', i + 3)) if (++parts > MAX_EMAIL_PARTS) break;
  if (parts > MAX_EMAIL_PARTS) throw new ReturnedFileError(`This email has more than ${MAX_EMAIL_PARTS} parts, far more than a reply with a form; it was not read. Save the attached form on its own and drop that in.`);
  const mail = await PostalMime.parse(data, { attachmentEncoding: 'arraybuffer' });
  const out: ReturnedDocx[] = [];
  for (const a of mail.attachments) {
    const bytes = new Uint8Array(a.content as ArrayBuffer);
    if (looksDocx(a.filename ?? '', bytes)) out.push({ name: a.filename ?? 'attachment.docx', data: Buffer.from(bytes) });
  }
  return out;
}

export async function docxInside(fileName: string, data: Buffer): Promise<ReturnedDocx[]> {
  if (data.length > MAX_RETURNED_FILE_BYTES) throw new ReturnedFileError(`${fileName} is larger than ${MAX_RETURNED_FILE_BYTES / 1024 / 1024} MB, too large to be a returned form.`);
  if (data.length === 0) throw new ReturnedFileError(`${fileName} is empty (0 bytes).`);
  if (isZip(data)) return [{ name: fileName, data }];
  let found: ReturnedDocx[];
  try {
    found = isOle(data) ? fromMsg(data) : /\.(eml|txt)$/i.test(fileName) || data.subarray(0, 2000).toString('latin1').match(/^(MIME-Version|Content-Type|From|To|Subject|Received|Return-Path|X-[\w-]+):/im) ? await fromEml(data) : [];
  } catch (err) {
    if (err instanceof ReturnedFileError) throw err;
    throw new ReturnedFileError(`${fileName} could not be read as an email (${err instanceof Error ? err.message : String(err)}).`);
  }
  if (found.length === 0) {
    const what = isOle(data) ? 'This Outlook message has no Word document attached' : /\.eml$/i.test(fileName) ? 'This email has no Word document attached' : 'This is not a Word document (.docx), an .eml or an Outlook .msg';
    throw new ReturnedFileError(`${what}: nothing to read in ${fileName}.`);
  }
  return found;
}
