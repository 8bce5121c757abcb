/**
 * Helpers for the simulation and scope specs: read what the scopes plot and what the engine
 * reports through the test hook (data, not pixels), and compute what the exact reference engine
 * gives for a document, here in Node, to compare with.
 */
import { expect, type Page } from '@playwright/test';
import { simulate } from '../engine/backends/reference';
import { compile } from '../engine/compile';
import type { CircuitDocument } from '../engine/schema';
import type { RasterSnapshot, ScopeSnapshot } from '../renderer/scopes/testHook';
import type { SimTestHook } from '../renderer/sim/simTestHook';

export type SimState = ReturnType<SimTestHook['state']>;

export async function simState(page: Page): Promise<SimState> {
  return page.evaluate(() => window.__spikeboard!.sim!.state());
}

export async function traceScope(page: Page, id = 'membrane'): Promise<ScopeSnapshot> {
  const data = await page.evaluate(
    (scopeId) => window.__spikeboard?.scopeData(scopeId) ?? null,
    id,
  );
  if (data === null || data.kind !== 'trace') throw new Error(`no trace pane "${id}"`);
  return data;
}

export async function rasterScope(page: Page, id: string): Promise<RasterSnapshot> {
  const data = await page.evaluate(
    (scopeId) => window.__spikeboard?.scopeData(scopeId) ?? null,
    id,
  );
  if (data === null || data.kind !== 'raster') throw new Error(`no raster pane "${id}"`);
  return data;
}

export async function shownDocument(page: Page): Promise<CircuitDocument> {
  const value = await page.evaluate(() => window.__spikeboard!.sim!.shownDocument());
  if (value === null) throw new Error('no simulated document yet');
  return value;
}

/** Opens a document as a file would, and waits until its simulation is drawn. */
export async function openDocument(page: Page, document: CircuitDocument): Promise<void> {
  await page.evaluate(async (d) => {
    window.__spikeboard!.editor!.replaceDocument(d);
    await window.__spikeboard!.sim!.idle();
  }, document);
}

/**
 * Waits until every pane drew the latest data: the latest document change (instant mode), and
 * the samples published so far (a live run's are not a document change: a pane that drew in this
 * frame draws them in the next animation frame, renderer/scopes/frameScheduler.ts).
 */
export async function drawnLatest(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const hook = window.__spikeboard!;
    await hook.sim!.idle();
    await hook.whenDrawn(hook.sim!.state().documentSeq);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/** The exact reference engine's v trace per probe, for `document` run for `durationMs`. */
export function referenceTraces(document: CircuitDocument, durationMs: number) {
  const compiled = compile(document, { durationMs });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  return simulate(compiled.plan);
}

/** The first step where two traces differ bit for bit, or null. */
export function firstMismatch(
  actual: readonly number[],
  expected: ArrayLike<number>,
): string | null {
  if (actual.length !== expected.length)
    return `length ${actual.length}, expected ${expected.length}`;
  for (let k = 0; k < actual.length; k++) {
    if (!Object.is(actual[k], expected[k]))
      return `step ${k}: ${actual[k]}, expected ${expected[k]}`;
  }
  return null;
}

/** Every plotted trace of the pane equals the reference engine's trace of its probe. */
export function expectPlotEqualsReference(
  data: ScopeSnapshot,
  document: CircuitDocument,
  durationMs: number,
) {
  const result = referenceTraces(document, durationMs);
  const traces = data.series.filter((s) => s.kind === 'trace');
  expect(traces.length).toBeGreaterThan(0);
  for (const trace of traces) {
    const probe = result.probes.find((p) => p.probeId === trace.probeId);
    const index = probe?.neurons.indexOf(trace.neuron ?? -1) ?? -1;
    const expected = probe?.values?.[index];
    if (expected === undefined) throw new Error(`the reference has no trace for ${trace.label}`);
    const from = Math.round(data.xMs[0]! / result.dtMs);
    expect(
      firstMismatch(trace.values, expected.subarray(from, from + trace.values.length)),
      trace.label,
    ).toBeNull();
  }
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
