/**
 * The rest of the editor's toolbox: multi-selection editing, box select, select all, delete,
 * duplicate, cut, align, auto-layout, snapping and keyboard moves, zoom and fit, the minimap, the
 * keyboard help, the connect dialog's refusals, and the light/dark themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { doc, dragNode, history, node, nodeById, openEditor, selection } from './editorHelpers';

type Params = { params: Record<string, number> };
const params = async (page: Page, id: string) =>
  (nodeById(await doc(page), id) as unknown as Params).params;
const position = async (page: Page, id: string) => nodeById(await doc(page), id).position;

test('edits a shared parameter on all selected nodes in one step', async ({ page }) => {
  await openEditor(page);
  await node(page, 'lif').locator('.cnode__head').click();
  await node(page, 'li')
    .locator('.cnode__head')
    .click({ modifiers: ['Shift'] });
  const inspector = page.getByTestId('inspector-multi');
  await expect(inspector).toContainText('2 nodes selected');
  await expect(inspector).toContainText('1 × LIF population, 1 × LI population');
  // vTh is LIF-only, so only the shared parameters are offered.
  await expect(page.getByTestId('field-vTh')).toHaveCount(0);
  await expect(page.getByTestId('field-tauMemMs')).toHaveValue('40');
  await page.getByTestId('field-tauSynMs').fill('30');
  await page.getByTestId('field-tauSynMs').press('Enter');
  expect((await params(page, 'lif')).tauSynMs).toBe(30);
  expect((await params(page, 'li')).tauSynMs).toBe(30);
  expect((await history(page)).undo).toEqual(['Set τsyn']);
  // Values that disagree show as "mixed"; typing one sets it on all.
  await node(page, 'input').locator('.cnode__head').click();
  await node(page, 'lif').locator('.cnode__head').click();
  await page.getByTestId('field-tauMemMs').fill('20');
  await page.getByTestId('field-tauMemMs').press('Enter');
  await node(page, 'li')
    .locator('.cnode__head')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('field-tauMemMs')).toHaveValue('');
  await expect(page.getByTestId('field-tauMemMs')).toHaveAttribute('placeholder', 'mixed values');
  await page.getByTestId('field-tauMemMs').fill('15');
  await page.getByTestId('field-tauMemMs').press('Enter');
  expect([(await params(page, 'lif')).tauMemMs, (await params(page, 'li')).tauMemMs]).toEqual([
    15, 15,
  ]);
});

test('box-selects, selects all, deletes with Delete and Backspace', async ({ page }) => {
  await openEditor(page);
  const pane = page.locator('.react-flow__pane');
  const lif = (await node(page, 'lif').boundingBox())!;
  const li = (await node(page, 'li').boundingBox())!;
  await page.mouse.move(lif.x - 20, lif.y - 15);
  await page.mouse.down();
  await page.mouse.move(li.x + 40, li.y + 30, { steps: 8 });
  await page.mouse.up();
  expect([...(await selection(page)).nodeIds].sort()).toEqual(['li', 'lif']);
  await page.keyboard.press('Backspace');
  expect((await doc(page)).nodes.map((n) => n.id)).toEqual([
    'input',
    'probe-v-lif',
    'probe-spikes-lif',
    'probe-v-li',
  ]);
  expect((await doc(page)).edges).toEqual([]);
  await page.keyboard.press('Control+Z');
  expect((await doc(page)).edges).toHaveLength(5);
  await pane.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+A');
  expect((await selection(page)).nodeIds).toHaveLength(6);
  await page.keyboard.press('Delete');
  expect((await doc(page)).nodes).toEqual([]);
  expect((await history(page)).undo).toEqual(['Delete 11 items']); // the undone step was dropped
});

test('duplicates, cuts and pastes back', async ({ page }) => {
  await openEditor(page);
  await node(page, 'lif').locator('.cnode__head').click();
  await page.keyboard.press('Control+D');
  const copy = nodeById(await doc(page), 'lif-2');
  expect(copy.position).toEqual({ x: 400, y: 160 });
  expect(copy.label).toBe('LIF 2');
  expect((await selection(page)).nodeIds).toEqual(['lif-2']);
  await page.keyboard.press('Control+X');
  expect((await doc(page)).nodes.map((n) => n.id)).not.toContain('lif-2');
  await page.keyboard.press('Control+V');
  expect(nodeById(await doc(page), 'lif-2').position).toEqual({ x: 400, y: 160 });
});

test('a dragged card and its edges get layers of their own until the drop', async ({ page }) => {
  await openEditor(page);
  const attached = (await doc(page)).edges
    .filter((e) => e.source === 'li' || e.target === 'li')
    .map((e) => e.id);
  expect(attached.length).toBeGreaterThan(0);
  const layers = () =>
    page.evaluate((ids) => {
      const willChange = (el: Element | null | undefined) =>
        el ? getComputedStyle(el).willChange : 'missing';
      return {
        card: willChange(document.querySelector('.react-flow__node[data-id="li"]')),
        attached: ids.map((id) =>
          willChange(document.querySelector(`.react-flow__edge[data-id="${id}"]`)?.parentElement),
        ),
        promotedEdges: [...document.querySelectorAll('.react-flow__edges > svg')].filter(
          (svg) => getComputedStyle(svg).willChange === 'transform',
        ).length,
      };
    }, attached);
  const head = (await node(page, 'li').locator('.cnode__head').boundingBox())!;
  await page.mouse.move(head.x + head.width / 2, head.y + head.height / 2);
  await page.mouse.down();
  await page.mouse.move(head.x + head.width / 2 + 40, head.y + head.height / 2 + 10, { steps: 4 });
  expect(await layers()).toEqual({
    card: 'transform',
    attached: attached.map(() => 'transform'),
    promotedEdges: attached.length,
  });
  await page.mouse.up();
  await expect.poll(layers).toEqual({
    card: 'auto',
    attached: attached.map(() => 'auto'),
    promotedEdges: 0,
  });
  expect((await history(page)).undo).toEqual(['Move node']);
});

test('aligns, moves with the keyboard, snaps, and auto-lays out a messy circuit', async ({
  page,
}) => {
  await openEditor(page);
  await dragNode(page, 'li', 70, 10);
  await dragNode(page, 'probe-v-lif', -300, 40);
  expect((await history(page)).undo).toEqual(['Move node', 'Move node']);
  await node(page, 'lif').locator('.cnode__head').click();
  await node(page, 'li')
    .locator('.cnode__head')
    .click({ modifiers: ['Shift'] });
  await page.keyboard.press('Alt+Shift+A');
  expect((await position(page, 'li')).x).toBe((await position(page, 'lif')).x);
  await page.getByTestId('tool-align').selectOption('alignRight');
  expect((await history(page)).undo.at(-1)).toBe('Align right edges');

  // Arrow keys move the selection by one grid step (snap is on), Shift by four.
  const before = await position(page, 'lif');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  expect(await position(page, 'lif')).toEqual({ x: before.x + 80, y: before.y + 20 });
  await expect(page.getByTestId('tool-snapToggle')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('g');
  await expect(page.getByTestId('tool-snapToggle')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('ArrowDown');
  expect((await position(page, 'lif')).y).toBe(before.y + 25);

  await page.keyboard.press('l');
  const laid = await doc(page);
  const x = (id: string) => nodeById(laid, id).position.x;
  expect(x('input')).toBeLessThan(x('lif'));
  expect(x('lif')).toBe(x('li'));
  expect(x('li')).toBeLessThan(x('probe-v-lif'));
  expect((await history(page)).undo.at(-1)).toBe('Auto-layout');
  for (const n of laid.nodes) expect([n.position.x % 20, n.position.y % 20]).toEqual([0, 0]);
});

test('zooms, fits, and shows the minimap', async ({ page }) => {
  await openEditor(page);
  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  await expect(page.locator('.react-flow__minimap-node')).toHaveCount(6);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const start = await zoom();
  await page.keyboard.press('+');
  await expect.poll(zoom).toBeGreaterThan(start);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(zoom).toBeLessThan(start);
  await page.keyboard.press('0');
  await expect.poll(zoom).toBe(1);
  await page.keyboard.press('f');
  await expect.poll(zoom).not.toBe(1);
  await page.getByRole('button', { name: 'Zoom in' }).click();
});

test('lists every shortcut in the help overlay; focus is visible', async ({ page }) => {
  await openEditor(page);
  await page.locator('body').press('?');
  const help = page.getByTestId('help-overlay');
  await expect(help).toBeVisible();
  for (const text of [
    'Undo',
    'Ctrl+Z',
    'Connect… (pick source and target)',
    'Auto-layout',
    'Alt+Shift+A',
  ]) {
    await expect(help).toContainText(text);
  }
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('a');
  const focused = page.getByTestId('palette-spikeTimes');
  await expect(focused).toBeFocused();
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('3px');
});

test('the connect dialog refuses with the reason', async ({ page }) => {
  await openEditor(page);
  await page.locator('body').press('c');
  await page.getByTestId('connect-source').selectOption('li');
  await page.getByTestId('connect-target').selectOption('lif');
  await expect(page.getByTestId('connect-verdict')).toContainText('has no spikes to send');
  await expect(page.getByTestId('connect-submit')).toBeDisabled();
  await page.getByTestId('connect-target').selectOption('probe-v-lif');
  await expect(page.getByTestId('connect-verdict')).toContainText('already records LIF');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('connect-dialog')).toHaveCount(0);
});

test('follows the OS theme and switches light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEditor(page);
  const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
  expect(await theme()).toBe('dark');
  await expect(page.locator('.react-flow')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(theme).toBe('light');
  await page.getByTestId('tool-theme').click(); // system → light
  await page.getByTestId('tool-theme').click(); // light → dark
  expect(await theme()).toBe('dark');
  await page.reload();
  await expect.poll(theme).toBe('dark'); // remembered
  await page.locator('body').press('t'); // dark → system (light here)
  expect(await theme()).toBe('light');
});
