/**
 * Failure handling in the window: a worker that throws or dies is restarted with the circuit
 * intact; a NaN pauses the run and names the population; a circuit too large is refused with
 * its size and the limit. Nothing leaves a blank or frozen window.
 */
import { expect, test, type Page } from '@playwright/test';
import type { CircuitDocument } from '../engine/schema';
import { attach, doc, li, lif, oneToOne, probe } from '../engine/testdata/circuits';
import {
  drawnLatest,
  expectPlotEqualsReference,
  openDocument,
  shownDocument,
  simState,
  traceScope,
} from './simulationHelpers';
import { openLifVersusLi } from './openExample';

test.use({ viewport: { width: 1400, height: 1000 } });

async function ready(page: Page): Promise<void> {
  await openLifVersusLi(page);
  await expect(page.getByTestId('scope-membrane')).toHaveAttribute('data-state', 'complete');
}

async function expectIntactAndSimulated(page: Page, before: CircuitDocument): Promise<void> {
  const editorDoc = await page.evaluate(() => window.__spikeboard!.editor!.document());
  expect(editorDoc).toEqual(before);
  await expect(page.getByTestId('scope-membrane')).toHaveAttribute('data-state', 'complete');
  await drawnLatest(page);
  expectPlotEqualsReference(await traceScope(page), await shownDocument(page), 1000);
}

test('a worker that throws is shown and restarted with the circuit intact', async ({
  page,
}, testInfo) => {
  await ready(page);
  const before = await page.evaluate(() => window.__spikeboard!.editor!.document());
  const [worker] = page.workers();
  // An exception outside the session's request handling: the Worker's `error` event.
  await worker!.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash in the worker');
    }, 0);
  });
  const notice = page.getByTestId('engine-notice');
  await expect(notice).toHaveAttribute('data-kind', 'crash');
  await expect(notice).toContainText('The simulation engine stopped and was restarted');
  await expect(notice).toContainText('simulated crash in the worker');
  await expect(notice).toContainText('Your circuit is intact');
  await expect.poll(async () => (await simState(page)).restarts).toBe(1);
  await expectIntactAndSimulated(page, before);
  await testInfo.attach('crash-notice', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
});

test('a worker that stops answering is restarted', async ({ page }) => {
  await ready(page);
  const before = await page.evaluate(() => window.__spikeboard!.editor!.document());
  await page.evaluate(() =>
    window.__spikeboard!.sim!.setWatchdog({ pingMs: 200, silenceMs: 1500 }),
  );
  const [worker] = page.workers();
  // A terminated worker sends nothing at all: only the watchdog can tell.
  await worker!.evaluate(() => (self as unknown as { close(): void }).close());
  const notice = page.getByTestId('engine-notice');
  await expect(notice).toContainText('WorkerUnresponsive', { timeout: 10_000 });
  await expectIntactAndSimulated(page, before);
  // The restarted worker runs live too.
  await page.getByTestId('sim-run').click();
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', /running|finished/);
});

/** A current so large that the LI potential overflows to Infinity, then NaN, at t = 10 ms. */
function overflowing(): CircuitDocument {
  const current: CircuitDocument['nodes'][number] = {
    id: 'big',
    label: 'huge current',
    position: { x: 0, y: 0 },
    kind: 'constantCurrent',
    size: 1,
    amplitude: 1e30,
    startMs: 10,
  };
  return doc(
    [current, li('leaky', 1), probe('pv', 'v')],
    [oneToOne('drive', 'big', 'leaky', 1e30), attach('a', 'leaky', 'pv')],
    { durationMs: 1000 },
  );
}

test('a NaN or infinity pauses the run and names the population', async ({ page }, testInfo) => {
  await ready(page);
  const circuit = { ...overflowing(), name: 'Overflow' };
  (circuit.nodes[1] as { label: string }).label = 'Leaky layer';
  await openDocument(page, circuit);
  const notice = page.getByTestId('engine-notice');
  await expect(notice).toHaveAttribute('data-kind', 'halted');
  await expect(notice).toContainText(/Paused: (NaN|Infinity) in population “Leaky layer”/);
  await expect(notice).toContainText('neuron 0 of “Leaky layer”');
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'paused');
  // Live mode stops there too, and says so (long before the 1000 ms run ends, however late the
  // first live tick on a busy machine).
  await page.getByTestId('sim-run').click();
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'paused');
  const state = await simState(page);
  expect(state.currentStep).toBeLessThan(1000);
  await testInfo.attach('halted', { body: await page.screenshot(), contentType: 'image/png' });
});

test('a NaN in a population no probe watches pauses the run and names it', async ({
  page,
}, testInfo) => {
  await ready(page);
  // "Hidden layer" (3 LI neurons, no probe) overflows at t = 10 ms; only "Watched" is probed.
  const circuit = doc(
    [
      { ...overflowing().nodes[0]!, size: 3 } as CircuitDocument['nodes'][number],
      { ...lif('watched', 2), label: 'Watched' } as CircuitDocument['nodes'][number],
      { ...li('hidden', 3), label: 'Hidden layer' } as CircuitDocument['nodes'][number],
      probe('pw', 'v'),
    ],
    [oneToOne('drive', 'big', 'hidden', 1e30), attach('a', 'watched', 'pw')],
    { durationMs: 100 },
  );
  await openDocument(page, { ...circuit, name: 'Hidden overflow' });
  const notice = page.getByTestId('engine-notice');
  await expect(notice).toHaveAttribute('data-kind', 'halted');
  await expect(notice).toContainText(/Paused: (NaN|Infinity) in population “Hidden layer”/);
  await expect(notice).toContainText('neuron 0 of “Hidden layer”');
  await expect(notice).toContainText('at step 10 (t = 10 ms)');
  await expect(notice).toContainText('No probe watches it.');
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'paused');
  await testInfo.attach('halted-unprobed', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
});

test('a circuit too large is refused with its size and the limit', async ({ page }) => {
  await ready(page);
  const original = await page.evaluate(() => window.__spikeboard!.editor!.document());
  await openDocument(
    page,
    doc([lif('big', 6_000_000), lif('bigger', 6_000_000)], [], { durationMs: 10 }),
  );
  const failure = page.getByTestId('failure');
  await expect(failure).toContainText('is too large to simulate');
  await expect(failure).toContainText('12000000 neurons');
  await expect(failure).toContainText('the limit is 10000000');
  await expect(failure).toContainText('CIRCUIT_TOO_LARGE');
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'failed');
  // A good circuit afterwards simulates again.
  await openDocument(page, original);
  await expect(page.getByTestId('failure')).toHaveCount(0);
  await expectIntactAndSimulated(page, original);
});
