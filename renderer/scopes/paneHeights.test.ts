/** Pane heights in the document: naming a pane on its first resize, and panes for every probe. */
import { describe, expect, it } from 'vitest';
import type { ProbeInfo } from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';
import { doc } from '../../engine/testdata/circuits';
import { resizePane } from './paneHeights';
import { buildPanes } from './paneLayout';

const probe = (probeId: string, variable: ProbeInfo['variable']): ProbeInfo => ({
  probeId,
  label: probeId,
  targetId: 'pop',
  variable,
  neurons: [0],
});
const probes = [probe('v1', 'v'), probe('v2', 'v'), probe('s1', 'spikes')];

function resized(document: CircuitDocument, paneId: string, heightPx: number) {
  const spec = buildPanes(document, probes, false).find((p) => p.id === paneId)!;
  const outcome = resizePane(spec, heightPx).apply(document);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.document;
}

describe('resizing a pane writes its height to the document', () => {
  it('names the dock’s own pane on its first resize, and the layout stays the same', () => {
    const before = buildPanes(doc([], []), probes, false);
    const after = resized(doc([], []), 'membrane', 420);
    expect(after.scopes).toEqual([
      { id: 'membrane', title: 'membrane potential', probes: ['v1', 'v2'], heightPx: 420 },
    ]);
    const panes = buildPanes(after, probes, false);
    expect(panes.map((p) => [p.id, p.probeIds, p.heightPx])).toEqual(
      before.map((p) => [p.id, p.probeIds, p.id === 'membrane' ? 420 : p.heightPx]),
    );
  });

  it('updates a named pane in place, raster panes included', () => {
    const once = resized(doc([], []), 'raster-s1', 300);
    const twice = resized(once, 'raster-s1', 500);
    expect(twice.scopes).toEqual([
      { id: 'raster-s1', title: 'spikes · s1', probes: ['s1'], heightPx: 500 },
    ]);
    expect(buildPanes(twice, probes, false).find((p) => p.id === 'raster-s1')?.heightPx).toBe(500);
  });

  it('a probe added after a pane was named still gets a pane of its own', () => {
    const named = resized(doc([], []), 'membrane', 420);
    const panes = buildPanes(named, [...probes, probe('v3', 'v')], false);
    expect(panes.map((p) => [p.id, p.probeIds])).toEqual([
      ['membrane', ['v1', 'v2']],
      ['membrane-2', ['v3']],
      ['raster-s1', ['s1']],
    ]);
  });

  it('leaves the one-pane-per-probe view out of the document', () => {
    const spec = buildPanes(doc([], []), probes, true).find((p) => p.id === 'probe-v1')!;
    expect(resizePane(spec, 400).apply(doc([], [])).ok).toBe(false);
  });
});
