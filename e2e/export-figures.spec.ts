/**
 * File › Export… on the LIF-versus-LI example after a run: every figure and data file is caught
 * as a download and read back — PNGs by their signature and size, SVGs parsed (the canvas with
 * its cards and wiring, each trace pane with one path per trace through exactly the plotted
 * points), the CSV's header and one row per step holding the plotted values, the JSON's header.
 * Exporting with nothing simulated says why in the dialog.
 */
import { expect, test, type Page } from '@playwright/test';
import type { CircuitDocument } from '../engine/schema';
import type { ScopeSnapshot } from '../renderer/scopes/testHook';
import { documentOf } from './filesHelpers';
import { downloadOf, openExampleAndRun, paneIds, pngSize } from './exportHelpers';

interface ParsedSvg {
  error: string | null;
  nodes: number;
  edgePaths: number;
  traces: { label: string; stroke: string; points: number }[];
  texts: string[];
}

/** Parses SVG text in the page (the browser's XML parser) and summarises it. */
async function parseSvg(page: Page, text: string): Promise<ParsedSvg> {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      nodes: doc.querySelectorAll('.react-flow__node').length,
      edgePaths: [...doc.querySelectorAll('path.react-flow__edge-path')].filter((p) =>
        (p.getAttribute('style') ?? '').includes('stroke:'),
      ).length,
      traces: [...doc.querySelectorAll('path.trace')].map((p) => ({
        label: p.getAttribute('data-label') ?? '',
        stroke: p.getAttribute('stroke') ?? '',
        points: (p.getAttribute('d') ?? '').split(/[ML]/).length - 1,
      })),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, text);
}

async function openExport(page: Page): Promise<void> {
  await page.keyboard.press('Control+e');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

test('File › Export… saves the canvas, each scope and all probe data in every format', async ({
  page,
}) => {
  const errors = await openExampleAndRun(page, 'lif-versus-li');
  const document: CircuitDocument = await documentOf(page);
  await openExport(page);
  const status = page.getByTestId('export-status');
  // Before anything is saved the two status lines are empty and take no room above Close.
  for (const id of ['export-status', 'export-code-status']) {
    expect((await page.getByTestId(id).boundingBox())?.height).toBe(0);
  }

  // The canvas: a PNG at twice the resolution, an SVG with every card and its wiring.
  const png = await downloadOf(page, 'export-canvas-png');
  expect(png.name).toMatch(/-canvas\.png$/);
  expect(pngSize(png.bytes).width).toBeGreaterThan(600);
  await expect(status).toHaveText(`Saved ${png.name}`);
  const canvasSvg = await parseSvg(
    page,
    (await downloadOf(page, 'export-canvas-svg')).bytes.toString(),
  );
  expect(canvasSvg.error).toBeNull();
  expect(canvasSvg.nodes).toBe(document.nodes.length);
  expect(canvasSvg.edgePaths).toBe(document.edges.length);

  // Each scope pane: its picture, and a vector figure of exactly what it plots.
  const ids = await paneIds(page);
  expect(ids.length).toBeGreaterThanOrEqual(2);
  for (const id of ids) {
    const picture = await downloadOf(page, `export-pane-${id}-png`);
    expect(pngSize(picture.bytes).height).toBeGreaterThan(100);
    const figure = await parseSvg(
      page,
      (await downloadOf(page, `export-pane-${id}-svg`)).bytes.toString(),
    );
    expect(figure.error).toBeNull();
    const shown = await page.evaluate((paneId) => window.__spikeboard!.scopeData(paneId), id);
    if (shown?.kind !== 'trace') continue;
    const snapshot: ScopeSnapshot = shown;
    expect(figure.texts).toContain('time [ms]');
    expect(figure.traces.map((t) => t.label)).toEqual(snapshot.series.map((s) => s.label));
    for (const [k, trace] of figure.traces.entries()) {
      expect(trace.stroke).toBe(snapshot.series[k]!.color);
      expect(trace.points).toBe(snapshot.xMs.length);
    }
  }

  // All probe data as CSV: the header names the circuit, its settings and the units; one row
  // per simulated step, holding what the scope plots.
  const csv = (await downloadOf(page, 'export-data-csv')).bytes.toString();
  const lines = csv.trimEnd().split('\n');
  const header = lines.filter((l) => l.startsWith('#'));
  const s = document.simulation;
  expect(header).toContain(`# circuit: ${JSON.stringify(document.name)}`);
  expect(header).toContain(
    `# simulation: dtMs=${s.dtMs} durationMs=${s.durationMs} inputOrder=${s.inputOrder} seed=${s.seed}`,
  );
  expect(header.some((l) => l.startsWith('# units: time_ms in ms'))).toBe(true);
  const rows = lines.filter((l) => !l.startsWith('#'));
  const columns = rows[0]!.split(',');
  expect(columns[0]).toBe('time_ms');
  const steps = Math.round(s.durationMs / s.dtMs);
  expect(rows).toHaveLength(1 + steps);
  const plotted = await page.evaluate(
    (list) => list.map((id) => window.__spikeboard!.scopeData(id)),
    ids,
  );
  const lif = plotted
    .flatMap((pane) => (pane?.kind === 'trace' ? pane.series : []))
    .find((x) => x.targetKind === 'lif' && x.kind === 'trace' && x.probeId !== null);
  expect(lif).toBeDefined();
  const column = columns.indexOf(`${lif!.probeId}:v:${lif!.neuron}`);
  expect(column).toBeGreaterThan(0);
  const exported = rows.slice(1).map((row) => Number(row.split(',')[column]));
  expect(exported).toEqual(lif!.values);
  const spikeColumn = columns.findIndex((c) => c.endsWith(':spikes'));
  expect(rows.slice(1).filter((row) => row.split(',')[spikeColumn] !== '')).toHaveLength(1);

  // And as JSON: a header object, then the runner's layout.
  const json = JSON.parse((await downloadOf(page, 'export-data-json')).bytes.toString()) as {
    header: { format: string; circuit: string; simulation: unknown; units: { time: string } };
    steps: number;
    probes: { variable: string; values?: number[][]; spikeSteps?: number[][] }[];
  };
  expect(json.header).toMatchObject({
    format: 'spikeboard-probe-data',
    circuit: document.name,
    simulation: document.simulation,
    units: { time: 'ms' },
  });
  expect(json.steps).toBe(steps);
  expect(
    json.probes.filter((p) => p.variable === 'v').every((p) => p.values![0]!.length === steps),
  ).toBe(true);
  expect(json.probes.find((p) => p.variable === 'spikes')!.spikeSteps).toEqual([
    [expect.any(Number)],
  ]);

  // One save is reported at a time: a script saved now replaces the data's "Saved …" line.
  await expect(status).toHaveText(/^Saved .*\.json$/);
  const script = await downloadOf(page, 'export-code-norse');
  await expect(page.getByTestId('export-code-status')).toHaveText(`Saved ${script.name}`);
  await expect(status).toHaveText('');
  await downloadOf(page, 'export-canvas-png');
  await expect(page.getByTestId('export-code-status')).toHaveText('');
  expect(errors).toEqual([]);
});

test('with nothing to export, the dialog says why instead of saving an empty file', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('file-name')).toBeVisible();
  await page.getByTestId('file-new').click();
  await expect(page.getByTestId('canvas').locator('.react-flow__node')).toHaveCount(0);
  await page.getByTestId('file-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  const status = page.getByTestId('export-status');
  await page.getByTestId('export-data-csv').click();
  // A notice, not an alarm: nothing failed, there is only nothing to save yet.
  await expect(status).toContainText(
    /Nothing to export as .*probes\.csv\. (Nothing has been simulated|The circuit has no probes)/,
  );
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveClass(/export__status--notice/);
  await page.getByTestId('export-canvas-png').click();
  await expect(status).toContainText('The canvas is empty');
  await expect(status).toHaveClass(/export__status--notice/);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
});
