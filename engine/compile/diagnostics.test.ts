import { describe, expect, it } from 'vitest';
import type { CircuitEdge, CircuitNode } from '../schema/types';
import { attach, doc, li, lif, oneToOne, probe, spikeTimes } from '../testdata/circuits';
import { compile } from './compile';
import { MAX_HISTORY_VALUES, MAX_STEPS, MAX_SYNAPSES, MAX_UNITS } from './limits';
import type { Diagnostic } from './types';

const at = { x: 0, y: 0 };
const current: CircuitNode = {
  id: 'cc',
  label: 'Current',
  position: at,
  kind: 'constantCurrent',
  size: 1,
  amplitude: 1,
};

/** Compiles and returns the diagnostics with `code`; fails when compile's verdict is not `ok`. */
function diagnose(
  nodes: CircuitNode[],
  edges: CircuitEdge[],
  code: string,
  ok = false,
): Diagnostic[] {
  const r = compile(doc(nodes, edges));
  expect(r.ok, JSON.stringify(r.diagnostics)).toBe(ok);
  const found = r.diagnostics.filter((d) => d.code === code);
  expect(found.length, `${code} in ${JSON.stringify(r.diagnostics)}`).toBeGreaterThan(0);
  return found;
}

function projection(id: string, source: string, target: string, rule: unknown): CircuitEdge {
  return { kind: 'projection', id, source, target, rule, delaySteps: 0, seed: 0 } as CircuitEdge;
}

describe('compile diagnostics', () => {
  it('EDGE_INTO_GENERATOR names both nodes and the edge', () => {
    const [d] = diagnose(
      [spikeTimes('g', [[1]]), lif('A')],
      [oneToOne('e1', 'A', 'g')],
      'EDGE_INTO_GENERATOR',
    );
    expect(d).toMatchObject({ severity: 'error', nodeIds: ['A', 'g'], edgeIds: ['e1'] });
    expect(d!.message).toMatch(/generator.*population/);
  });

  it('PROJECTION_FROM_LI: LI has no spikes', () => {
    const [d] = diagnose([li('L'), lif('A')], [oneToOne('e1', 'L', 'A')], 'PROJECTION_FROM_LI');
    expect(d!.message).toMatch(/no spikes/);
    expect(d!.edgeIds).toEqual(['e1']);
  });

  it('PROJECTION_INTO_PROBE and PROJECTION_FROM_PROBE', () => {
    diagnose(
      [lif('A'), probe('p', 'v')],
      [oneToOne('e1', 'A', 'p'), attach('a', 'A', 'p')],
      'PROJECTION_INTO_PROBE',
    );
    diagnose(
      [lif('A'), probe('p', 'v')],
      [oneToOne('e1', 'p', 'A'), attach('a', 'A', 'p')],
      'PROJECTION_FROM_PROBE',
    );
  });

  it('PROBE_EDGE_TARGET_NOT_PROBE and PROBE_ON_PROBE', () => {
    diagnose([lif('A'), lif('B')], [attach('a', 'A', 'B')], 'PROBE_EDGE_TARGET_NOT_PROBE');
    diagnose(
      [lif('A'), probe('p', 'v'), probe('q', 'v')],
      [attach('a', 'A', 'p'), attach('b', 'p', 'q')],
      'PROBE_ON_PROBE',
    );
  });

  it('PROBE_UNATTACHED: a probe on nothing', () => {
    const [d] = diagnose([lif('A'), probe('p', 'v')], [], 'PROBE_UNATTACHED');
    expect(d!.nodeIds).toEqual(['p']);
    expect(d!.message).toMatch(/attached to nothing/);
  });

  it('PROBE_ATTACHED_TWICE names both attachments', () => {
    const [d] = diagnose(
      [lif('A'), lif('B'), probe('p', 'v')],
      [attach('a', 'A', 'p'), attach('b', 'B', 'p')],
      'PROBE_ATTACHED_TWICE',
    );
    expect(d).toMatchObject({ nodeIds: ['p', 'A', 'B'], edgeIds: ['a', 'b'] });
  });

  it('PROBE_VARIABLE_INVALID: v/i on a generator, spikes on LI or a current', () => {
    diagnose(
      [spikeTimes('g', [[1]]), probe('p', 'v')],
      [attach('a', 'g', 'p')],
      'PROBE_VARIABLE_INVALID',
    );
    diagnose(
      [spikeTimes('g', [[1]]), probe('p', 'i')],
      [attach('a', 'g', 'p')],
      'PROBE_VARIABLE_INVALID',
    );
    const [d] = diagnose(
      [li('L'), probe('p', 'spikes')],
      [attach('a', 'L', 'p')],
      'PROBE_VARIABLE_INVALID',
    );
    expect(d!.message).toMatch(/LI population has no spikes/);
    diagnose([current, probe('p', 'spikes')], [attach('a', 'cc', 'p')], 'PROBE_VARIABLE_INVALID');
    // spikes of a spike generator are fine
    expect(
      compile(doc([spikeTimes('g', [[1]]), probe('p', 'spikes')], [attach('a', 'g', 'p')])).ok,
    ).toBe(true);
  });

  it('PROBE_NEURON_OUT_OF_RANGE gives the valid range', () => {
    const [d] = diagnose(
      [lif('A', 3), probe('p', 'v', [0, 3])],
      [attach('a', 'A', 'p')],
      'PROBE_NEURON_OUT_OF_RANGE',
    );
    expect(d!.message).toMatch(/neuron 3 .*0 to 2/);
  });

  it('MATRIX_SHAPE wants [post.size][pre.size] and spots a transposed matrix', () => {
    const [d] = diagnose(
      [lif('A', 2), lif('B', 3)],
      [
        projection('m', 'A', 'B', {
          type: 'matrix',
          weights: [
            [1, 2, 3],
            [4, 5, 6],
          ],
        }),
      ],
      'MATRIX_SHAPE',
    );
    expect(d!.message).toMatch(/\[3\]\[2\].*\[2\]\[3\].*transposed/);
  });

  it('ONE_TO_ONE_SIZE_MISMATCH gives both sizes', () => {
    const [d] = diagnose(
      [lif('A', 2), lif('B', 3)],
      [oneToOne('e', 'A', 'B')],
      'ONE_TO_ONE_SIZE_MISMATCH',
    );
    expect(d!.message).toMatch(/2 neurons and the target 3/);
  });

  it('DUPLICATE_PROJECTION names both projections', () => {
    const [d] = diagnose(
      [lif('A'), lif('B')],
      [oneToOne('e1', 'A', 'B'), oneToOne('e2', 'A', 'B')],
      'DUPLICATE_PROJECTION',
    );
    expect(d!.edgeIds).toEqual(['e1', 'e2']);
  });

  it('CIRCUIT_TOO_LARGE gives the number and the limit', () => {
    const [units] = diagnose([lif('A', MAX_UNITS + 1)], [], 'CIRCUIT_TOO_LARGE');
    expect(units!.message).toContain(String(MAX_UNITS + 1));
    expect(units!.message).toContain(String(MAX_UNITS));
    const [syn] = diagnose(
      [lif('A', 10000), lif('B', 10000)],
      [projection('all', 'A', 'B', { type: 'allToAll', weight: 1 })],
      'CIRCUIT_TOO_LARGE',
    );
    expect(syn!.message).toContain(String(MAX_SYNAPSES));
    expect(syn!.message).toContain('100000000');
    const [hist] = diagnose(
      [lif('A', 10000), lif('B', 10000)],
      [oneToOne('d', 'A', 'B', 1, 10000)],
      'CIRCUIT_TOO_LARGE',
    );
    expect(hist!.message).toContain(String(MAX_HISTORY_VALUES));
    expect(hist!.edgeIds).toEqual(['d']);
    const steps = compile(doc([lif('A')], [], { durationMs: MAX_STEPS + 1 }));
    expect(steps.ok).toBe(false);
    expect(steps.diagnostics[0]!.code).toBe('CIRCUIT_TOO_LARGE');
  });

  it('LOOP_DELAYED (info) names the loop and the edge that closes it', () => {
    const [d] = diagnose(
      [spikeTimes('g', [[1]]), lif('A'), lif('B')],
      [oneToOne('in', 'g', 'A'), oneToOne('ab', 'A', 'B'), oneToOne('ba', 'B', 'A')],
      'LOOP_DELAYED',
      true,
    );
    expect(d).toMatchObject({ severity: 'info', nodeIds: ['A', 'B'], edgeIds: ['ba'] });
    expect(d!.message).toMatch(/A → B → A.*one step later/);
    const [self] = diagnose([lif('A')], [oneToOne('aa', 'A', 'A')], 'LOOP_DELAYED', true);
    expect(self!.message).toMatch(/back into itself/);
  });

  it('checks values an in-memory document may get wrong', () => {
    diagnose([lif('A'), lif('A')], [], 'DUPLICATE_ID');
    diagnose([lif('A', 0)], [], 'INVALID_SIZE');
    diagnose([lif('A', 1, { tauMemMs: -1 })], [], 'INVALID_PARAMETER');
    diagnose([lif('A', 2, { vTh: [1, 2, 3] })], [], 'PARAM_LENGTH');
    diagnose([spikeTimes('g', [[1]]), lif('A')], [oneToOne('e', 'g', 'nowhere')], 'UNKNOWN_NODE');
    diagnose([lif('A'), lif('B')], [oneToOne('e', 'A', 'B', 1, -1)], 'INVALID_DELAY');
    diagnose([lif('A'), lif('B')], [oneToOne('e', 'A', 'B', NaN)], 'INVALID_WEIGHT');
    const bad = compile(doc([lif('A')], [], { dtMs: 0 }));
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['INVALID_SETTING']);
    const kind = compile(doc([{ ...lif('A'), kind: 'izhikevich' } as unknown as CircuitNode], []));
    expect(kind.diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_KIND']);
    const wire = { kind: 'wire', id: 'w', source: 'A', target: 'A' } as unknown as CircuitEdge;
    expect(compile(doc([lif('A')], [wire])).diagnostics.map((d) => d.code)).toEqual([
      'UNKNOWN_KIND',
    ]);
  });

  it('LARGE_RECORDING warns but compiles', () => {
    const r = compile(
      doc([lif('A', 1000), probe('p', 'v')], [attach('a', 'A', 'p')], { durationMs: 100000 }),
    );
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['LARGE_RECORDING', 'warning'],
    ]);
  });

  it('a clean circuit has no diagnostics', () => {
    const r = compile(
      doc(
        [spikeTimes('g', [[1]]), lif('A'), probe('p', 'v')],
        [oneToOne('e', 'g', 'A'), attach('a', 'A', 'p')],
      ),
    );
    expect(r).toMatchObject({ ok: true, diagnostics: [] });
  });
});
