import JSZip from 'jszip';

/** Reading generated .docx files in tests, the way a reviewer would: text by paragraph, and which boxes are ticked. */
export interface ReadDocx {
  xml: string;
  /** Every paragraph's text (w:t joined, w:br as a line break), in order. */
  paragraphs: string[];
  /** All the text, paragraphs joined by new lines. */
  text: string;
  /** Check boxes in order: their title (the item) and whether ticked. */
  ticks: { label: string; checked: boolean }[];
  part(name: string): Promise<string | undefined>;
  files: string[];
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >](.*?)<\/w:p>/gs)].map((m) =>
    decode(
      [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:sym [^>]*w:char="(2612|2610)"[^>]*\/>/g)]
        .map((t) => (t[0] === '<w:br/>' ? '\n' : t[2] ? (t[2] === '2612' ? '☒' : '☐') : (t[1] ?? '')))
        .join(''),
    ),
  );
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = paragraphsOf(xml);
  const ticks = [...xml.matchAll(/<w:sdt>(.*?)<\/w:sdt>/gs)]
    // The returned form's response check boxes (tagged et:…) are read by test/unit/letters/returned-form tests.
    .filter((m) => m[1]!.includes('w14:checkbox') && !m[1]!.includes('w:tag w:val="et:'))
    .map((m) => ({ label: decode(/w:alias w:val="([^"]*)"/.exec(m[1]!)?.[1] ?? ''), checked: /<w14:checked w14:val="1"\/>/.test(m[1]!) && m[1]!.includes('w:char="2612"') }));
  return {
    xml,
    paragraphs,
    text: paragraphs.join('\n'),
    ticks,
    part: async (name) => zip.file(name)?.async('string'),
    files: Object.keys(zip.files),
  };
}
