/// <reference types="node" />
/**
 * The Brian2 round trip: export circuits as Brian2 scripts, run them with Debian's python3-brian
 * (`python3 script.py out.json`) and compare their traces with the exact reference engine:
 * potentials within 1e-6, the same spike steps. The NIR export is read back with h5py (as
 * NIR's own reader does) and simulated from the file alone (testdata/run_nir.py, NIR's Dirac
 * spike semantics): the same traces, which checks the weight scaling. Without Brian2 or h5py the tests are skipped with the reason, except
 * on CI (CI=true), where they fail: CI must run them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import liTwoSpikesText from '../../assets/examples/li-two-spikes.spikeboard?raw';
import lifVersusLiText from '../../assets/examples/lif-versus-li.spikeboard?raw';
import type { CircuitDocument } from '../schema';
import { exportBrian2 } from './brian2';
import { exampleDocument, expectSameTraces, type TraceFileLike } from './compareTraces';
import { exportCircuit } from './index';
import { buildExportModel } from './model';
import { findPython, limited, ON_CI, runPython } from './pythonForTests';
import { loopCircuit, poissonCircuit } from './testCircuits';

const TOLERANCE = 1e-6;

/** The examples shortened to 300 ms: every input spike and the LIF's spike (160 ms) included. */
function shortened(text: string): CircuitDocument {
  const doc = exampleDocument(text);
  return { ...doc, simulation: { ...doc.simulation, durationMs: 300 } };
}

const CIRCUITS: [string, CircuitDocument][] = [
  ['li-two-spikes', shortened(liTwoSpikesText)],
  ['lif-versus-li', shortened(lifVersusLiText)],
  ['loop-norse-1.1', loopCircuit('norse-1.1')],
  ['loop-norse-0.0.7', loopCircuit('norse-0.0.7')],
  ['poisson', poissonCircuit()],
];

const brian = findPython('brian2');
const h5py = findPython('h5py');
if (brian.python === null && !ON_CI) console.log(`Brian2 round trip skipped: ${brian.reason}`);
if (h5py.python === null && !ON_CI) console.log(`NIR read-back by h5py skipped: ${h5py.reason}`);

describe.skipIf(brian.python === null && !ON_CI)('Brian2 round trip', () => {
  it('reproduces the engine: |Δv|, |Δi| ≤ 1e-6 and the same spike steps', async () => {
    const python = brian.python;
    if (python === null) throw new Error(`CI must run the Brian2 round trip, but ${brian.reason}`);
    const dir = mkdtempSync(join(tmpdir(), 'spikeboard-brian2-'));
    await limited(
      CIRCUITS.map(([name, doc]) => () => {
        writeFileSync(join(dir, `${name}.py`), exportBrian2(doc));
        return runPython(python, [join(dir, `${name}.py`), join(dir, `${name}.json`)]);
      }),
      2,
    );
    for (const [name, doc] of CIRCUITS) {
      const file = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as TraceFileLike;
      expectSameTraces(name, doc, file, 'brian2', TOLERANCE);
    }
  }, 240_000);
});

const READ_NIR = `
import json, sys
import h5py
with h5py.File(sys.argv[1], 'r') as f:
    graph = f['node']
    text = lambda d: d[()].decode('utf8') if isinstance(d[()], bytes) else str(d[()])
    out = {
        'version': text(f['version']),
        'type': text(graph['type']),
        'nodes': {name: {key: (text(n[key]) if key == 'type' else
                               n[key][()].tolist() if isinstance(n[key], h5py.Dataset) else
                               sorted(n[key].keys()))
                         for key in n.keys()}
                  for name, n in graph['nodes'].items()},
        'edges': [[a.decode('utf8'), b.decode('utf8')] for a, b in graph['edges'][()]],
        'dtypes': {name: str(n['tau_mem'].dtype) for name, n in graph['nodes'].items()
                   if 'tau_mem' in n},
    }
json.dump(out, open(sys.argv[2], 'w'))
`;

describe.skipIf(h5py.python === null && !ON_CI)('NIR read back by h5py', () => {
  it('has the layout nir.read expects, with the circuit’s parameters', async () => {
    const python = h5py.python;
    if (python === null) throw new Error(`CI must read the NIR export, but ${h5py.reason}`);
    const dir = mkdtempSync(join(tmpdir(), 'spikeboard-nir-'));
    const exported = await exportCircuit(exampleDocument(lifVersusLiText), 'nir');
    writeFileSync(join(dir, 'graph.nir'), exported.bytes);
    writeFileSync(join(dir, 'read.py'), READ_NIR);
    await runPython(python, [join(dir, 'read.py'), join(dir, 'graph.nir'), join(dir, 'out.json')]);
    const read = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as {
      version: string;
      type: string;
      nodes: Record<string, Record<string, unknown>>;
      edges: string[][];
      dtypes: Record<string, string>;
    };
    expect(read.version).toBe('1.0.0');
    expect(read.type).toBe('NIRGraph');
    expect(read.nodes.lif).toMatchObject({
      type: 'CubaLIF',
      r: [1],
      v_leak: [0],
      w_in: [1],
      v_reset: [0],
    });
    expect((read.nodes.lif!.tau_mem as number[])[0]).toBeCloseTo(0.04, 7);
    expect((read.nodes.lif!.tau_syn as number[])[0]).toBeCloseTo(0.06, 7);
    expect((read.nodes.lif!.v_threshold as number[])[0]).toBeCloseTo(0.8, 6);
    expect(read.nodes.li).toMatchObject({ type: 'CubaLI', r: [1], w_in: [1] });
    expect(read.nodes['input_input']).toMatchObject({ type: 'Input', shape: [1] });
    // The weight 1 scaled by τsyn = 60 ms: a Dirac spike raises I by 1, as in Norse.
    const weight = read.nodes['linear_input-to-lif']!.weight as number[][];
    expect(weight[0]![0]).toBeCloseTo(0.06, 7);
    expect(read.dtypes).toEqual({ lif: 'float32', li: 'float32' });
    expect(read.edges).toEqual(
      expect.arrayContaining([
        ['input_input', 'linear_input-to-lif'],
        ['linear_input-to-lif', 'lif'],
        ['lif', 'output_lif'],
        ['li', 'output_li'],
      ]),
    );
  }, 60_000);
});

type NirTraces = Record<string, { v: number[][]; i: number[][]; spikes: number[][] }>;

describe.skipIf(h5py.python === null && !ON_CI)('NIR graph simulated from the file', () => {
  it('gives the engine’s traces (≤ 1e-6, same spike steps): the scaling is right', async () => {
    const python = h5py.python;
    if (python === null) throw new Error(`CI must simulate the NIR export, but ${h5py.reason}`);
    const dir = mkdtempSync(join(tmpdir(), 'spikeboard-nir-run-'));
    const script = join(import.meta.dirname, 'testdata', 'run_nir.py');
    for (const [name, doc] of CIRCUITS) {
      const exported = await exportCircuit(doc, 'nir');
      writeFileSync(join(dir, `${name}.nir`), exported.bytes);
      const order = JSON.stringify(buildExportModel(doc).populations.map((p) => p.id));
      await runPython(python, [script, join(dir, `${name}.nir`), join(dir, `${name}.json`), order]);
      const traces = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as NirTraces;
      const model = buildExportModel(doc);
      const file: TraceFileLike = {
        backend: 'nir',
        steps: model.steps,
        dtMs: model.dtMs,
        inputOrder: model.inputOrder,
        probes: model.probes.map((probe) => {
          // The test circuits probe populations only (a generator's spikes are in its metadata).
          const trace = traces[probe.target]!;
          if (probe.variable === 'spikes') {
            const spikeSteps = probe.neurons.map((n) =>
              trace.spikes.flatMap((fired, step) => (fired.includes(n) ? [step] : [])),
            );
            return { id: probe.id, neurons: probe.neurons, spikeSteps };
          }
          const rows = trace[probe.variable];
          const values = probe.neurons.map((n) => rows.map((row) => row[n]!));
          return { id: probe.id, neurons: probe.neurons, values };
        }),
      };
      expectSameTraces(name, doc, file, 'nir', TOLERANCE);
    }
  }, 120_000);
});
