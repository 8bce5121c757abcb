/**
 * A scope pane as a real vector figure: SVG text with the title, each plot's frame, grid, tick
 * labels and axis titles, the traces as paths (a gap where a value is not finite), dashed
 * threshold lines, input-spike markers, raster spikes as small rectangles, and a legend. Always
 * drawn light (white, dark ink), whatever the window's theme: it goes into papers and slides.
 */

export interface FigureLine {
  label: string;
  color: string;
  widthPx: number;
  dash: readonly number[] | null;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
}

/** Raster spikes: one mark per (x, row), rows counted from the bottom of the plot. */
export interface FigureDots {
  color: string;
  xs: ArrayLike<number>;
  rows: ArrayLike<number>;
  /** The width of one mark in x units (one time step). */
  widthX: number;
}

export interface FigurePlot {
  heightPx: number;
  /** '' draws no x tick labels (a plot sharing the time axis of the one beneath). */
  xLabel: string;
  yLabel: string;
  xRange: readonly [number, number];
  yRange: readonly [number, number];
  lines: readonly FigureLine[];
  dots?: FigureDots;
  markers?: { color: string; xs: readonly number[] };
  /** Whole numbers only on the y axis (neuron indices). */
  yIntegers?: boolean;
}

export interface LegendItem {
  label: string;
  color: string;
  dash: readonly number[] | null;
}

export interface VectorFigure {
  title: string;
  plots: readonly FigurePlot[];
  legend: readonly LegendItem[];
}

const INK = '#212529';
const AXIS = '#343a40';
const GRID = '#dee2e6';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
const LEFT = 78;
const RIGHT = 24;
const TITLE = 40;
const X_AXIS = 48;
const GAP = 12;
const LEGEND_ROW = 26;

/** Text for XML: & < > " ' escaped (control characters other than tab dropped). */
export function xmlText(text: string): string {
  // XML 1.0 allows no control characters but tab, line feed and carriage return.
  const allowed = [...text].filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r');
  return allowed
    .join('')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Round numbers (1, 2 or 5 × 10^k apart) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 6): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max)) || !(max > min)) return [];
  const raw = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return ticks;
}

function tickLabel(value: number, ticks: readonly number[]): string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const decimals = Math.max(0, Math.min(8, -Math.floor(Math.log10(step) + 1e-9)));
  return (Object.is(value, -0) ? 0 : value).toFixed(decimals);
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

function dashAttr(dash: readonly number[] | null): string {
  return dash === null || dash.length === 0 ? '' : ` stroke-dasharray="${dash.join(' ')}"`;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

function linePath(line: FigureLine, box: Box, plot: FigurePlot): string {
  const [x0, x1] = plot.xRange;
  const [y0, y1] = plot.yRange;
  const sx = box.width / (x1 - x0 || 1);
  const sy = box.height / (y1 - y0 || 1);
  const parts: string[] = [];
  let pen = false;
  const count = Math.min(line.xs.length, line.ys.length);
  for (let k = 0; k < count; k++) {
    const x = line.xs[k]!;
    const y = line.ys[k]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    const px = box.left + (x - x0) * sx;
    const py = box.top + (y1 - y) * sy;
    parts.push(`${pen ? 'L' : 'M'}${n(px)} ${n(py)}`);
    pen = true;
  }
  return parts.join('');
}

function plotSvg(plot: FigurePlot, box: Box, clipId: string): string[] {
  const out: string[] = [];
  const [x0, x1] = plot.xRange;
  const [y0, y1] = plot.yRange;
  const xAt = (x: number) => box.left + ((x - x0) / (x1 - x0 || 1)) * box.width;
  const yAt = (y: number) => box.top + ((y1 - y) / (y1 - y0 || 1)) * box.height;
  const xTicks = niceTicks(x0, x1, Math.max(2, Math.round(box.width / 90)));
  const yNice = niceTicks(y0, y1, Math.max(2, Math.round(box.height / 50)));
  const yTicks = plot.yIntegers === true ? yNice.filter((t) => Number.isInteger(t)) : yNice;
  out.push(
    `<clipPath id="${clipId}"><rect x="${n(box.left)}" y="${n(box.top)}" width="${n(box.width)}" height="${n(box.height)}"/></clipPath>`,
  );
  out.push(`<g class="grid" stroke="${GRID}" stroke-width="1">`);
  for (const t of xTicks)
    out.push(
      `<line x1="${n(xAt(t))}" y1="${n(box.top)}" x2="${n(xAt(t))}" y2="${n(box.top + box.height)}"/>`,
    );
  for (const t of yTicks)
    out.push(
      `<line x1="${n(box.left)}" y1="${n(yAt(t))}" x2="${n(box.left + box.width)}" y2="${n(yAt(t))}"/>`,
    );
  out.push('</g>');
  out.push(`<g clip-path="url(#${clipId})">`);
  if (plot.dots !== undefined) {
    const d = plot.dots;
    const w = Math.max(0.75, (d.widthX / (x1 - x0 || 1)) * box.width);
    const h = Math.max(0.75, box.height / (y1 - y0 || 1));
    out.push(`<g class="spikes" fill="${xmlText(d.color)}">`);
    for (let k = 0; k < Math.min(d.xs.length, d.rows.length); k++) {
      out.push(
        `<rect x="${n(xAt(d.xs[k]!))}" y="${n(yAt(d.rows[k]! + 1))}" width="${n(w)}" height="${n(h)}"/>`,
      );
    }
    out.push('</g>');
  }
  for (const line of plot.lines) {
    const d = linePath(line, box, plot);
    if (d === '') continue;
    out.push(
      `<path class="trace" data-label="${xmlText(line.label)}" d="${d}" fill="none" stroke="${xmlText(line.color)}" stroke-width="${line.widthPx}" stroke-linejoin="round"${dashAttr(line.dash)}/>`,
    );
  }
  if (plot.markers !== undefined) {
    out.push(`<g class="markers" stroke="${xmlText(plot.markers.color)}" stroke-width="1.5">`);
    for (const x of plot.markers.xs) {
      if (x < x0 || x > x1) continue;
      out.push(
        `<line x1="${n(xAt(x))}" y1="${n(box.top)}" x2="${n(xAt(x))}" y2="${n(box.top + box.height)}"/>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>');
  out.push(
    `<rect x="${n(box.left)}" y="${n(box.top)}" width="${n(box.width)}" height="${n(box.height)}" fill="none" stroke="${AXIS}"/>`,
  );
  out.push(`<g class="ticks" fill="${AXIS}" font-size="12">`);
  if (plot.xLabel !== '') {
    for (const t of xTicks) {
      out.push(
        `<text x="${n(xAt(t))}" y="${n(box.top + box.height + 16)}" text-anchor="middle">${xmlText(tickLabel(t, xTicks))}</text>`,
      );
    }
  }
  for (const t of yTicks) {
    out.push(
      `<text x="${n(box.left - 6)}" y="${n(yAt(t) + 4)}" text-anchor="end">${xmlText(tickLabel(t, yTicks))}</text>`,
    );
  }
  out.push('</g>');
  if (plot.xLabel !== '') {
    out.push(
      `<text x="${n(box.left + box.width / 2)}" y="${n(box.top + box.height + 38)}" text-anchor="middle" font-size="13" fill="${INK}">${xmlText(plot.xLabel)}</text>`,
    );
  }
  const midY = box.top + box.height / 2;
  out.push(
    `<text x="18" y="${n(midY)}" text-anchor="middle" font-size="13" fill="${INK}" transform="rotate(-90 18 ${n(midY)})">${xmlText(plot.yLabel)}</text>`,
  );
  return out;
}

function legendSvg(legend: readonly LegendItem[], top: number, width: number): [string[], number] {
  const out: string[] = [];
  let x = LEFT;
  let y = top + LEGEND_ROW / 2;
  for (const item of legend) {
    const w = 34 + item.label.length * 7;
    if (x + w > width - RIGHT && x > LEFT) {
      x = LEFT;
      y += LEGEND_ROW;
    }
    out.push(
      `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${xmlText(item.color)}" stroke-width="3"${dashAttr(item.dash)}/>`,
    );
    out.push(
      `<text x="${x + 28}" y="${y + 4}" font-size="12" fill="${INK}">${xmlText(item.label)}</text>`,
    );
    x += w + 14;
  }
  const rows = legend.length === 0 ? 0 : Math.round((y - top - LEGEND_ROW / 2) / LEGEND_ROW) + 1;
  return [out, rows * LEGEND_ROW];
}

/** The figure as SVG text, `widthPx` wide (its height follows from its plots and legend). */
export function figureSvg(figure: VectorFigure, widthPx = 960): string {
  const body: string[] = [];
  let top = TITLE;
  figure.plots.forEach((plot, k) => {
    const box = { left: LEFT, top, width: widthPx - LEFT - RIGHT, height: plot.heightPx };
    body.push(...plotSvg(plot, box, `plot-${k}`));
    top += plot.heightPx + (plot.xLabel === '' ? GAP : X_AXIS + GAP);
  });
  const [legend, legendHeight] = legendSvg(figure.legend, top, widthPx);
  const height = Math.ceil(top + legendHeight + 8);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${height}" viewBox="0 0 ${widthPx} ${height}" font-family="${FONT}">`,
    `<title>${xmlText(figure.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="26" font-size="16" font-weight="600" fill="${INK}">${xmlText(figure.title)}</text>`,
    ...body,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
