// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { figureSvg, niceTicks, xmlText, type FigurePlot, type VectorFigure } from './svgFigure';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const plot = (overrides: Partial<FigurePlot> = {}): FigurePlot => ({
  heightPx: 200,
  xLabel: 'time [ms]',
  yLabel: 'v (dimensionless)',
  xRange: [0, 10],
  yRange: [0, 1],
  lines: [],
  ...overrides,
});

const figure = (plots: FigurePlot[], title = 'Membrane potential v'): VectorFigure => ({
  title,
  plots,
  legend: [{ label: 'v · LIF · neuron 0', color: '#7048e8', dash: null }],
});

describe('niceTicks', () => {
  it('steps of 1, 2 or 5 × 10^k covering the range', () => {
    expect(niceTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(-0.2, 1.2, 6)).toEqual([0, 0.5, 1]);
    expect(niceTicks(-0.2, 1.2, 12)).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(niceTicks(3, 7, 4)).toEqual([3, 4, 5, 6, 7]);
  });

  it('no ticks for an empty or broken range', () => {
    expect(niceTicks(1, 1)).toEqual([]);
    expect(niceTicks(2, 1)).toEqual([]);
    expect(niceTicks(0, Number.NaN)).toEqual([]);
  });
});

describe('xmlText', () => {
  it('escapes markup and drops characters XML does not allow', () => {
    expect(xmlText(`<a & "b"> 'c'`)).toBe('&lt;a &amp; &quot;b&quot;&gt; &apos;c&apos;');
    expect(xmlText('a\u0000b\u001bc\td')).toBe('abc\td');
  });
});

describe('figureSvg', () => {
  it('writes parseable SVG with the title, axes titles, tick labels and legend', () => {
    const doc = parse(figureSvg(figure([plot()], 'v <LIF> & "LI"')));
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('v <LIF> & "LI"');
    expect(texts).toContain('v <LIF> & "LI"');
    expect(texts).toContain('time [ms]');
    expect(texts).toContain('v (dimensionless)');
    expect(texts).toContain('v · LIF · neuron 0');
    expect(texts).toEqual(expect.arrayContaining(['0', '2', '10', '0.0', '0.5', '1.0']));
  });

  it('draws each trace as one path in its colour, broken where a value is not finite', () => {
    const xs = [0, 1, 2, 3, 4, 5];
    const svg = figureSvg(
      figure([
        plot({
          lines: [
            {
              label: 'v · LIF',
              color: '#7048e8',
              widthPx: 1.75,
              dash: null,
              xs,
              ys: [0, 0.5, Number.NaN, 0.2, 0.4, 1],
            },
            {
              label: 'vTh',
              color: '#495057',
              widthPx: 1.25,
              dash: [6, 4],
              xs,
              ys: xs.map(() => 0.8),
            },
          ],
        }),
      ]),
    );
    const paths = [...parse(svg).getElementsByTagName('path')];
    expect(paths.map((p) => p.getAttribute('data-label'))).toEqual(['v · LIF', 'vTh']);
    const trace = paths[0]!;
    expect(trace.getAttribute('stroke')).toBe('#7048e8');
    expect(trace.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(trace.getAttribute('d')!.match(/L/g)).toHaveLength(3);
    expect(paths[1]!.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('maps data to the plot box: x0 at the left edge, y1 at the top', () => {
    const svg = figureSvg(
      figure([
        plot({
          lines: [
            { label: 'a', color: '#000000', widthPx: 1, dash: null, xs: [0, 10], ys: [1, 0] },
          ],
        }),
      ]),
      960,
    );
    const d = parse(svg).getElementsByTagName('path')[0]!.getAttribute('d');
    // LEFT = 78, TITLE = 40, width 960 - 78 - 24 = 858, height 200.
    expect(d).toBe('M78 40L936 240');
  });

  it('marks input spikes inside the range only, and draws raster spikes as rectangles', () => {
    const doc = parse(
      figureSvg(
        figure([
          plot({ xLabel: '', markers: { color: '#e03131', xs: [2, 5, 20] } }),
          plot({
            yRange: [0, 3],
            yIntegers: true,
            dots: { color: '#7048e8', xs: [1, 2, 3], rows: [0, 1, 2], widthX: 1 },
          }),
        ]),
      ),
    );
    const markers = doc.querySelector('g.markers')!;
    expect(markers.getElementsByTagName('line')).toHaveLength(2);
    expect(doc.querySelector('g.spikes')!.getElementsByTagName('rect')).toHaveLength(3);
    const yTicks = [
      ...doc.querySelectorAll('g.ticks')[1]!.querySelectorAll('text[text-anchor=end]'),
    ];
    expect(yTicks.map((t) => t.textContent)).toEqual(['0', '1', '2', '3']);
  });

  it('an empty figure (no data yet) is still a valid picture', () => {
    const doc = parse(figureSvg({ title: '', plots: [], legend: [] }));
    expect(doc.documentElement.getAttribute('width')).toBe('960');
  });
});
