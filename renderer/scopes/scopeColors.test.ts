/** Scope colours per theme: on the dark pane every trace, threshold and marker reads (≥ 4.5:1). */
import { afterEach, expect, it } from 'vitest';
import { useThemeStore } from '../theme/themeStore';
import { familyColor, inputMarkerColor, thresholdColor } from './scopeColors';

function luminance(hex: string): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
const DARK_PANE = '#1e2227';

afterEach(() => useThemeStore.setState({ theme: 'light' }));

it('keeps every scope colour at 4.5:1 or more on the dark pane', () => {
  useThemeStore.setState({ theme: 'dark' });
  const colors = [
    ...[0, 1, 2].flatMap((k) => [familyColor('li', k), familyColor('lif', k)]),
    familyColor('poisson', 0),
    thresholdColor(),
    inputMarkerColor(),
  ];
  for (const color of colors) expect(contrast(color, DARK_PANE), color).toBeGreaterThanOrEqual(4.5);
});

it('keeps the light theme’s colours (the seed notebook’s red markers)', () => {
  useThemeStore.setState({ theme: 'light' });
  expect(familyColor('lif', 0)).toBe('#7048e8');
  expect(inputMarkerColor()).toBe('#e03131');
  expect(thresholdColor()).toBe('#495057');
});
