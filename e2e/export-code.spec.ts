/**
 * File › Export… › Code: the open circuit as a Brian2 or Norse script or a NIR graph, saved as a
 * download, holding exactly what the engine's exporter writes for that file.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exportBrian2 } from '../engine/export/brian2';
import { exportNorse } from '../engine/export/norse';
import { parseCircuitJson } from '../engine/schema';
import { downloadOf } from './exportHelpers';

function exampleDocument(name: string) {
  const parsed = parseCircuitJson(readFileSync(`assets/examples/${name}.spikeboard`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.document;
}

async function openExampleAndExportDialog(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('file-examples').click();
  await page.getByTestId('examples-dialog').getByTestId(`example-${name}`).click();
  await expect(page.getByTestId('examples-dialog')).toHaveCount(0);
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible();
  await page.getByTestId('file-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-code-section')).toBeVisible();
}

test('Python for Brian2 saves the exported script of the open circuit', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openExampleAndExportDialog(page, 'lif-versus-li');
  await expect(page.getByTestId('export-code-brian2')).toHaveText('Python for Brian2');
  await expect(page.getByTestId('export-code-order-note')).toContainText('norse-0.0.7');
  const saved = await downloadOf(page, 'export-code-brian2');
  expect(saved.name).toBe('lif-versus-li-introduction-to-spiking-systems-part-2-brian2.py');
  const script = saved.bytes.toString('utf8');
  expect(script).toContain("method='euler'");
  expect(script).toBe(exportBrian2(exampleDocument('lif-versus-li')));
  await expect(page.getByTestId('export-code-status')).toHaveText(`Saved ${saved.name}`);
  await page.screenshot({ path: test.info().outputPath('export-code.png') });
  expect(errors).toEqual([]);
});

test('Python for Norse and the NIR graph download too', async ({ page }) => {
  await openExampleAndExportDialog(page, 'li-two-spikes');
  const norse = await downloadOf(page, 'export-code-norse');
  expect(norse.name).toMatch(/-norse\.py$/);
  expect(norse.bytes.toString('utf8')).toBe(exportNorse(exampleDocument('li-two-spikes')));
  const nir = await downloadOf(page, 'export-code-nir');
  expect(nir.name).toMatch(/\.nir$/);
  // An HDF5 file: its signature, then NIR's layout (checked in engine/export/nir.test.ts).
  expect([...nir.bytes.subarray(0, 8)]).toEqual([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(nir.bytes.includes(Buffer.from('CubaLI'))).toBe(true);
  await expect(page.getByTestId('export-code-status')).toHaveText(`Saved ${nir.name}`);
});

test('a circuit with an error is refused with the reason, and nothing is saved', async ({
  page,
}) => {
  await openExampleAndExportDialog(page, 'li-two-spikes');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  // A probe dropped on the canvas and never attached: compile refuses the circuit.
  await page.getByTestId('palette-probe-v').dblclick();
  await page.getByTestId('file-export').click();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByTestId('export-code-brian2').click();
  await expect(page.getByTestId('export-code-status')).toContainText(
    'Could not export Python for Brian2: the circuit cannot be exported: PROBE_UNATTACHED',
  );
  await expect(page.getByTestId('export-code-status')).toHaveAttribute('role', 'alert');
  expect(downloads).toBe(0);
});
