/**
 * The inspector's structured values, edited with the keyboard: a weight distribution, a weight
 * matrix cell (and a pasted matrix of the wrong shape refused), per-neuron values in the table
 * (a pasted column, one that is too long refused, Set all) and the initial potential — every
 * refusal shown inline and never applied, every change one undo step.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { CircuitDocument } from '../engine/schema';
import { doc, history, node, nodeById } from './editorHelpers';
import { openLifVersusLi } from './openExample';

function rule(d: CircuitDocument, id: string) {
  const edge = d.edges.find((e) => e.id === id);
  if (edge?.kind !== 'projection') throw new Error(`no projection ${id}`);
  return edge.rule;
}

/** Replaces what is typed in a cell and presses Enter, as a person would. */
async function typeInto(cell: Locator, text: string): Promise<void> {
  await cell.focus();
  await cell.press('Control+A');
  await cell.pressSequentially(text);
  await cell.press('Enter');
}

/** A paste of `text` into `cell`, as the clipboard delivers it. */
async function pasteInto(cell: Locator, text: string): Promise<void> {
  await cell.focus();
  await cell.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test.use({ viewport: { width: 1400, height: 1000 } });

async function undo(page: Page): Promise<void> {
  await page.getByTestId('tool-undo').click();
}

test('edits a weight distribution and a matrix cell with the keyboard; refusals; undo', async ({
  page,
}, testInfo) => {
  const errors = await openLifVersusLi(page);
  // Beside the lesson panel the canvas is small: zoom in until the edge labels are drawn.
  const label = page.getByTestId('edge-label-input-to-lif');
  for (let k = 0; k < 4 && !(await label.isVisible()); k++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
  }
  await label.click();
  await page.getByTestId('canvas').screenshot({ path: testInfo.outputPath('edge-selected.png') });
  const mode = page.getByTestId('weight-mode');
  await mode.focus();
  await mode.selectOption('uniform');
  expect(rule(await doc(page), 'input-to-lif')).toMatchObject({
    weight: { distribution: 'uniform', low: 0.5, high: 1.5 },
  });
  await typeInto(page.getByTestId('weight-low'), '0.25');
  expect(rule(await doc(page), 'input-to-lif')).toMatchObject({ weight: { low: 0.25 } });

  // low above high: refused inline, the document keeps the last valid weight.
  await typeInto(page.getByTestId('weight-high'), '0.1');
  await expect(page.getByTestId('error-weight-distribution')).toHaveText('low must be ≤ high');
  expect(rule(await doc(page), 'input-to-lif')).toMatchObject({ weight: { low: 0.25, high: 1.5 } });
  await page.getByTestId('inspector').screenshot({ path: testInfo.outputPath('weight.png') });
  await page.getByTestId('weight-high').press('Escape');

  await mode.selectOption('normal');
  await typeInto(page.getByTestId('weight-std'), 'abc');
  await expect(page.getByTestId('error-weight-distribution')).toHaveText(
    'std: “abc” is not a number',
  );
  await page.getByTestId('weight-std').press('Escape');

  // Back to one value (the distribution's mean, 0.875), then as a matrix: one cell by keyboard.
  await mode.selectOption('number');
  expect(rule(await doc(page), 'input-to-lif')).toMatchObject({ weight: 0.875 });
  await page.getByTestId('to-matrix').click();
  const cell = page.getByTestId('matrix-0-0');
  await typeInto(cell, '0.75');
  expect(rule(await doc(page), 'input-to-lif')).toEqual({ type: 'matrix', weights: [[0.75]] });
  await typeInto(cell, 'x');
  await expect(page.getByTestId('error-matrix')).toHaveText('row 0, column 0: “x” is not a number');
  await cell.press('Escape');

  // A pasted matrix of the wrong shape is refused and names the shape it needs.
  await page.getByTestId('matrix-paste').fill('1,2\n3,4');
  await page.getByTestId('matrix-paste-apply').click();
  await expect(page.getByTestId('error-matrix')).toContainText('must be 1 × 1');
  expect(rule(await doc(page), 'input-to-lif')).toEqual({ type: 'matrix', weights: [[0.75]] });
  await page.getByTestId('inspector').screenshot({ path: testInfo.outputPath('matrix.png') });

  expect((await history(page)).undo.slice(-6)).toEqual([
    'Set weight',
    'Set weight',
    'Set weight',
    'Set weight',
    'Set weight matrix',
    'Set weight matrix',
  ]);
  await undo(page);
  expect(rule(await doc(page), 'input-to-lif')).toEqual({ type: 'matrix', weights: [[0.875]] });
  await undo(page);
  expect(rule(await doc(page), 'input-to-lif')).toEqual({ type: 'oneToOne', weight: 0.875 });
  expect(errors).toEqual([]);
});

test('edits per-neuron values in the table and the initial potential; undo', async ({
  page,
}, testInfo) => {
  const errors = await openLifVersusLi(page);
  // A LIF population of 3 neurons of its own.
  await page.getByTestId('palette-lif').dblclick();
  const id = (await doc(page)).nodes.at(-1)!.id;
  await node(page, id).locator('.cnode__head').click();
  await typeInto(page.getByTestId('field-size'), '3');
  await page.getByTestId('per-neuron-tauMemMs').click();
  const table = page.getByTestId('table-tauMemMs');
  await expect(table.locator('input.table-cell')).toHaveCount(4); // Set all + 3 rows

  // Type into row 1, ↓ to row 2 and type there.
  await typeInto(page.getByTestId('table-tauMemMs-row-1'), '20');
  await expect(page.getByTestId('table-tauMemMs-row-2')).toBeFocused();
  const lifParams = async () => {
    const n = nodeById(await doc(page), id);
    return n.kind === 'lif' ? n.params : null;
  };
  expect((await lifParams())?.tauMemMs).toEqual([10, 20, 10]);

  // A column pasted from a spreadsheet fills from the row it lands in; too long is refused.
  await pasteInto(page.getByTestId('table-tauMemMs-row-0'), '5\n6\n7\n8\n');
  await expect(page.getByTestId('table-tauMemMs-error')).toHaveText(
    '4 values pasted at neuron 0, but the population has 3 neurons (only 3 fit)',
  );
  expect((await lifParams())?.tauMemMs).toEqual([10, 20, 10]);
  await pasteInto(page.getByTestId('table-tauMemMs-row-1'), '30\r\n40\r\n');
  expect((await lifParams())?.tauMemMs).toEqual([10, 30, 40]);
  await page.getByTestId('inspector').screenshot({ path: testInfo.outputPath('table.png') });
  // A negative τ is refused by the schema's rule, inline.
  await typeInto(page.getByTestId('table-tauMemMs-row-0'), '-5');
  await expect(page.getByTestId('table-tauMemMs-error')).toContainText('must be > 0');
  expect((await lifParams())?.tauMemMs).toEqual([10, 30, 40]);
  await page.getByTestId('table-tauMemMs-row-0').press('Escape');
  await typeInto(page.getByTestId('table-tauMemMs-set-all'), '25');
  expect((await lifParams())?.tauMemMs).toBe(25);

  // Initial v: uniform draws; a low above high is refused.
  await page.getByTestId('initialV-mode').selectOption('uniform');
  await typeInto(page.getByTestId('initialV-low'), '5');
  await expect(page.getByTestId('error-initialV')).toContainText('low ≤ high');
  await typeInto(page.getByTestId('initialV-high'), '0.9');
  const lif = nodeById(await doc(page), id);
  expect(lif).toMatchObject({ initialV: { distribution: 'uniform', low: 0, high: 0.9 } });

  const steps = (await history(page)).undo;
  expect(steps.slice(-5)).toEqual([
    'Set τmem',
    'Set τmem',
    'Set τmem',
    'Set initial v',
    'Set initial v',
  ]);
  await undo(page);
  await undo(page);
  expect('initialV' in nodeById(await doc(page), id)).toBe(false);
  await undo(page);
  expect((await lifParams())?.tauMemMs).toEqual([10, 30, 40]);
  expect(errors).toEqual([]);
});
