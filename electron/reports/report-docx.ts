import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, AlignmentType, type FileChild } from 'docx';
import type { AnnualReport, PeriodFigures, PeriodReport } from '../../shared/api/reports-outputs';
import { figureTables } from '../../shared/reports/figure-tables';
import { keyMessages } from '../../shared/reports/key-messages';
import { formatLongDate, londonDateOf } from '../../shared/calendar';
import { SERIES_COLOURS } from './chart-svg';
import { themeStatusWords } from '../services/theme-events';
import { chartImage, figureTable, heading, para, shortLabel, textTable } from './docx-parts';
import { percentagesInWords, periodWordOf } from './report-words';

/** Used when the report is made without Settings → Letters (a test or an older caller). */
const DEFAULT_MARKING = 'OFFICIAL-SENSITIVE';

/** The Word report for the Performance & QA meeting (a period) or the IRO annual report (a year). */

const LIST_LIMIT = 200;
const day = (iso: string) => formatLongDate(iso).replace(/^\w+ /, '');

/** The protective marking, centred at the top and bottom of every page: the report lists case IDs. */
const markingLine = (marking: string) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: marking, bold: true, size: 18, font: 'Arial' })] });

function letterhead(authority: string, subtitle: string, marking: string): Header {
  return new Header({
    children: [
      markingLine(marking),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: authority, bold: true, size: 28, font: 'Arial', color: '1F3864' })] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: subtitle, size: 18, font: 'Arial', color: '595959' })] }),
    ],
  });
}

const footer = (text: string, marking: string) =>
  new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${text} · page `, size: 16, font: 'Arial' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, font: 'Arial' })] }),
      markingLine(marking),
    ],
  });

function charts(periods: PeriodFigures[], labels: string[]): Paragraph[] {
  const series = (pick: (f: PeriodFigures) => number[]) => periods.map((f, i) => ({ name: labels[i]!, colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!, values: pick(f) }));
  const first = periods[0]!;
  const timed = first.stageTimeliness.filter((s) => periods.some((p) => (p.stageTimeliness.find((x) => x.stageKey === s.stageKey)?.withTimescale ?? 0) > 0));
  return [
    chartImage({ title: 'Escalations initiated, by category of concern', categories: first.byCategory.map((r) => r.label), series: series((f) => first.byCategory.map((r) => f.byCategory.find((x) => x.key === r.key)?.count ?? 0)) }),
    chartImage({ title: 'Highest stage reached', categories: first.highestStage.map((r) => r.label), series: series((f) => first.highestStage.map((r) => f.highestStage.find((x) => x.key === r.key)?.count ?? 0)) }),
    chartImage({ title: 'Stage responses within timescale (%)', percent: true, categories: timed.map((s) => s.label), series: series((f) => timed.map((s) => f.stageTimeliness.find((x) => x.stageKey === s.stageKey)?.withinPct ?? 0)) }),
  ];
}

function lists(f: PeriodFigures): FileChild[] {
  const more = (n: number) => (n > LIST_LIMIT ? [para(`… and ${n - LIST_LIMIT} more: every one is listed in the spreadsheet export.`, { italics: true })] : []);
  return [
    heading('Bypasses and the reasons recorded', 2),
    f.bypasses.count === 0
      ? para('No stage was bypassed in the period.')
      : textTable(['Date', 'Case ID', 'From', 'To', 'Reason', 'Agreed with'], f.bypasses.items.slice(0, LIST_LIMIT).map((b) => [day(b.date), b.caseId, b.fromStage, b.toStage, b.reason || '—', b.agreedWith || '—']), 99),
    ...more(f.bypasses.count),
    ...(f.preconditions && f.preconditions.waived > 0
      ? [
          heading('Preconditions waived, and why', 2),
          textTable(['Date', 'Case ID', 'Stage entered', 'What the procedure requires', 'Why it was not possible'], f.preconditions.items.slice(0, LIST_LIMIT).map((x) => [day(x.date), x.caseId, x.stage, x.what, x.why]), 99),
          ...more(f.preconditions.waived),
        ]
      : []),
    heading('Extensions granted', 2),
    f.extensions.count === 0
      ? para('No extension was granted in the period.')
      : textTable(['Date', 'Case ID', 'Stage', 'Was due', 'Now due', 'Working days added', 'Reason'], f.extensions.items.slice(0, LIST_LIMIT).map((x) => [day(x.date), x.caseId, x.stage, x.previousDueDate ? day(x.previousDueDate) : '—', x.newDueDate ? day(x.newDueDate) : '—', String(x.workingDaysAdded ?? '—'), x.reason]), 99),
    ...more(f.extensions.count),
    heading('Themed concerns', 2),
    f.themes.active.length === 0
      ? para('No themed concern was open during the period.')
      : textTable(['Theme', 'Status', 'Owner', 'Raised', 'Linked escalations raised in the period', 'All linked escalations'], f.themes.active.map((t) => [t.title, themeStatusWords(t.status), t.owner || '—', day(t.raisedOn), String(t.linkedInPeriod), String(t.linkedEscalations)]), 4),
  ];
}

/**
 * The figure tables; with more than two periods, a table of several measures becomes one table per measure
 * (to fit the page). `part` picks the summary (printed before the charts, so the first page is not left
 * blank by a chart too tall for it) or the rest. An outcome table with nothing in it is a sentence instead.
 */
function body(periods: PeriodFigures[], labels: string[], part: 'summary' | 'rest' = 'rest'): FileChild[] {
  const titles: Record<string, string> = { summary: 'Summary of figures' };
  const tables = figureTables(periods).flatMap((t) =>
    periods.length > 2 && t.measures.length > 1
      ? t.measures.map((m, mi) => ({ ...t, title: `${t.title}: ${m.label}`, measures: [m], rows: t.rows.map((r) => ({ ...r, values: r.values.map((v) => [v[mi] ?? null]) })) }))
      : [t],
  );
  return tables
    .filter((t) => (part === 'summary') === (t.key === 'summary'))
    .flatMap((t) => {
      if (t.key === 'outcomes' && t.rows.length === 0) {
        const resolved = periods.reduce((n, f) => n + f.outcomes.resolved, 0);
        const why =
          resolved === 0
            ? 'No escalation was resolved in these periods, so no outcome was confirmed.'
            : 'No outcome was confirmed on resolution: this procedure has no list of expected outcomes for the child, or none was recorded.';
        return [heading(t.title, 2), para(why)];
      }
      return [heading(titles[t.key] ?? t.title, 2), figureTable(t, labels)];
    });
}

function words(f: PeriodFigures, label: string): FileChild[] {
  return [heading('What the percentages are of', 2), ...percentagesInWords(f, periodWordOf(label)).map((w) => para(`• ${w}`))];
}

/** The QA manager's commentary, written in the app before export (stored per period). */
function commentary(text: string | undefined): FileChild[] {
  const t = (text ?? '').trim();
  if (!t) return [];
  return [heading('Commentary'), ...t.split(/\r?\n/).filter((l) => l.trim()).map((l) => para(l))];
}

async function pack(authority: string, subtitle: string, marking: string, children: FileChild[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'Escalation Tracker',
    title: subtitle,
    styles: { default: { document: { run: { font: 'Arial', size: 20, language: { value: 'en-GB' } } } } },
    sections: [{ properties: { page: { margin: { top: 1500, bottom: 1200, left: 1000, right: 1000 } } }, headers: { default: letterhead(authority, subtitle, marking) }, footers: { default: footer(subtitle, marking) }, children }],
  });
  return Packer.toBuffer(doc);
}

export async function periodReportDocx(report: PeriodReport): Promise<Buffer> {
  const periods = [report.current, report.previous];
  const labels = periods.map((f) => shortLabel(f.period.label));
  const title = `Escalation of concern report: ${labels[0]}`;
  return pack(report.authority, title, report.protectiveMarking ?? DEFAULT_MARKING, [
    para(title, { bold: true, size: 36 }),
    para(`${report.current.period.label}, compared with ${report.previous.period.label}.`),
    para(`For the Performance and Quality Assurance meeting. Prepared from the escalation tracker (${report.profileName}) on ${day(londonDateOf(report.generatedAt))}.`, { italics: true }),
    heading('Key messages'),
    ...keyMessages(report.current, report.previous).map((m) => para(`• ${m}`)),
    ...commentary(report.commentary),
    heading('Figures'),
    ...body(periods, labels, 'summary'),
    ...words(report.current, labels[0]!),
    heading('Charts'),
    ...charts(periods, labels),
    heading('Figures in detail'),
    ...body(periods, labels),
    heading(`Detail for ${labels[0]}`),
    ...lists(report.current),
    heading('How the figures are counted'),
    ...report.definitions.map((d) => para(d, { size: 18 })),
  ]);
}

export async function annualReportDocx(report: AnnualReport): Promise<Buffer> {
  const periods = [...report.quarters, report.year, report.previousYear];
  const labels = periods.map((f, i) => (i < 4 ? shortLabel(f.period.label).replace(/ \d{4}\/\d{2}$/, '') : shortLabel(f.period.label)));
  const yearLabel = shortLabel(report.year.period.label);
  const title = `IRO annual report: escalation figures ${yearLabel}`;
  return pack(report.authority, title, report.protectiveMarking ?? DEFAULT_MARKING, [
    para(title, { bold: true, size: 36 }),
    para(`${report.year.period.label}, by quarter, compared with ${shortLabel(report.previousYear.period.label)}.`),
    para(`Prepared from the escalation tracker (${report.profileName}) on ${day(londonDateOf(report.generatedAt))}.`, { italics: true }),
    heading('Key messages'),
    ...keyMessages(report.year, report.previousYear).map((m) => para(`• ${m}`)),
    heading('Figures by quarter'),
    ...body(periods, labels, 'summary'),
    ...words(report.year, 'year'),
    heading('Charts'),
    ...charts([report.year, report.previousYear], [yearLabel, shortLabel(report.previousYear.period.label)]),
    heading('Figures by quarter in detail'),
    ...body(periods, labels),
    heading(`Detail for ${yearLabel}`),
    ...lists(report.year),
    heading('How the figures are counted'),
    ...report.definitions.map((d) => para(d, { size: 18 })),
  ]);
}
