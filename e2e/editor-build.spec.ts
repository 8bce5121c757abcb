/**
 * The "Done when": a newcomer builds the seed notebook's LIF-versus-LI circuit from an
 * empty canvas with the mouse alone, and again with the keyboard alone, and the document is the
 * circuit of assets/examples/lif-versus-li.spikeboard — same kinds, parameters and wiring (and,
 * here, the same labels and simulation settings); only ids and positions may differ.
 *
 * "Mouse alone": every action by pointer — dragging from the palette, dragging connections,
 * clicking nodes and fields, choosing from lists, dragging a slider; numbers are typed into the
 * field the pointer clicked, and a click elsewhere applies them. "Keyboard alone": no pointer
 * event at all, from the first key to the last.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { CircuitDocument } from '../engine/schema';
import {
  canonical,
  connectByMouse,
  doc,
  dragFromPalette,
  clearCanvas,
  node,
  nodeById,
  openEditor,
  selection,
  zoomOutForRoom,
} from './editorHelpers';

const example = JSON.parse(
  readFileSync(new URL('../assets/examples/lif-versus-li.spikeboard', import.meta.url), 'utf8'),
) as CircuitDocument;

function labels(d: CircuitDocument): string[] {
  return d.nodes.map((n) => n.label).sort();
}

async function expectSameCircuit(page: Page): Promise<void> {
  const built = await doc(page);
  expect(canonical(built)).toEqual(canonical(example));
  expect(labels(built)).toEqual(labels(example));
}

/** Types into a field the pointer clicked, then clicks the inspector's heading to apply. */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.click();
  await field.fill(text);
  await page.locator('.inspector__title').click();
  await expect(page.locator('.field__error')).toHaveCount(0);
}

/** Drags a slider's thumb, a pixel at a time, until it shows `value` (a scrub: one undo step). */
async function slideTo(page: Page, key: string, value: number): Promise<void> {
  const slider = page.getByTestId(`slider-${key}`);
  await slider.scrollIntoViewIfNeeded(); // as a person scrolls the inspector
  const box = (await slider.boundingBox())!;
  const [min, max] = await slider.evaluate((el: HTMLInputElement) => [
    Number(el.min),
    Number(el.max),
  ]);
  const thumbHalfPx = 8;
  const xOf = (v: number) =>
    box.x + thumbHalfPx + ((v - min) / (max - min)) * (box.width - 2 * thumbHalfPx);
  const y = box.y + box.height / 2;
  let x = xOf(Number(await slider.inputValue()));
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 0; k < 400; k++) {
    const shown = Number(await slider.inputValue());
    if (Math.abs(shown - value) < 1e-9) break;
    x += shown < value ? 1 : -1;
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
  expect(Number(await slider.inputValue())).toBe(value);
}

test('builds the LIF-versus-LI circuit with the mouse alone', async ({ page }) => {
  const errors = await openEditor(page);
  await clearCanvas(page);
  await page.getByTestId('field-inputOrder').selectOption('norse-0.0.7');

  await zoomOutForRoom(page);
  const input = await dragFromPalette(page, 'spikeTimes', { x: 80, y: 130 });
  const lif = await dragFromPalette(page, 'lif', { x: 250, y: 55 });
  const li = await dragFromPalette(page, 'li', { x: 250, y: 195 });
  const probeV = await dragFromPalette(page, 'probe-v', { x: 420, y: 35 });
  const probeSpikes = await dragFromPalette(page, 'probe-spikes', { x: 420, y: 110 });
  const probeLi = await dragFromPalette(page, 'probe-v', { x: 420, y: 185 });

  await connectByMouse(page, input, lif);
  await connectByMouse(page, input, li);
  await connectByMouse(page, lif, probeV);
  await connectByMouse(page, lif, probeSpikes);
  await connectByMouse(page, li, probeLi);

  // Rename the generator in place: double-click its label, type, click away.
  await node(page, input).locator('.cnode__label').dblclick();
  await node(page, input).locator('.cnode__label-input').fill('Input spikes');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 15 } });
  await node(page, input).locator('.cnode__head').click();
  await typeInto(page, 'field-spikeTimesMs', '20, 85, 150');

  await node(page, lif).locator('.cnode__head').click();
  await typeInto(page, 'field-tauMemMs', '40');
  await typeInto(page, 'field-tauSynMs', '60');
  await slideTo(page, 'vTh', 0.8);

  await node(page, li).locator('.cnode__head').click();
  await typeInto(page, 'field-tauMemMs', '40');
  await typeInto(page, 'field-tauSynMs', '60');

  expect(nodeById(await doc(page), probeV).label).toBe('v · LIF');
  await expectSameCircuit(page);
  expect(errors).toEqual([]);
});

/** Presses a key until the focused element is `testId` (Tab through the inspector). */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let k = 0; k < 40; k++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** Arrow keys on a focused list until it holds `value`. */
async function chooseWithArrows(page: Page, testId: string, value: string): Promise<void> {
  const select = page.getByTestId(testId);
  const indexOf = (v: string) =>
    select.evaluate(
      (el: HTMLSelectElement, o) => [...el.options].findIndex((x) => x.value === o),
      v,
    );
  const wanted = await indexOf(value);
  for (let k = 0; k < 30; k++) {
    const current = await indexOf(await select.inputValue());
    if (current === wanted) break;
    await page.keyboard.press(current < wanted ? 'ArrowDown' : 'ArrowUp');
  }
  expect(await select.inputValue()).toBe(value);
}

/** ] until `id` is the selected node. */
async function selectNode(page: Page, id: string): Promise<void> {
  for (let k = 0; k < 20; k++) {
    if ((await selection(page)).nodeIds.join() === id) return;
    await page.keyboard.press(']');
  }
  throw new Error(`] never selected ${id}`);
}

async function setField(page: Page, testId: string, text: string, apply = 'Enter'): Promise<void> {
  await tabTo(page, testId);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press(apply);
}

async function connectByKeyboard(page: Page, source: string, target: string): Promise<void> {
  await page.keyboard.press('c');
  await expect(page.getByTestId('connect-dialog')).toBeVisible();
  await chooseWithArrows(page, 'connect-source', source);
  await page.keyboard.press('Tab');
  await chooseWithArrows(page, 'connect-target', target);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('connect-dialog')).toHaveCount(0);
}

test('builds the LIF-versus-LI circuit with the keyboard alone', async ({ page }) => {
  const errors = await openEditor(page);
  await page.locator('body').press('Control+A');
  await page.keyboard.press('Delete');
  expect((await doc(page)).nodes).toEqual([]);

  await page.keyboard.press('i');
  await tabTo(page, 'field-inputOrder');
  await chooseWithArrows(page, 'field-inputOrder', 'norse-0.0.7');
  await page.keyboard.press('Escape');

  // The palette: A goes there, arrows move, Enter adds at the centre (and selects the new node).
  await page.keyboard.press('a');
  await page.keyboard.press('Enter'); // Spike times
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // LI population
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // LIF population
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // Probe v
  await page.keyboard.press('Enter'); // Probe v, again
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter'); // Probe spikes
  const ids = (await doc(page)).nodes.map((n) => n.id);
  expect(ids).toEqual(['spikes', 'li', 'lif', 'probe-v', 'probe-v-2', 'probe-spikes']);

  await selectNode(page, 'spikes');
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Input spikes');
  await page.keyboard.press('Enter');
  await page.keyboard.press('i');
  await setField(page, 'field-spikeTimesMs', '20, 85, 150', 'Control+Enter');
  await page.keyboard.press('Escape');

  await selectNode(page, 'lif');
  await page.keyboard.press('i');
  await setField(page, 'field-tauMemMs', '40');
  await setField(page, 'field-tauSynMs', '60');
  await setField(page, 'field-vTh', '0.8');
  await page.keyboard.press('Escape');

  await selectNode(page, 'li');
  await page.keyboard.press('i');
  await setField(page, 'field-tauMemMs', '40');
  await setField(page, 'field-tauSynMs', '60');
  await page.keyboard.press('Escape');

  await connectByKeyboard(page, 'spikes', 'lif');
  await connectByKeyboard(page, 'spikes', 'li');
  await connectByKeyboard(page, 'lif', 'probe-v');
  await connectByKeyboard(page, 'lif', 'probe-spikes');
  await connectByKeyboard(page, 'li', 'probe-v-2');

  await expectSameCircuit(page);
  expect(errors).toEqual([]);
});
