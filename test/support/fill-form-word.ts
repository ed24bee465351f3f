import JSZip from 'jszip';

/**
 * Fills a returned form the way Word 365 saves filled content controls (checked against documents Word
 * saved): the placeholder flag goes, w:placeholder/docPart and an empty w:sdtEndPr appear, the typed text
 * is in runs with rsids (often split, with proofing marks between), a line break typed in a multi-line
 * control is a w:br, a picked date sets w:fullDate and shows the date in the control's picture, a ticked
 * box sets w14:checked and shows ☒. Paragraphs gain w14:paraId; settings gain rsids. Repacked by JSZip,
 * not by the app's own zip writer.
 */

export interface WordAnswers {
  what?: string;
  who?: string;
  byWhen?: string;
  /** What the date control shows for byWhen (Word writes it in the picture's format). */
  byWhenText?: string;
  date?: string;
  dateText?: string;
  respondentName?: string;
  respondentRole?: string;
  outcomeKeys?: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word splits typed text into runs at spelling marks; a run per word pair is close to what it writes. */
function wordRuns(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(/(?<= )/);
      const runs: string[] = [];
      for (let i = 0; i < words.length; i += 2) runs.push(`<w:r w:rsidR="00B41C7A"><w:t xml:space="preserve">${esc(words.slice(i, i + 2).join(''))}</w:t></w:r>`);
      return runs.join('<w:proofErr w:type="spellStart"/>');
    })
    .join('<w:r w:rsidR="00B41C7A"><w:br/></w:r>');
}

function fillSdt(xml: string, tag: string, edit: (sdt: string) => string): string {
  return xml.replace(/<w:sdt>(?:(?!<\/w:sdt>).)*?<\/w:sdt>/gs, (sdt) => (sdt.includes(`<w:tag w:val="${tag}"/>`) ? edit(sdt) : sdt));
}

function typed(sdt: string, text: string): string {
  return sdt
    .replace('<w:showingPlcHdr/>', '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>')
    .replace('</w:sdtPr><w:sdtContent>', '</w:sdtPr><w:sdtEndPr/><w:sdtContent>')
    .replace(/<w:sdtContent>.*<\/w:sdtContent>/s, `<w:sdtContent>${wordRuns(text)}</w:sdtContent>`);
}

function picked(sdt: string, iso: string, shown: string): string {
  return typed(sdt.replace('<w:date>', `<w:date w:fullDate="${iso}T00:00:00Z">`), shown).replace('DefaultPlaceholder_-1854013440', 'DefaultPlaceholder_-1854013437');
}

export async function fillLikeWord365(docx: Uint8Array, a: WordAnswers, opts: { alsoEdit?: (xml: string) => string } = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  let xml = await zip.file('word/document.xml')!.async('string');
  const text: [string, string | undefined][] = [['et:what', a.what], ['et:who', a.who], ['et:respondentName', a.respondentName], ['et:respondentRole', a.respondentRole]];
  for (const [tag, v] of text) if (v !== undefined) xml = fillSdt(xml, tag, (s) => typed(s, v));
  if (a.byWhen) xml = fillSdt(xml, 'et:byWhen', (s) => picked(s, a.byWhen!, a.byWhenText ?? a.byWhen!));
  if (a.date) xml = fillSdt(xml, 'et:date', (s) => picked(s, a.date!, a.dateText ?? a.date!));
  for (const key of a.outcomeKeys ?? []) {
    xml = fillSdt(xml, `et:outcome:${key}`, (s) => s.replace('<w14:checked w14:val="0"/>', '<w14:checked w14:val="1"/>').replace('<w:t>☐</w:t>', '<w:t>☒</w:t>'));
  }
  let n = 0;
  xml = xml.replace(/<w:p>/g, () => `<w:p w14:paraId="${(0x1a2b3c00 + n++).toString(16).toUpperCase()}" w14:textId="77777777" w:rsidR="00B41C7A" w:rsidRDefault="00B41C7A">`);
  if (opts.alsoEdit) xml = opts.alsoEdit(xml);
  zip.file('word/document.xml', xml);
  const settings = await zip.file('word/settings.xml')!.async('string');
  zip.file('word/settings.xml', settings.replace('</w:settings>', '<w:rsids><w:rsidRoot w:val="00B41C7A"/><w:rsid w:val="00B41C7A"/></w:rsids></w:settings>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
