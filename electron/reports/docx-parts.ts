import { AlignmentType, BorderStyle, HeadingLevel, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatValue, summaryKind, type FigureTable } from '../../shared/reports/figure-tables';
import { barChartSvg, svgToPng, type BarChartSpec } from './chart-svg';

/** Building blocks of the Word report: headings, paragraphs, figure tables and chart images. */

const FONT = 'Arial';
const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const borders = { top: border, bottom: border, left: border, right: border };

export const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } });

export const para = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean; align?: 'left' | 'right' | 'center' } = {}) =>
  new Paragraph({
    alignment: opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 100 },
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, size: opts.size ?? 20, font: FONT })],
  });

function cell(text: string, opts: { header?: boolean; numeric?: boolean; width?: number } = {}): TableCell {
  return new TableCell(cellOptions(text, opts));
}

function cellOptions(text: string, opts: { header?: boolean; numeric?: boolean; width?: number }) {
  return {
    borders,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DEEAF6' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: opts.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: opts.header, size: 18, font: FONT })],
      }),
    ],
  };
}

/**
 * A table of plain text: a header row (repeated on each page), then rows. Columns after the first are
 * right-aligned when numeric. `groups` adds a first header row of measure names, each spanning its
 * period columns, so headings are short enough for their columns and no word is broken ("timescal e").
 */
export function textTable(header: string[], rows: string[][], numericFrom = 1, firstWidth?: number, groups?: { label: string; span: number }[]): Table {
  const rest = firstWidth ? (100 - firstWidth) / Math.max(1, header.length - 1) : undefined;
  const widthOf = (i: number) => (firstWidth ? (i === 0 ? firstWidth : rest) : undefined);
  const groupRow = groups
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: [cell('', { header: true, width: widthOf(0) }), ...groups.map((g) => new TableCell({ ...cellOptions(g.label, { header: true, numeric: false }), columnSpan: g.span }))],
        }),
      ]
    : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...groupRow,
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, { header: true, numeric: i >= numericFrom, width: widthOf(i) })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, { numeric: i >= numericFrom, width: widthOf(i) })) })),
    ],
  });
}

/** "Q1 2025/26 (1 April to 30 June 2025)" → "Q1 2025/26". */
export const shortLabel = (label: string) => label.replace(/ \(.*\)$/, '');

/** A figure table with one column per measure and period. */
export function figureTable(table: FigureTable, periodLabels: string[]): Table {
  const single = table.measures.length === 1;
  const header = [table.rowHeader, ...table.measures.flatMap(() => periodLabels)];
  const rows = table.rows.map((r) => [
    r.label,
    ...table.measures.flatMap((m, mi) => periodLabels.map((_, pi) => formatValue(r.values[pi]?.[mi] ?? null, table.key === 'summary' ? summaryKind(r.key) : m.kind))),
  ]);
  return textTable(header, rows, 1, single ? 52 : 24, single ? undefined : table.measures.map((m) => ({ label: m.label, span: periodLabels.length })));
}

/** A bar chart as a picture, 16 cm wide. */
export function chartImage(spec: BarChartSpec): Paragraph {
  const chart = barChartSvg(spec);
  const widthPx = 605; // 16 cm at 96 dpi
  return new Paragraph({
    spacing: { before: 120, after: 200 },
    children: [new ImageRun({ type: 'png', data: svgToPng(chart.svg), transformation: { width: widthPx, height: Math.round((chart.height / chart.width) * widthPx) }, altText: { name: spec.title, description: spec.title, title: spec.title } })],
  });
}
