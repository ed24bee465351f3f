import { AlignmentType, Document, Footer, Header, ImageRun, LineRuleType, PageNumber, Paragraph, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { Letterhead } from '../types';
import { FONT, PAGE_MARGIN, splitLine } from './blocks';
import { tok } from './tokens';

/** The logo at most 2 cm high and 6 cm wide, keeping its shape (ImageRun sizes are pixels at 96 per inch). */
function logoRun(logo: NonNullable<Letterhead['logo']>): ImageRun {
  const scale = Math.min(76 / logo.height, 227 / logo.width, 1);
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
    // The alt text names the authority (filled from the letterhead like every other value).
    altText: { name: `Logo of ${tok('authority')}`, description: `Logo of ${tok('authority')}`, title: `Logo of ${tok('authority')}` },
  });
}

const marking = (): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: tok('marking'), bold: true, size: 18 })] });

/** First page: protective marking, then logo and authority name. Later pages: the marking and the child. */
function headers(logo: Letterhead['logo']): { first: Header; default: Header } {
  const right: ParagraphChild[] = [new TextRun({ text: tok('authority'), bold: true, size: 28 })];
  return {
    first: new Header({
      children: [marking(), logo ? splitLine([logoRun(logo)], right, { after: 240 }) : new Paragraph({ alignment: AlignmentType.RIGHT, children: right, spacing: { after: 240 } })],
    }),
    default: new Header({ children: [marking(), new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: tok('headerChild'), size: 16 })] })] }),
  };
}

/** Every page: "Page x of y" (Word fills the numbers in when it lays the document out) and the marking. */
const footer = (): Footer =>
  new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })] }), marking()],
  });

/**
 * A letter on the authority's letterhead, in Arial 11 as council forms are. Words are tokens, filled later.
 * The line rule is written out: without it LibreOffice takes the spacing as exact and clips the logo.
 */
export function letterDocument(logo: Letterhead['logo'], children: FileChild[]): Document {
  return new Document({
    creator: tok('doc.creator'),
    lastModifiedBy: tok('doc.creator'),
    title: tok('doc.title'),
    subject: tok('doc.subject'),
    description: tok('doc.description'),
    // en-GB so Word checks the spelling (and a screen reader speaks) in British English; headings look like the form's bold lines.
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 80, line: 260, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '000000' }, paragraph: { keepNext: true } },
        heading3: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { keepNext: true } },
      },
    },
    sections: [
      {
        properties: { titlePage: true, page: { margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN, header: 400, footer: 400 } } },
        headers: headers(logo),
        footers: { first: footer(), default: footer() },
        children,
      },
    ],
  });
}
