import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { tickAlias, tok } from './tokens';

/**
 * The building blocks of the built-in letters: framed sections, label/value lines, tick lists, as on
 * seeds/000. Values are tokens (see tokens.ts); a field's token is filled with " value", with the value on
 * lines of its own when it is a list, or with empty lines to write on when there is nothing yet.
 */

/** A4 with 1.8 cm margins: the width tables are laid out in (twentieths of a point). */
export const PAGE_MARGIN = 1020;
export const CONTENT_WIDTH = 11906 - 2 * PAGE_MARGIN;
export const FONT = 'Arial';
const SHADE = 'E7E6E6';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };
const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };
const shading = { type: ShadingType.CLEAR, fill: SHADE, color: 'auto' };

type ParaOpts = { bold?: boolean; italics?: boolean; size?: number; after?: number; before?: number; align?: 'center' | 'right'; keepNext?: boolean };

/** A paragraph of text (static words and tokens). */
export function para(text: string, opts: ParaOpts = {}): Paragraph {
  return new Paragraph({
    children: text ? [new TextRun({ text, bold: opts.bold, italics: opts.italics, size: opts.size })] : [],
    spacing: opts.after === undefined && opts.before === undefined ? undefined : { after: opts.after, before: opts.before },
    alignment: opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : undefined,
    keepNext: opts.keepNext,
  });
}

export const blank = (after = 0): Paragraph => new Paragraph({ spacing: { after } });

/** "What:" in bold, then the field's token (its value, or lines to write on). */
export function field(label: string, key: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(tok(key))] });
}

/** A value on its own (no label). */
export const value = (key: string): Paragraph => new Paragraph({ children: [new TextRun(tok(key))] });

/**
 * A real Word heading (Heading 1–3 styles, set in letterhead.ts to look like the form), so a screen reader
 * and Word's navigation pane find the form's sections; kept with the paragraph after it.
 */
export function heading(text: string, opts: { level?: 1 | 2 | 3; before?: number; after?: number } = {}): Paragraph {
  const level = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[opts.level ?? 2];
  return new Paragraph({ heading: level, children: [new TextRun(text)], spacing: { before: opts.before ?? 200, after: opts.after ?? 100 }, keepNext: true, keepLines: true });
}

/**
 * A framed section with its title as a Heading 3, like the boxes of seeds/000 (Summary, Requested Action,
 * Response …). The box may split across pages (a box that could not left most of a page empty and made a
 * three-page form); its title stays with the first line under it.
 */
export function box(title: string, children: Paragraph[]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    rows: [new TableRow({ children: [new TableCell({ children: [heading(title, { level: 3, before: 0, after: 120 }), ...children] })] })],
  });
}

/** The space after a framed section, so boxes do not touch. */
export const gap = (): Paragraph => blank(160);

const cell = (children: ParagraphChild[], opts: { shaded?: boolean; center?: boolean; span?: number; size?: number } = {}): TableCell =>
  new TableCell({
    shading: opts.shaded ? shading : undefined,
    columnSpan: opts.span,
    children: [new Paragraph({ children, alignment: opts.center ? AlignmentType.CENTER : undefined, run: opts.size ? { size: opts.size } : undefined })],
  });

/**
 * Label/value pairs two to a row: "Name of Child: … | Case ID: …" (the child details of the form), under a
 * header row naming the table. An odd last pair's value spans the rest of the row: no empty cell.
 */
export function detailsTable(caption: string, pairs: [string, string][]): Table {
  const labelW = 1900;
  const valueW = CONTENT_WIDTH / 2 - labelW;
  const rows: TableRow[] = [new TableRow({ tableHeader: true, cantSplit: true, children: [cell([new TextRun({ text: caption, bold: true })], { shaded: true, span: 4 })] })];
  for (let i = 0; i < pairs.length; i += 2) {
    const row = pairs.slice(i, i + 2);
    const last = row.length === 1;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.flatMap(([label, key]) => [cell([new TextRun({ text: label, bold: true })], { shaded: true }), cell([new TextRun(tok(key))], { span: last ? 3 : undefined })]),
      }),
    );
  }
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: [labelW, valueW, labelW, valueW], layout: TableLayoutType.FIXED, borders, margins: cellMargins, rows });
}

/** A Word check box (clickable in Word) showing ☐; fill() turns it to ☒ when its key is ticked. */
export const tickBox = (key: string): CheckBox =>
  new CheckBox({ checked: false, alias: tickAlias(key), checkedState: { value: '2612', font: 'MS Gothic' }, uncheckedState: { value: '2610', font: 'MS Gothic' } });

/**
 * The tick list of seeds/000: each item beside a box, ☒ when chosen. The heading row carries the list's
 * title and the column caption ("X theme/s"). Items are `${prefix}.0` … in the values.
 */
export function tickTable(title: string, caption: string, prefix: string, count: number): Table {
  const boxW = 1300;
  const header = new TableRow({ tableHeader: true, children: [cell([new TextRun({ text: title, bold: true })], { shaded: true }), cell([new TextRun({ text: caption, bold: true })], { shaded: true, center: true })] });
  const rows = Array.from({ length: count }, (_, i) => new TableRow({ cantSplit: true, children: [cell([new TextRun(tok(`${prefix}.${i}`))]), cell([tickBox(`${prefix}.${i}`)], { center: true })] }));
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: [CONTENT_WIDTH - boxW, boxW], layout: TableLayoutType.FIXED, borders, margins: cellMargins, rows: [header, ...rows] });
}

/** Two pieces of text on one line, left and right ("Formal Escalation of Concern – Stage 1 … Date of Alert: …"). */
export function splitLine(left: ParagraphChild[], right: ParagraphChild[], opts: { after?: number; heading?: boolean } = {}): Table {
  const half = CONTENT_WIDTH / 2;
  const side = (children: ParagraphChild[], h = false) =>
    new TableCell({ borders: noBorders, children: [new Paragraph({ children, heading: h ? HeadingLevel.HEADING_2 : undefined, spacing: { before: 0, after: opts.after ?? 120 } })] });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [half + 1000, half - 1000],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [side(left, opts.heading), side(right)] })],
  });
}

/** Bold label then a token, for split lines. */
export const labelled = (label: string, key: string): TextRun[] => [new TextRun({ text: `${label} `, bold: true }), new TextRun(tok(key))];

/**
 * A bordered table with a shaded header row (repeated on each page); cell (r, c) holds the token
 * `${prefix}.${r}.${c}`, in 9 pt so role names fit their column without a word broken in two.
 */
export function gridTable(headers: string[], prefix: string, rows: number, widths: number[]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cell([new TextRun({ text: h, bold: true, size: 18 })], { shaded: true })) }),
      ...Array.from({ length: rows }, (_, r) => new TableRow({ cantSplit: true, children: headers.map((_h, c) => cell([new TextRun({ text: tok(`${prefix}.${r}.${c}`), size: 18 })])) })),
    ],
  });
}

export type { FileChild };
