import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildReportScenario, call, type Scenario } from '../../support/report-scenario';
import { wrapLabel } from '../../../electron/reports/chart-svg';
import { paragraphsOf } from '../../unit/letters/docx-reader';
import { dispatch } from '../../../electron/dispatch';

/** The quarterly report in Word as a QA manager would take it to the Performance & QA meeting (issue 16). */

let s: Scenario;
beforeAll(async () => {
  s = await buildReportScenario();
});
afterAll(() => s.services.close());

async function wordReport() {
  const file = await call(s.services, 'reports.export', { report: 'period', from: '2025-04-01', to: '2025-06-30', format: 'docx' });
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const doc = await zip.file('word/document.xml')!.async('string');
  const headers = await Promise.all(zip.file(/word\/header\d*\.xml/).map((f) => f.async('string')));
  const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async('string')));
  return { doc, paragraphs: paragraphsOf(doc), headers, footers };
}

describe('the quarterly report in Word', () => {
  it('prints the protective marking at the top and bottom of every page, because it lists case IDs', async () => {
    const { headers, footers, doc } = await wordReport();
    expect(doc).toMatch(/DEMO-|SAMPLE-|[A-Z]+-\d+/);
    expect(headers.length).toBeGreaterThan(0);
    for (const part of [...headers, ...footers]) expect(part).toContain('OFFICIAL-SENSITIVE');
  });

  it('gives every percentage its denominator in words', async () => {
    const { paragraphs } = await wordReport();
    expect(paragraphs).toContain('What the percentages are of');
    expect(paragraphs.some((p) => /^• Stage responses within timescale: \d+ of the \d+ stages with a timescale that ended in the quarter \(\d+(\.\d)?%\)\.$/.test(p))).toBe(true);
  });

  it('puts the summary of figures before the charts, so a tall chart cannot leave the first page blank', async () => {
    const { paragraphs } = await wordReport();
    expect(paragraphs.indexOf('Summary of figures')).toBeGreaterThan(0);
    expect(paragraphs.indexOf('Summary of figures')).toBeLessThan(paragraphs.indexOf('Charts'));
  });

  it('heads a table of several measures with one spanning heading per measure over short period headings', async () => {
    const { doc } = await wordReport();
    const table = /Stage timeliness \(stages that ended in the period\).*?<w:tbl>(.*?)<\/w:tbl>/s.exec(doc)![1]!;
    const firstRow = /<w:tr>(.*?)<\/w:tr>/s.exec(table)![1]!;
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(paragraphsOf(firstRow).filter(Boolean)).toEqual(['Ended', 'With a timescale', 'Within timescale (%)', 'With extensions (%)']);
    expect((firstRow.match(/<w:gridSpan w:val="2"\/>/g) ?? []).length).toBe(4);
  });

  it('prints the commentary the QA manager wrote for the period, and refuses a save over a colleague’s', async () => {
    const period = { from: '2025-04-01', to: '2025-06-30' };
    expect(await call(s.services, 'reports.commentary', period)).toMatchObject({ text: '', version: 0 });
    const saved = await call(s.services, 'reports.commentary.save', { ...period, text: 'Timeliness fell at stage 2.\nThe service manager post was vacant.', version: 0, opId: crypto.randomUUID() });
    expect(saved.version).toBe(1);
    const { paragraphs } = await wordReport();
    const at = paragraphs.indexOf('Commentary');
    expect(at).toBeGreaterThan(paragraphs.indexOf('Key messages'));
    expect(paragraphs.slice(at + 1, at + 3)).toEqual(['Timeliness fell at stage 2.', 'The service manager post was vacant.']);
    const other = await dispatch(s.services.handlers, 'reports.commentary.save', { ...period, text: 'Overwrite', version: 0, opId: crypto.randomUUID() });
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call(s.services, 'reports.commentary', { from: '2025-01-01', to: '2025-03-31' })).text).toBe('');
  });

  it('writes chart labels whole on up to three lines ("independence/ t…" was cut)', () => {
    const lines = wrapLabel('Quality of planning – independence/transition');
    expect(lines.join(' ').replace(/\/ /g, '/')).toBe('Quality of planning – independence/transition');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(34);
    expect(wrapLabel('Absence or delays in planning including permanence').join(' ')).not.toContain('…');
  });
});
