/**
 * The circuit editor, driven as a person would: drag from the palette, connect two nodes (valid
 * targets light up, refusals say why), edit a parameter with the keyboard, see an invalid value
 * rejected, undo and redo, copy and paste a connected pair. The document is read through the
 * test hook, never from pixels.
 */
import { expect, test } from '@playwright/test';
import {
  connectByMouse,
  doc,
  dragConnection,
  dragFromPalette,
  handle,
  history,
  clearCanvas,
  node,
  nodeById,
  openEditor,
  selection,
  zoomOutForRoom,
} from './editorHelpers';

test('drags nodes from the palette onto the canvas, where they are dropped', async ({ page }) => {
  const errors = await openEditor(page);
  await clearCanvas(page);
  const lif = await dragFromPalette(page, 'lif', { x: 300, y: 120 });
  const gen = await dragFromPalette(page, 'spikeTimes', { x: 100, y: 220 });
  const d = await doc(page);
  expect(nodeById(d, lif).kind).toBe('lif');
  expect(nodeById(d, gen).kind).toBe('spikeTimes');
  // Dropped where the pointer was: the generator left of and below the LIF population.
  expect(nodeById(d, gen).position.x).toBeLessThan(nodeById(d, lif).position.x);
  expect(nodeById(d, gen).position.y).toBeGreaterThan(nodeById(d, lif).position.y);
  await expect(node(page, lif)).toContainText('LIF population');
  await expect(node(page, lif)).toContainText('τmem 10 ms');
  // Double-click adds one at the centre of the view.
  await page.getByTestId('palette-probe-v').dblclick();
  expect((await doc(page)).nodes.map((n) => n.kind)).toEqual(['lif', 'spikeTimes', 'probe']);
  expect(errors).toEqual([]);
});

test('connects two nodes; valid targets light up and a refusal says why', async ({ page }) => {
  await openEditor(page);
  await clearCanvas(page);
  const gen = await dragFromPalette(page, 'spikeTimes', { x: 90, y: 150 });
  const lif = await dragFromPalette(page, 'lif', { x: 330, y: 70 });
  const li = await dragFromPalette(page, 'li', { x: 300, y: 250 });

  // While dragging from the generator, both populations light up; the generator itself does not.
  await dragConnection(page, gen, handle(page, lif, 'in'), { hold: true });
  await expect(node(page, lif).locator('.cnode')).toHaveAttribute('data-connect', 'valid');
  await expect(node(page, li).locator('.cnode')).toHaveAttribute('data-connect', 'valid');
  await expect(node(page, gen).locator('.cnode')).toHaveAttribute('data-connect', 'invalid');
  await page.mouse.up();
  await expect
    .poll(async () => (await doc(page)).edges)
    .toEqual([
      {
        kind: 'projection',
        id: `${gen}-to-${lif}`,
        source: gen,
        target: lif,
        rule: { type: 'oneToOne', weight: 1 },
        delaySteps: 0,
        seed: 0,
      },
    ]);
  await expect(page.getByTestId(`edge-label-${gen}-to-${lif}`)).toHaveText('w 1');

  // LI has no spikes: dropping its output on the LIF population is refused, with the reason.
  await dragConnection(page, li, handle(page, lif, 'in'), { hold: true });
  await expect(node(page, lif).locator('.cnode')).toHaveAttribute('data-connect', 'invalid');
  await page.mouse.up();
  await expect(page.getByTestId('canvas-notice')).toContainText('has no spikes to send');
  // A duplicate is refused too, even when dropped on the node's body.
  await dragConnection(page, gen, node(page, lif).locator('.cnode__label'));
  await expect(page.getByTestId('canvas-notice')).toContainText('already connects');
  expect((await doc(page)).edges).toHaveLength(1);
});

test('marks the connection that closes a loop', async ({ page }) => {
  await openEditor(page);
  await clearCanvas(page);
  await zoomOutForRoom(page);
  const gen = await dragFromPalette(page, 'spikeTimes', { x: 70, y: 120 });
  const a = await dragFromPalette(page, 'lif', { x: 270, y: 50 });
  const b = await dragFromPalette(page, 'lif', { x: 270, y: 190 });
  await connectByMouse(page, gen, a);
  await connectByMouse(page, a, b);
  await connectByMouse(page, b, a);
  await expect(page.getByTestId(`edge-label-${b}-to-${a}`)).toContainText('↻ loop +1');
  await expect(page.getByTestId(`edge-label-${a}-to-${b}`)).not.toContainText('loop');
  await page.getByTestId(`edge-label-${b}-to-${a}`).click();
  await expect(page.getByTestId('loop-note')).toContainText('delivers one step later');
});

test('edits a parameter with the keyboard, shows the Norse equivalent', async ({ page }) => {
  await openEditor(page);
  // Select the LIF population from the keyboard: ] walks through the nodes in document order.
  await page.locator('body').press(']');
  await page.keyboard.press(']');
  expect((await selection(page)).nodeIds).toEqual(['lif']);
  const tau = page.getByTestId('field-tauMemMs');
  await page.keyboard.press('i'); // to the inspector
  while (!(await tau.evaluate((el) => el === document.activeElement)))
    await page.keyboard.press('Tab');
  await expect(page.locator('[data-field="tauMemMs"] .field__norse')).toHaveText(
    ' · Norse tau_mem_inv = 25 1/s',
  );
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  const params = async () =>
    (nodeById(await doc(page), 'lif') as unknown as { params: Record<string, number> }).params;
  expect((await params()).tauMemMs).toBe(10);
  await expect(page.locator('[data-field="tauMemMs"] .field__norse')).toHaveText(
    ' · Norse tau_mem_inv = 100 1/s',
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  expect((await params()).tauMemMs).toBe(21);
  await expect(node(page, 'lif')).toContainText('τmem 21 ms');
});

test('rejects invalid values inline and never applies them', async ({ page }) => {
  await openEditor(page);
  await node(page, 'lif').locator('.cnode__head').click();
  const before = await doc(page);
  const cases: [string, string, string][] = [
    ['tauMemMs', '-5', 'τmem must be > 0 ms, got -5'],
    ['tauMemMs', '', 'Enter a number in ms'],
    ['tauSynMs', 'abc', '“abc” is not a number'],
    ['vTh', 'NaN', '“NaN” is not a number'],
    ['size', '0', 'N must be at least 1 neuron, got 0'],
    ['size', '2', 'One-to-one needs equal sizes'],
  ];
  for (const [key, text, message] of cases) {
    const field = page.getByTestId(`field-${key}`);
    await field.fill(text);
    await field.press('Enter');
    await expect(page.getByTestId(`error-${key}`)).toContainText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await doc(page)).toEqual(before);
    await field.press('Escape'); // back to the document's value
    await expect(page.getByTestId(`error-${key}`)).toHaveCount(0);
  }
  expect((await history(page)).undo).toEqual([]);
});

test('undoes and redoes every change; a slider scrub is one step', async ({ page }) => {
  await openEditor(page);
  const original = await doc(page);
  await node(page, 'lif').locator('.cnode__head').click();
  const slider = page.getByTestId('slider-tauMemMs');
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  for (const f of [0.4, 0.5, 0.6, 0.7]) {
    await page.mouse.move(box.x + box.width * f, box.y + box.height / 2, { steps: 3 });
  }
  await page.mouse.up();
  const scrubbed = await doc(page);
  expect(
    (nodeById(scrubbed, 'lif') as { params: { tauMemMs: number } }).params.tauMemMs,
  ).toBeGreaterThan(100);
  expect((await history(page)).undo).toEqual(['Set τmem']);

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Delete'); // nothing selected: nothing happens
  await node(page, 'li').locator('.cnode__head').click();
  await page.keyboard.press('Delete');
  expect((await doc(page)).nodes.map((n) => n.id)).not.toContain('li');
  expect((await history(page)).undo).toEqual(['Set τmem', 'Delete']);

  await page.keyboard.press('Control+Z');
  expect(await doc(page)).toEqual(scrubbed);
  await page.keyboard.press('Control+Z');
  expect(await doc(page)).toEqual(original);
  await page.keyboard.press('Control+Shift+Z');
  expect(await doc(page)).toEqual(scrubbed);
  await page.getByTestId('tool-redo').click();
  expect((await doc(page)).nodes.map((n) => n.id)).not.toContain('li');
  await page.getByTestId('tool-undo').click();
  expect(await doc(page)).toEqual(scrubbed);
});

test('copies and pastes a connected pair, also into a second window', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  await node(page, 'input').locator('.cnode__head').click();
  await node(page, 'lif')
    .locator('.cnode__head')
    .click({ modifiers: ['Control'] });
  expect([...(await selection(page)).nodeIds].sort()).toEqual(['input', 'lif']);
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  const pasted = await doc(page);
  expect(pasted.nodes.map((n) => n.id)).toEqual([
    'input',
    'lif',
    'li',
    'probe-v-lif',
    'probe-spikes-lif',
    'probe-v-li',
    'input-2',
    'lif-2',
  ]);
  expect(pasted.edges.at(-1)).toMatchObject({
    kind: 'projection',
    source: 'input-2',
    target: 'lif-2',
  });
  expect((await selection(page)).nodeIds).toEqual(['input-2', 'lif-2']);
  expect((await history(page)).undo).toEqual(['Paste']);

  // The clipboard holds circuit JSON: a second window pastes the same pair.
  const second = await context.newPage();
  await openEditor(second);
  await clearCanvas(second);
  await second.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await second.keyboard.press('Control+V');
  const other = await doc(second);
  expect(other.nodes.map((n) => [n.kind, n.label])).toEqual([
    ['spikeTimes', 'Input spikes'],
    ['lif', 'LIF'],
  ]);
  expect(other.edges).toHaveLength(1);
  const clip = await second.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(clip)).toMatchObject({
    formatVersion: expect.any(Number),
    nodes: expect.any(Array),
  });
});
