/**
 * An example's thumbnail: a small SVG of what its first scope pane shows after a run — v or i
 * traces with the dashed threshold and the red input-spike lines, or a spike raster. The card it
 * sits on names the example, so the picture does not repeat (and cut short) the name. Drawn on a
 * dark "oscilloscope" card that reads well in both themes.
 *
 * Pure and deterministic (fixed rounding, no clock), so `npm run thumbnails` and the test that
 * checks the committed files are up to date produce the same bytes.
 */
import { simulate } from '../../engine/backends/reference';
import { createSimdRunner } from '../../engine/backends/simd/runner';
import { compile } from '../../engine/compile';
import type { CircuitDocument, CircuitNode, ProbeNode } from '../../engine/schema';

export const THUMBNAIL_WIDTH = 240;
export const THUMBNAIL_HEIGHT = 150;
const PLOT = { left: 8, top: 8, right: 232, bottom: 142 };
const TRACE_COLORS: Record<string, readonly string[]> = {
  // The LIF and LI family colours first, then distinct hues so overlaid traces stay apart.
  lif: ['#b197fc', '#ffc078', '#63e6be', '#ff8787', '#74c0fc', '#e599f7'],
  li: ['#3bc9db', '#ffe066', '#a9e34b'],
};
const RASTER_ROWS = 56;
const MAX_TRACES = 6;

/** One probe's whole-run recording, as the reference's `simulate` returns it. */
export interface ProbeRecording {
  probeId: string;
  values?: ArrayLike<number>[];
  spikeSteps?: number[][];
}

export interface Recording {
  dtMs: number;
  steps: number;
  probes: ProbeRecording[];
}

/**
 * Runs the document's whole duration on the exact reference backend; a plan of more than 1,000
 * units runs on wasm-simd instead, which is bit-for-bit the reference (the conformance suite).
 */
export async function recordExample(doc: CircuitDocument): Promise<Recording> {
  const compiled = compile(doc);
  if (!compiled.ok) throw new Error(`${doc.name}: ${compiled.diagnostics[0]?.message}`);
  const plan = compiled.plan;
  if (plan.unitCount <= 1000) return simulate(plan);
  const chunk = (await createSimdRunner(plan)).advance(plan.steps);
  return {
    dtMs: plan.dtMs,
    steps: plan.steps,
    probes: chunk.probes,
  };
}

export async function exampleThumbnail(doc: CircuitDocument): Promise<string> {
  return thumbnailSvg(doc, await recordExample(doc));
}

const r1 = (x: number) => String(Math.round(x * 10) / 10);

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}

export function thumbnailSvg(doc: CircuitDocument, rec: Recording): string {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const targetOf = (probeId: string): CircuitNode | undefined => {
    const edge = doc.edges.find((e) => e.kind === 'probe' && e.target === probeId);
    return edge === undefined ? undefined : nodes.get(edge.source);
  };
  const paneProbes = (
    doc.scopes?.[0]?.probes ?? doc.nodes.filter((n) => n.kind === 'probe').map((n) => n.id)
  )
    .map((id) => nodes.get(id))
    .filter((n): n is ProbeNode => n?.kind === 'probe');
  const traced = paneProbes.filter((p) => p.variable !== 'spikes');
  const body =
    traced.length > 0
      ? traces(doc, rec, traced, targetOf)
      : raster(rec, paneProbes[0]?.id, targetOf(paneProbes[0]?.id ?? '')?.kind);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}" viewBox="0 0 ${THUMBNAIL_WIDTH} ${THUMBNAIL_HEIGHT}" role="img" aria-label="${escapeXml(doc.name)}">`,
    `<rect width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}" rx="8" fill="#15171f"/>`,
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" rx="3" fill="#1d2030"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

const xOf = (step: number, steps: number) =>
  PLOT.left + ((PLOT.right - PLOT.left) * step) / Math.max(1, steps);

function traces(
  doc: CircuitDocument,
  rec: Recording,
  probes: ProbeNode[],
  targetOf: (probeId: string) => CircuitNode | undefined,
): string[] {
  const lines: { color: string; values: ArrayLike<number>; lif: boolean }[] = [];
  const thresholds = new Set<number>();
  const targets = new Set<string>();
  const shades = new Map<string, number>();
  for (const probe of probes) {
    const target = targetOf(probe.id);
    const recorded = rec.probes.find((p) => p.probeId === probe.id)?.values ?? [];
    if (target === undefined) continue;
    targets.add(target.id);
    for (const values of recorded.slice(0, MAX_TRACES - lines.length)) {
      const shade = shades.get(target.kind) ?? 0;
      shades.set(target.kind, shade + 1);
      const palette = TRACE_COLORS[target.kind] ?? ['#ced4da'];
      lines.push({ color: palette[shade % palette.length]!, values, lif: target.kind === 'lif' });
    }
    if (target.kind === 'lif' && probe.variable === 'v' && typeof target.params.vTh === 'number')
      thresholds.add(target.params.vTh);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const { values } of lines) {
    for (let k = 0; k < values.length; k++) {
      lo = Math.min(lo, values[k]!);
      hi = Math.max(hi, values[k]!);
    }
  }
  for (const t of thresholds) hi = Math.max(hi, t);
  if (!(hi > lo)) [lo, hi] = [lo - 1, lo + 1];
  const pad = (hi - lo) * 0.08;
  const yOf = (v: number) =>
    PLOT.bottom - ((PLOT.bottom - PLOT.top) * (v - lo + pad)) / (hi - lo + 2 * pad);
  const out: string[] = [];
  for (const timeMs of inputSpikeTimes(doc, targets)) {
    const x = r1(xOf(timeMs / rec.dtMs, rec.steps));
    out.push(
      `<line x1="${x}" y1="${PLOT.top}" x2="${x}" y2="${PLOT.bottom}" stroke="#ff6b6b" stroke-opacity="0.7" stroke-width="1"/>`,
    );
  }
  for (const t of thresholds) {
    const y = r1(yOf(t));
    out.push(
      `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.right}" y2="${y}" stroke="#adb5bd" stroke-width="1" stroke-dasharray="4 3"/>`,
    );
  }
  // Spiking populations last (on top), as the scopes draw them: until the first spike a LIF and
  // an LI trace coincide, and the LIF's stays visible.
  lines.sort((p, q) => Number(p.lif) - Number(q.lif));
  for (const { color, values } of lines) {
    out.push(
      `<path d="${tracePath(values, rec.steps, yOf)}" fill="none" stroke="${color}" stroke-width="1.5" stroke-linejoin="round"/>`,
    );
  }
  return out;
}

/** Min and max per pixel column: the shape of a long trace in a few hundred points. */
function tracePath(values: ArrayLike<number>, steps: number, yOf: (v: number) => number): string {
  const columns = PLOT.right - PLOT.left;
  const parts: string[] = [];
  for (let c = 0; c < columns; c++) {
    const from = Math.floor((c * values.length) / columns);
    const to = Math.max(from + 1, Math.floor(((c + 1) * values.length) / columns));
    let min = Infinity;
    let max = -Infinity;
    let first = 0;
    for (let k = from; k < Math.min(to, values.length); k++) {
      if (k === from) first = values[k]!;
      min = Math.min(min, values[k]!);
      max = Math.max(max, values[k]!);
    }
    if (min === Infinity) continue;
    const x = r1(xOf(from, Math.min(steps, values.length)));
    const pair = first <= (min + max) / 2 ? [min, max] : [max, min];
    parts.push(`${parts.length === 0 ? 'M' : 'L'}${x} ${r1(yOf(pair[0]!))}`);
    if (max !== min) parts.push(`L${x} ${r1(yOf(pair[1]!))}`);
  }
  return parts.join('');
}

function inputSpikeTimes(doc: CircuitDocument, targets: Set<string>): number[] {
  const times = new Set<number>();
  for (const edge of doc.edges) {
    if (edge.kind !== 'projection' || !targets.has(edge.target)) continue;
    const source = doc.nodes.find((n) => n.id === edge.source);
    if (source?.kind !== 'spikeTimes' || source.size > 2) continue;
    for (const list of source.spikeTimesMs) for (const t of list) times.add(t);
  }
  return [...times].filter((t) => t < doc.simulation.durationMs).sort((a, b) => a - b);
}

function raster(rec: Recording, probeId: string | undefined, kind: string | undefined): string[] {
  const lists = rec.probes.find((p) => p.probeId === probeId)?.spikeSteps ?? [];
  if (lists.length === 0) return [];
  const rows = Math.min(RASTER_ROWS, lists.length);
  const rowHeight = (PLOT.bottom - PLOT.top - 4) / rows;
  const tick = r1(Math.max(1, rowHeight * 0.8));
  const parts: string[] = [];
  for (let r = 0; r < rows; r++) {
    const neuron = Math.floor((r * lists.length) / rows);
    const y = r1(PLOT.top + 2 + r * rowHeight);
    const columns = new Set((lists[neuron] ?? []).map((s) => Math.floor(xOf(s, rec.steps))));
    for (const x of [...columns].sort((a, b) => a - b)) parts.push(`M${x} ${y}v${tick}`);
  }
  const color = (TRACE_COLORS[kind ?? 'lif'] ?? TRACE_COLORS.lif!)[0]!;
  return [`<path d="${parts.join('')}" stroke="${color}" stroke-width="1.2"/>`];
}
