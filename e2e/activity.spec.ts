/**
 * The node cards' live activity indicators: run the LIF-versus-LI example live and watch the LIF
 * card's dot light up with a rate in spikes/s when it fires, the LI card show its mean v, and the
 * figures hold while paused (simulated time stops, so nothing decays).
 */
import { expect, test, type Page } from '@playwright/test';
import { openLifVersusLi } from './openExample';

const rateOf = async (page: Page, id: string): Promise<number | null> => {
  const value = await page.getByTestId(`activity-${id}`).getAttribute('data-rate-hz');
  return value === null ? null : Number(value);
};

test.use({ viewport: { width: 1400, height: 1000 } });

test('the LIF card lights up with a rate while running, holds it while paused', async ({
  page,
}, testInfo) => {
  const errors = await openLifVersusLi(page);
  const lif = page.getByTestId('activity-lif');
  await expect(lif).toBeVisible();
  // Instant mode ran the whole second already (one batch): the LIF card shows its mean rate.
  await expect(lif).toHaveAttribute('data-rate-hz', /^\d/);
  await expect(page.getByTestId('activity-li')).toHaveAttribute('data-mean-v', /\d/);
  // Probes have no indicator of their own.
  await expect(page.locator('[data-testid^="activity-probe"]')).toHaveCount(0);

  // Live at a tenth of real time: the input fires at 20, 85 and 150 ms, the LIF at 159 ms.
  await page.getByLabel('speed').selectOption('0.1');
  // Press Pause the moment the LIF card shows a rate (the spike stays in the 250 ms window for
  // only 2.5 s of wall time at ×0.1, too short for polling from here on a loaded machine).
  const pausedOnSpike = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const card = document.querySelector('[data-testid="activity-lif"]')!;
        let cleared = false;
        const observer = new MutationObserver(() => {
          const rate = card.getAttribute('data-rate-hz');
          if (rate === null || rate === '0') cleared = true;
          if (cleared && rate !== null && Number(rate) > 0) {
            observer.disconnect();
            document.querySelector<HTMLButtonElement>('[data-testid="sim-pause"]')!.click();
            resolve();
          }
        });
        observer.observe(card, { attributes: true, attributeFilter: ['data-rate-hz'] });
      }),
  );
  await page.getByTestId('sim-run').click();
  // The live run starts from t = 0 on a fresh load: the cards clear, then read 0 Hz until a spike.
  await expect.poll(() => rateOf(page, 'input'), { timeout: 10_000 }).toBeGreaterThan(0);
  await pausedOnSpike;
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'paused');
  const held = await rateOf(page, 'lif');
  expect(held).toBeGreaterThan(0);
  await expect(lif).toHaveClass(/is-active/);
  await expect(lif).toContainText(/\d+(\.\d)? Hz/);
  await expect(lif.locator('.cnode-activity__dot')).toHaveClass(/is-pulse/);
  const shot = testInfo.outputPath('lif-active.png');
  await page.getByTestId('canvas').screenshot({ path: shot });
  await testInfo.attach('lif-active', { path: shot, contentType: 'image/png' });
  // Paused: simulated time stops, so the figures hold (no decay while paused).
  await page.waitForTimeout(1000);
  expect(await rateOf(page, 'lif')).toBe(held);

  // Running on, the LIF falls silent: its rate decays to 0 once the spike leaves the window.
  await page.getByLabel('speed').selectOption('1');
  await page.getByTestId('sim-run').click();
  await expect.poll(() => rateOf(page, 'lif'), { timeout: 15_000 }).toBe(0);
  await expect(lif).not.toHaveClass(/is-active/);

  // Reset clears every card.
  await page.getByTestId('sim-reset').click();
  await expect(lif).not.toHaveAttribute('data-rate-hz');
  expect(errors).toEqual([]);
});
