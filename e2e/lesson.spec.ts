/**
 * Lesson mode, as a student meets it: open a lesson file, read its text and maths, press Check and
 * see it fail with what was measured, move the weight slider until the check passes (and fails
 * again past it), meet the teacher's locks, and Reset lesson back to the start.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { CircuitDocument } from '../engine/schema';
import { dragConnection, handle, history, node } from './editorHelpers';
import { documentOf, openApp, withoutFileSystemAccess } from './filesHelpers';
import { shownDocument } from './simulationHelpers';

const LESSON = path.join(
  import.meta.dirname,
  '..',
  'assets',
  'examples',
  'lessons',
  'first-spike.spikeboard',
);
const SHOTS = process.env.SPIKEBOARD_LESSON_SHOTS;

test.use({ viewport: { width: 1440, height: 900 } });

function weightOf(document: CircuitDocument): number {
  const edge = document.edges.find((e) => e.id === 'input-to-lif');
  if (edge?.kind !== 'projection' || edge.rule.type !== 'oneToOne') throw new Error('no weight');
  return edge.rule.weight as number;
}

async function openLesson(page: Page): Promise<string[]> {
  await withoutFileSystemAccess(page);
  const consoleErrors: string[] = [];
  // A refused font or style (the CSP) shows only on the console.
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 200));
  });
  const errors = await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('file-open').click();
  await (await chooser).setFiles(LESSON);
  await expect(page.getByTestId('lesson-title')).toHaveText('The first spike');
  await expect(page.getByTestId('lesson-text').locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(consoleErrors).toEqual([]);
  return errors;
}

/** Presses Check and waits for its answer; returns the check's status. */
async function check(page: Page, id: string): Promise<string | null> {
  await page.getByTestId(`lesson-check-button-${id}`).click();
  const item = page.getByTestId(`lesson-check-${id}`);
  await expect(item).not.toHaveAttribute('data-status', /none|running/);
  await expect(item).toHaveAttribute('data-stale', 'false');
  return item.getAttribute('data-status');
}

test('a student reads the lesson, fails a check, and slides the weight until it passes', async ({
  page,
}) => {
  test.setTimeout(180_000); // about forty slider steps, each re-simulated, and nine checks
  const errors = await openLesson(page);

  // Text and maths.
  const text = page.getByTestId('lesson-text');
  await expect(text).toContainText('leaky integrate-and-fire');
  expect(await text.locator('.katex').count()).toBeGreaterThanOrEqual(5);
  await expect(text.locator('.katex-display')).toHaveCount(1);
  await expect(text.locator('.katex-display annotation')).toContainText('\\tau_{syn}');
  await expect(page.getByTestId('lesson-current-step')).toContainText('exactly once');

  // Check: it fails and says what it measured.
  expect(await check(page, 'fires-once')).toBe('fail');
  await expect(page.getByTestId('lesson-result-fires-once')).toContainText(
    'LIF fired 0 times; want exactly 1',
  );

  // Move the slider (keyboard, five steps of 0.01 at a time) until the check passes.
  const slider = page.getByTestId('lesson-slider-weight');
  const statuses: [number, string | null][] = [];
  for (let i = 0; i < 12; i++) {
    await slider.focus();
    for (let k = 0; k < 5; k++) await slider.press('ArrowRight');
    const weight = weightOf(await documentOf(page));
    const status = await check(page, 'fires-once');
    statuses.push([weight, status]);
    if (status === 'pass') break;
  }
  expect(statuses.at(-1)).toEqual([0.9, 'pass']);
  expect(statuses.slice(0, -1).every(([, s]) => s === 'fail')).toBe(true);
  await expect(page.getByTestId('lesson-number-weight')).toHaveValue('0.9');
  await expect(page.getByTestId('lesson-result-fires-once')).toContainText('LIF fired 1 time');
  // The scopes show the slider's value: instant mode re-simulated every change.
  await expect.poll(async () => weightOf(await shownDocument(page))).toBe(0.9);

  // Step 2: 0.90 is the smallest weight that fires; 0.91 fires earlier and fails.
  await page.getByTestId('lesson-next-step').click();
  expect(await check(page, 'smallest-fires')).toBe('pass');
  await expect(page.getByTestId('lesson-result-smallest-fires')).toContainText(
    'LIF first fired at 173 ms',
  );
  if (SHOTS !== undefined) {
    await page
      .getByTestId('lesson-panel')
      .screenshot({ path: path.join(SHOTS, 'lesson-pass.png') });
  }
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page.getByTestId('lesson-check-smallest-fires')).toHaveAttribute(
    'data-stale',
    'true',
  );
  await expect(page.getByTestId('lesson-check-smallest-fires')).toContainText(
    'The circuit has changed since this result: press Check again.',
  );
  expect(await check(page, 'smallest-fires')).toBe('fail');
  await expect(page.getByTestId('lesson-result-smallest-fires')).toContainText(
    'LIF first fired at 170 ms; want at least 172 ms',
  );

  // A mouse drag on the slider is one undo step.
  const before = (await history(page)).undo.length;
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 6 });
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  expect((await history(page)).undo.length).toBe(before + 1);
  expect(weightOf(await documentOf(page))).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test("the teacher's locks hold and say why; hidden controls are gone", async ({ page }) => {
  const errors = await openLesson(page);
  await expect(page.getByTestId('sim-backend')).toHaveCount(0);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await expect(page.getByTestId('palette-locked')).toContainText('cannot be added or deleted');
  await expect(page.getByTestId('palette-lif')).toBeDisabled();

  // A locked node: the inspector is read-only and says why; Delete is refused with the reason.
  await node(page, 'input').click();
  await expect(page.getByTestId('inspector-locked')).toHaveText(
    '“Input spikes” is locked by the lesson.',
  );
  await expect(page.getByTestId('field-label')).toBeDisabled();
  await page.locator('body').press('Delete');
  await expect(page.getByTestId('canvas-notice')).toContainText(
    '“Input spikes” is locked by the lesson: it cannot be deleted.',
  );
  expect((await documentOf(page)).nodes.map((n) => n.id)).toContain('input');
  await expect(node(page, 'input')).toHaveClass(/lesson-locked-node/);

  // Connecting is refused with the reason (the structure is locked).
  await dragConnection(page, 'lif', handle(page, 'lif', 'in'));
  await expect(page.getByTestId('canvas-notice')).toContainText(
    'The lesson locks the circuit: no connection can be added.',
  );

  // A locked field on an editable node: shown with its value, a padlock and the reason.
  await node(page, 'lif').click();
  const vTh = page.locator('[data-field="vTh"][data-locked="true"]');
  await expect(vTh).toContainText('0.8');
  await expect(vTh).toContainText('vTh is locked by the lesson.');
  await expect(page.getByTestId('field-tauMemMs')).toBeEnabled();

  // A lesson may hide every optional part of the window.
  const everything = await documentOf(page);
  everything.lesson!.hidden = ['palette', 'inspector', 'simulationBar', 'backendPicker', 'minimap'];
  expect(await page.evaluate((d) => window.__spikeboard!.editor!.open(d), everything)).toEqual([]);
  await expect(page.getByTestId('inspector')).toHaveCount(0);
  await expect(page.locator('.palette')).toHaveCount(0);
  await expect(page.getByTestId('simulation-bar')).toHaveCount(0);
  await expect(page.getByTestId('lesson-panel')).toBeVisible();
  await expect(page.getByTestId('canvas')).toBeVisible();
  expect(errors).toEqual([]);
});

test('Reset lesson asks first, then restores the lesson as it was opened', async ({ page }) => {
  // A classroom laptop's window: the panel is too short for the text, the steps and the sliders.
  await page.setViewportSize({ width: 1366, height: 768 });
  const errors = await openLesson(page);
  const opened = await documentOf(page);
  const number = page.getByTestId('lesson-number-weight');
  await number.fill('1.2');
  await number.press('Enter');
  expect(weightOf(await documentOf(page))).toBe(1.2);
  expect(await check(page, 'fires-once')).toBe('fail');
  await expect(page.getByTestId('lesson-result-fires-once')).toContainText('LIF fired 2 times');
  // The slider stays in view beside the check it is for: no scrolling between the two.
  await expect(page.getByTestId('lesson-check-button-fires-once')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('lesson-slider-weight')).toBeInViewport({ ratio: 1 });

  await page.getByTestId('lesson-reset').click();
  // The question's buttons are brought into view, not left below the panel's fold.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('lesson-reset-confirm')).toBeInViewport({ ratio: 1 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(weightOf(await documentOf(page))).toBe(1.2);
  await page.getByTestId('lesson-reset').click();
  await page.getByTestId('lesson-reset-confirm').click();
  expect(await documentOf(page)).toEqual(opened);
  await expect(page.getByTestId('lesson-check-fires-once')).toHaveAttribute('data-status', 'none');
  await expect(number).toHaveValue('0.5');

  // Out-of-range typing is refused next to the field.
  await number.fill('7');
  await number.press('Enter');
  await expect(page.getByTestId('lesson-error-weight')).toHaveText(
    'Weight w (Input → LIF) must be between 0 and 2.',
  );
  expect(errors).toEqual([]);
});

test('the lesson panel collapses; screenshots in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openLesson(page);
    await page.getByTestId('lesson-check-button-fires-once').click();
    await expect(page.getByTestId('lesson-check-fires-once')).toHaveAttribute(
      'data-status',
      'fail',
    );
    await node(page, 'lif').click();
    await page.getByTestId('lesson-result-fires-once').scrollIntoViewIfNeeded();
    if (SHOTS !== undefined)
      await page.screenshot({ path: path.join(SHOTS, `lesson-${scheme}.png`) });
  }
  await page.getByTestId('lesson-collapse').click();
  await expect(page.getByTestId('lesson-text')).toHaveCount(0);
  // The rail reads as a control (accent ink on a tinted strip), not as a muted label, and its
  // label stays readable (WCAG AA, 4.5:1).
  const rail = await page.getByTestId('lesson-expand').evaluate((element) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--accent)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(element);
    // rgb(r g b) in 0-255, or color(srgb r g b) in 0-1 (what color-mix() computes to).
    const channels = (color: string) => {
      const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
      return color.startsWith('color(')
        ? numbers.slice(0, 3)
        : numbers.slice(0, 3).map((v) => v / 255);
    };
    const luminance = (color: string) => {
      const [r, g, b] = channels(color).map((v) =>
        v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4,
      );
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [ink, strip] = [luminance(style.color), luminance(style.backgroundColor)];
    return {
      accent: style.color === accent,
      background: style.backgroundColor,
      contrast: (Math.max(ink, strip) + 0.05) / (Math.min(ink, strip) + 0.05),
    };
  });
  expect(rail.accent).toBe(true);
  expect(rail.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(rail.contrast).toBeGreaterThanOrEqual(4.5);
  const canvasWidth = (await page.getByTestId('canvas').boundingBox())!.width;
  if (SHOTS !== undefined)
    await page.screenshot({ path: path.join(SHOTS, 'lesson-collapsed.png') });
  await page.getByTestId('lesson-expand').click();
  await expect(page.getByTestId('lesson-text')).toBeVisible();
  expect((await page.getByTestId('canvas').boundingBox())!.width).toBeLessThan(canvasWidth);
});

test("the seed notebook's example is a lesson too: its sliders reach nested fields", async ({
  page,
}) => {
  const errors = await openApp(page); // opens LIF versus LI, which has a lesson
  await expect(page.getByTestId('lesson-title')).toHaveText('Our first spiking neuron');
  expect(await check(page, 'fires-twice')).toBe('fail');
  await expect(page.getByTestId('lesson-result-fires-twice')).toContainText(
    'LIF fired 1 time; want exactly 2',
  );

  // vTh down, one slider step at a time, until the LIF neuron fires twice.
  const vTh = page.getByTestId('lesson-slider-v-th');
  let status: string | null = 'fail';
  for (let i = 0; i < 7 && status !== 'pass'; i++) {
    await vTh.focus();
    await vTh.press('ArrowLeft');
    status = await check(page, 'fires-twice');
  }
  expect(status).toBe('pass');

  // A slider on the second spike time edits spikeTimesMs[0][1].
  const t0 = page.getByTestId('lesson-number-t0');
  await t0.fill('60');
  await t0.press('Enter');
  const input = (await documentOf(page)).nodes.find((n) => n.id === 'input');
  expect(input?.kind === 'spikeTimes' && input.spikeTimesMs).toEqual([[20, 60, 150]]);
  expect(errors).toEqual([]);
});
