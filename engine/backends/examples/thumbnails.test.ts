/**
 * Every example has a thumbnail, and it is up to date: drawing it again from a fresh simulation
 * gives the committed bytes. After changing an example, run `npm run thumbnails`.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, LESSON_NAMES } from '../../../assets/examples/catalog';
import {
  EXAMPLE_THUMBNAILS,
  LESSON_TEXTS,
  LESSON_THUMBNAILS,
} from '../../../assets/examples/texts';
import { parseCircuitJson } from '../../schema';
import { exampleThumbnail, thumbnailSvg } from '../../../assets/examples/thumbnail';
import { example } from './load';

describe('example thumbnails', () => {
  for (const name of EXAMPLE_NAMES) {
    it(`${name}.svg is up to date (else: npm run thumbnails)`, async () => {
      const committed = EXAMPLE_THUMBNAILS[name];
      expect(committed).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(await exampleThumbnail(example(name))).toBe(committed);
    }, 60_000);
  }

  for (const name of LESSON_NAMES) {
    it(`lessons/thumbnails/${name}.svg is up to date (else: npm run thumbnails)`, async () => {
      const parsed = parseCircuitJson(LESSON_TEXTS[name]);
      if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
      expect(parsed.document.description).toMatch(/^[^\n]{20,200}$/); // the card's one line
      expect(await exampleThumbnail(parsed.document)).toBe(LESSON_THUMBNAILS[name]);
    }, 60_000);
  }

  it('shows traces for a trace pane and a raster for a spike pane, named for assistive tech', () => {
    const doc = example('lif-versus-li');
    const steps = 4;
    const svg = thumbnailSvg(doc, {
      dtMs: 1,
      steps,
      probes: [
        { probeId: 'probe-v-lif', values: [new Float32Array([0, 0.5, 0, 0.2])] },
        { probeId: 'probe-v-li', values: [new Float32Array([0, 0.5, 0.9, 0.4])] },
      ],
    });
    // The card names the example; the picture carries the name only as its accessible label.
    expect(svg).toContain('aria-label="LIF versus LI (Introduction to spiking systems, part 2)"');
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray'); // the threshold
    const raster = thumbnailSvg(example('poisson-population'), {
      dtMs: 1,
      steps,
      probes: [{ probeId: 'probe-spikes', spikeSteps: [[1], [], [2, 3]] }],
    });
    expect(raster.match(/M\d+(\.\d)? [\d.]+v/g)).toHaveLength(3);
  });
});
