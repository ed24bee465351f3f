import type { LetterData } from '../types';
import { readZip, writeZip } from '../zip';

/**
 * A letter made from a team template carries the letter's own document properties, never the template's:
 * a template saved from a real letter would otherwise send that child's case ID, its author and its notes
 * to every manager (File → Info in Word shows them). The core properties are written afresh, the
 * extended ones lose company and manager, custom properties and the attached-template path are dropped.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function letterCoreXml(d: LetterData): string {
  const when = `${d.date}T12:00:00Z`;
  const author = esc(d.child.chair || 'Escalation Tracker');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(d.documentTitle)}</dc:title><dc:subject>${esc(d.subject)}</dc:subject><dc:creator>${author}</dc:creator>` +
    `<dc:description>${esc(`${d.documentTitle} for ${d.child.caseId}`)}</dc:description><dc:language>en-GB</dc:language><cp:lastModifiedBy>${author}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const CUSTOM_REL = /<Relationship [^>]*Target="\/?docProps\/custom\.xml"[^>]*\/>/g;
const CUSTOM_TYPE = /<Override [^>]*PartName="\/docProps\/custom\.xml"[^>]*\/>/g;

/** A template saved without core properties gets the letter's, with the relationship and content type that name them. */
function addCore(out: [string, Buffer | string][], core: string): void {
  const edit = (name: string, f: (xml: string) => string) => {
    const i = out.findIndex(([n]) => n === name);
    if (i >= 0) out[i] = [name, f(out[i]![1].toString())];
  };
  edit('_rels/.rels', (x) => x.replace('</Relationships>', '<Relationship Id="rIdLetterCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'));
  edit('[Content_Types].xml', (x) => x.replace('</Types>', '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'));
  out.push(['docProps/core.xml', core]);
}

/** The filled package with the letter's own properties in place of the template's. */
export function ownProperties(docx: Buffer, d: LetterData): Buffer {
  const parts = readZip(docx);
  const out: [string, Buffer | string][] = [];
  let hasCore = false;
  for (const [name, data] of parts) {
    if (name === 'docProps/custom.xml') continue;
    const xml = () => data.toString('utf8');
    if (name === 'docProps/core.xml') {
      hasCore = true;
      out.push([name, letterCoreXml(d)]);
    } else if (name === 'docProps/app.xml') out.push([name, xml().replace(/<(Company|Manager|HyperlinkBase)>[^<]*<\/\1>/g, '<$1></$1>')]);
    else if (name === '_rels/.rels') out.push([name, xml().replace(CUSTOM_REL, '')]);
    else if (name === '[Content_Types].xml') out.push([name, xml().replace(CUSTOM_TYPE, '')]);
    // The template's own path on someone's disk ("C:\Users\…\Case 1234.dotx") is not the letter's business.
    else if (name === 'word/settings.xml') out.push([name, xml().replace(/<w:attachedTemplate [^>]*\/>/g, '')]);
    else out.push([name, data]);
  }
  if (!hasCore) addCore(out, letterCoreXml(d));
  return writeZip(out);
}
