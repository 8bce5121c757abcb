/**
 * The start screen: in a small window (1100×720) it takes the room of the empty scope dock, so
 * the first row of examples is in full view; it belongs to the untouched new document only: a
 * restored draft of an empty circuit the user renamed is that user's work, shown with its name,
 * not covered by the start screen.
 */
import { expect, test } from '@playwright/test';
import { documentOf, draftCount } from './filesHelpers';

for (const [width, height] of [
  [1100, 720],
  [1400, 900],
] as const) {
  test(`at ${width}×${height} the start screen takes the empty dock's room`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const start = page.getByTestId('start-screen');
    await expect(start).toBeVisible();
    await expect(page.getByTestId('panel-dock')).toBeHidden();
    const cards = start.getByTestId('example-cards').getByRole('button');
    await expect(cards.first()).toBeInViewport({ ratio: 1 });
    const box = await start.boundingBox();
    const status = await page.getByTestId('status-bar').boundingBox();
    expect(box!.y + box!.height).toBeCloseTo(status!.y, 0);
    // Nothing to report of an empty circuit: no run figures, no backend reasoning over 0 neurons.
    await expect(page.getByTestId('status-text')).toHaveText(
      'empty circuit: add a node from the palette, or open an example',
    );
    await expect(page.getByTestId('status-bar')).not.toContainText('neurons');
    // The lessons come after ten examples: a link at the top goes to them.
    const lesson = start.getByTestId('lesson-first-spike');
    await expect(lesson).not.toBeInViewport();
    await start.getByTestId('start-jump-lessons').click();
    await expect(lesson).toBeInViewport();
    await start.evaluate((el) => el.scrollTo(0, 0));
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await testInfo.attach(`start-screen-${width}x${height}`, {
      body: await page.screenshot({ path: testInfo.outputPath(`start-${width}x${height}.png`) }),
      contentType: 'image/png',
    });

    // An empty circuit of one's own has the dock back.
    await start.getByTestId('start-new').click();
    await expect(start).toHaveCount(0);
    await expect(page.getByTestId('panel-dock')).toBeVisible();
  });
}

test('a restored draft of a renamed empty circuit opens without the start screen', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/');
  await expect(first.getByTestId('start-screen')).toBeVisible();
  await first.getByTestId('start-new').click();
  await expect(first.getByTestId('start-screen')).toHaveCount(0);
  const name = first.getByTestId('field-name');
  await name.fill('Empty on purpose');
  await name.press('Enter');
  await expect(first.getByTestId('file-name')).toHaveText(/^Empty on purpose/);
  // Losing focus writes the draft at once.
  await first.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect.poll(() => draftCount(first)).toBe(1);
  await first.close({ runBeforeUnload: false });

  const second = await context.newPage();
  await second.goto('/');
  const prompt = second.getByTestId('restore-prompt');
  await expect(prompt).toContainText('Empty on purpose');
  await prompt.getByRole('button', { name: 'Restore' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(second.getByTestId('file-name')).toHaveText(/^Empty on purpose/);
  await expect(second.getByTestId('file-dirty')).toBeVisible();
  expect((await documentOf(second)).nodes).toHaveLength(0);
  await expect(second.getByTestId('start-screen')).toHaveCount(0);
  await expect(second.getByTestId('field-name')).toHaveValue('Empty on purpose');
  await expect(second.getByTestId('field-name')).toBeInViewport();
});
