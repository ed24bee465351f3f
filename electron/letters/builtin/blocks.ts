import {
  AlignmentType,
  BorderStyle,
  CheckBox,
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

export function heading(text: string, opts: { size?: number; before?: number } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, size: opts.size ?? 24 })], spacing: { before: opts.before ?? 200, after: 100 }, keepNext: true });
}

/** A framed section with its title in bold, like the boxes of seeds/000 (Summary, Requested Action, Response …). */
export function box(title: string, children: Paragraph[]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    // A small box stays on one page; one taller than a page still breaks (Word and LibreOffice both allow that).
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ children: [para(title, { bold: true, after: 120 }), ...children] })] })],
  });
}

/** The space after a framed section, so boxes do not touch. */
export const gap = (): Paragraph => blank(160);

const cell = (children: ParagraphChild[], opts: { shaded?: boolean; center?: boolean } = {}): TableCell =>
  new TableCell({ shading: opts.shaded ? shading : undefined, children: [new Paragraph({ children, alignment: opts.center ? AlignmentType.CENTER : undefined })] });

/** Label/value pairs two to a row: "Name of Child: … | Case ID: …" (the child details of the form). */
export function detailsTable(pairs: [string, string][]): Table {
  const labelW = 1900;
  const valueW = CONTENT_WIDTH / 2 - labelW;
  const rows: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const row = [pairs[i]!, pairs[i + 1] ?? ['', '']];
    rows.push(new TableRow({ children: row.flatMap(([label, key]) => [cell([new TextRun({ text: label, bold: true })], { shaded: true }), cell(key ? [new TextRun(tok(key))] : [])]) }));
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
export function splitLine(left: ParagraphChild[], right: ParagraphChild[], opts: { after?: number } = {}): Table {
  const half = CONTENT_WIDTH / 2;
  const side = (children: ParagraphChild[]) => new TableCell({ borders: noBorders, children: [new Paragraph({ children, spacing: { after: opts.after ?? 120 } })] });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [half + 1000, half - 1000],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ children: [side(left), side(right)] })],
  });
}

/** Bold label then a token, for split lines. */
export const labelled = (label: string, key: string): TextRun[] => [new TextRun({ text: `${label} `, bold: true }), new TextRun(tok(key))];

/** A bordered table with a shaded header row; cell (r, c) holds the token `${prefix}.${r}.${c}`. */
export function gridTable(headers: string[], prefix: string, rows: number, widths: number[]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell([new TextRun({ text: h, bold: true })], { shaded: true })) }),
      ...Array.from({ length: rows }, (_, r) => new TableRow({ cantSplit: true, children: headers.map((_h, c) => cell([new TextRun(tok(`${prefix}.${r}.${c}`))])) })),
    ],
  });
}

export type { FileChild };
