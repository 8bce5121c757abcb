/**
 * Helpers for the editor's end-to-end specs: read the document through the test hook (data, not
 * pixels), and drive the canvas as a person would — HTML drag and drop from the palette, pointer
 * drags between handles, keys.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { CircuitDocument, CircuitNode } from '../engine/schema';
import type { EditorTestHook } from '../renderer/state/testHook';
import { openLifVersusLi } from './openExample';

/** The LIF-versus-LI example, opened from the start screen; the page errors from then on. */
export const openEditor = (page: Page): Promise<string[]> => openLifVersusLi(page);

export async function doc(page: Page): Promise<CircuitDocument> {
  const value = await page.evaluate(() => window.__spikeboard?.editor?.document() ?? null);
  if (value === null) throw new Error('the page exposes no editor document');
  return value;
}

export async function history(page: Page): Promise<ReturnType<EditorTestHook['history']>> {
  return page.evaluate(() => window.__spikeboard!.editor!.history());
}

export async function selection(page: Page) {
  return page.evaluate(() => window.__spikeboard!.editor!.selection());
}

export function nodeById(d: CircuitDocument, id: string): CircuitNode {
  const node = d.nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
}

export function node(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** An empty canvas through the toolbar's Clear the canvas button. */
export async function clearCanvas(page: Page): Promise<void> {
  await page.getByTestId('tool-clear').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/** Two clicks on the canvas's Zoom out button: room for a whole circuit on a small screen. */
export async function zoomOutForRoom(page: Page): Promise<void> {
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  await zoomOut.click();
  await zoomOut.click();
  await expect
    .poll(() =>
      page
        .locator('.react-flow__viewport')
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a),
    )
    .toBeLessThan(0.75);
}

/** HTML drag and drop of a palette item onto the canvas, at a point of the canvas pane. */
export async function dragFromPalette(
  page: Page,
  entryId: string,
  at: { x: number; y: number },
): Promise<string> {
  const before = (await doc(page)).nodes.map((n) => n.id);
  await page.getByTestId(`palette-${entryId}`).dragTo(page.locator('.react-flow__pane'), {
    targetPosition: at,
  });
  const after = await doc(page);
  const added = after.nodes.filter((n) => !before.includes(n.id));
  expect(added, `one node added by dropping ${entryId}`).toHaveLength(1);
  return added[0]!.id;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function handle(page: Page, nodeId: string, side: 'in' | 'out'): Locator {
  return node(page, nodeId).locator(`.react-flow__handle[data-handleid="${side}"]`);
}

/** Presses on `from`'s output handle, moves to `to`, and (unless `hold`) releases. */
export async function dragConnection(
  page: Page,
  from: string,
  to: Locator,
  options: { hold?: boolean } = {},
): Promise<void> {
  const start = await centre(handle(page, from, 'out'));
  const end = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  if (!options.hold) await page.mouse.up();
}

export async function connectByMouse(page: Page, from: string, to: string): Promise<void> {
  const before = (await doc(page)).edges.length;
  await dragConnection(page, from, handle(page, to, 'in'));
  await expect.poll(async () => (await doc(page)).edges.length).toBe(before + 1);
}

/** Drags a node by its header to a new place (a pointer drag, as a person would). */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const start = await centre(node(page, id).locator('.cnode__head'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 4 });
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 4 });
  await page.mouse.up();
}

/** A node-kind-and-parameters signature, blind to ids, labels and positions. */
function signature(n: CircuitNode): string {
  const rest: Record<string, unknown> = { ...n };
  for (const key of ['id', 'label', 'position']) delete rest[key];
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/**
 * What "the same circuit" means for the Done-when check: the simulation settings, the multiset of
 * nodes by kind and parameters, and the wiring between those nodes with each edge's rule, delay
 * and seed — ids, labels and positions aside.
 */
export function canonical(d: CircuitDocument) {
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const sig = (id: string) => signature(byId.get(id)!);
  return {
    simulation: d.simulation,
    nodes: d.nodes.map(signature).sort(),
    edges: d.edges
      .map((e) => {
        const extra = e.kind === 'projection' ? JSON.stringify([e.rule, e.delaySteps, e.seed]) : '';
        return `${e.kind} ${sig(e.source)} → ${sig(e.target)} ${extra}`;
      })
      .sort(),
  };
}
