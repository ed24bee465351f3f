import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Layer, Rectangle, Surface, Text } from 'recharts';
import { Resvg } from '@resvg/resvg-js';

/**
 * Charts for the Word report: drawn with recharts' SVG components and rendered to static markup at a fixed
 * size, then to PNG with resvg. (Recharts 3's chart containers render nothing on the server, because they
 * lay out in effects: recharts/recharts#5997. Its shape components render statically, so the report
 * composes its bar charts from those, in the same palette as the dashboard.)
 */

export interface ChartSeries {
  name: string;
  colour: string;
  values: number[];
}

export interface BarChartSpec {
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Values are percentages (axis to 100, labels with %). */
  percent?: boolean;
  width?: number;
}

export const CHART_FONT = 'Arial, Liberation Sans, DejaVu Sans, sans-serif';
export const SERIES_COLOURS = ['#0f6cbd', '#8a8886', '#b45309', '#2e7d32'];

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s * 5 >= max) ?? 10 * magnitude;
  return Math.ceil(max / step) * step;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * A category label on lines of at most `n` characters, broken between words (and after a slash), so a long
 * label is read whole ("independence/ t…" was cut). At most three lines; only a fourth would be clipped.
 */
export function wrapLabel(label: string, n = 34, maxLines = 3): string[] {
  const words = label.replace(/\//g, '/ ').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    const join = last === undefined ? w : last.endsWith('/') ? `${last}${w}` : `${last} ${w}`;
    if (last !== undefined && join.length <= n) lines[lines.length - 1] = join;
    else lines.push(w);
  }
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), clip(lines.slice(maxLines - 1).join(' '), n)];
}

const text = (x: number, y: number, value: string, extra: Record<string, unknown> = {}): ReactElement =>
  h(Text, { x, y, fontSize: 12, fontFamily: CHART_FONT, fill: '#242424', verticalAnchor: 'middle', ...extra }, value);

/** A horizontal bar chart: one group of bars per category, one bar per series. */
export function barChartSvg(spec: BarChartSpec): { svg: string; width: number; height: number } {
  const width = spec.width ?? 640;
  const labelWidth = 230;
  const barHeight = 14;
  const groupGap = 10;
  const top = 44;
  const lineHeight = 13;
  const labels = spec.categories.map((c) => wrapLabel(c));
  const groupHeight = Math.max(spec.series.length * barHeight, Math.max(1, ...labels.map((l) => l.length)) * lineHeight) + groupGap;
  const plotHeight = Math.max(1, spec.categories.length) * groupHeight;
  const height = top + plotHeight + 28;
  const plotLeft = labelWidth + 10;
  const plotWidth = width - plotLeft - 50;
  const max = spec.percent ? 100 : niceMax(Math.max(0, ...spec.series.flatMap((s) => s.values)));
  const scale = (v: number) => (v / max) * plotWidth;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const format = (v: number) => (spec.percent ? `${Math.round(v * 10) / 10}%` : String(Math.round(v * 10) / 10));

  const grid = ticks.map((t, i) =>
    h(Layer, { key: `t${i}` }, h('line', { x1: plotLeft + scale(t), x2: plotLeft + scale(t), y1: top - 4, y2: top + plotHeight, stroke: '#d1d1d1', strokeWidth: 1 }), text(plotLeft + scale(t), top + plotHeight + 12, format(t), { textAnchor: 'middle', fontSize: 11, fill: '#616161' })),
  );
  const legend = spec.series.map((s, i) =>
    h(Layer, { key: `l${i}` }, h('rect', { x: plotLeft + i * 200, y: 22, width: 12, height: 12, fill: s.colour }), text(plotLeft + i * 200 + 18, 28, clip(s.name, 28), { fontSize: 11 })),
  );
  const bars = spec.categories.map((_c, ci) => {
    const y0 = top + ci * groupHeight;
    return h(
      Layer,
      { key: `c${ci}` },
      ...labels[ci]!.map((line, li, all) =>
        h(Layer, { key: `n${li}` }, text(labelWidth, y0 + (spec.series.length * barHeight) / 2 + (li - (all.length - 1) / 2) * lineHeight, line, { textAnchor: 'end' })),
      ),
      ...spec.series.map((s, si) => {
        const v = s.values[ci] ?? 0;
        const y = y0 + si * barHeight;
        return h(
          Layer,
          { key: `b${si}` },
          h(Rectangle, { x: plotLeft, y: y + 1, width: Math.max(0, scale(v)), height: barHeight - 2, fill: s.colour, isAnimationActive: false }),
          text(plotLeft + scale(v) + 4, y + barHeight / 2, format(v), { fontSize: 10, fill: '#424242' }),
        );
      }),
    );
  });
  const svg = renderToStaticMarkup(
    h(
      Surface,
      { width, height, viewBox: { x: 0, y: 0, width, height }, title: spec.title },
      h('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
      text(8, 10, spec.title, { fontSize: 14, fontWeight: 'bold' }),
      ...legend,
      ...grid,
      ...bars,
    ),
  );
  // renderToStaticMarkup leaves out the namespace, which a standalone SVG file needs.
  return { svg: svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '), width, height };
}

/** PNG bytes of an SVG at `scale` × its size (2 = sharp when printed). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }, background: '#ffffff' });
  return resvg.render().asPng();
}
