import { describe, expect, it } from 'vitest';
import type { LoadedEvent, SamplesEvent } from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';
import { example } from '../commands/testCircuit';
import { createSampleStore } from '../sim/sampleStore';
import { csvCell, DATA_FORMAT, probeDataCsv, probeDataJson } from './dataWriters';
import { NothingToExport } from './nothingToExport';
import { gatherProbeData } from './probeData';

const LOADED: LoadedEvent = {
  kind: 'loaded',
  requestId: 1,
  backend: 'reference',
  backendChoice: 'auto',
  backendReason: '',
  backends: [],
  dtMs: 0.5,
  totalSteps: 4,
  inputOrder: 'norse-1.1',
  probes: [
    { probeId: 'v,lif', label: 'v · LIF', targetId: 'lif', variable: 'v', neurons: [0, 2] },
    { probeId: 'z', label: 'spikes · LIF', targetId: 'lif', variable: 'spikes', neurons: [0, 2] },
  ],
  diagnostics: [],
};

/** Steps 0–3: neuron 0 rises by 0.1, neuron 2 holds 1/3; both fire at step 2, neuron 2 at 3. */
const SAMPLES: SamplesEvent = {
  kind: 'samples',
  requestId: 2,
  fromStep: 0,
  steps: 4,
  traces: [
    {
      probeId: 'v,lif',
      values: [Float32Array.of(0, 0.1, 0.2, 0.3), Float32Array.of(1 / 3, 1 / 3, 1 / 3, 1 / 3)],
    },
    { probeId: 'z', spikeSteps: Int32Array.of(2, 2, 3), spikeNeurons: Int32Array.of(0, 1, 1) },
  ],
};

function doc(name = 'LIF "versus"\nLI, part 2'): CircuitDocument {
  const base = example();
  return {
    ...base,
    name,
    simulation: { dtMs: 0.5, durationMs: 2, inputOrder: 'norse-1.1', seed: 7 },
  };
}

function store(withSamples = true) {
  const samples = createSampleStore();
  samples.configure(LOADED);
  if (withSamples) samples.write(SAMPLES);
  return samples;
}

const dataRows = (csv: string) => csv.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('gatherProbeData', () => {
  it('says why there is nothing to export', () => {
    expect(() => gatherProbeData(store(false), doc(), 'reference')).toThrow(NothingToExport);
    expect(() => gatherProbeData(store(false), doc(), 'reference')).toThrow(/run the circuit/);
    expect(() => gatherProbeData(store(), null, 'reference')).toThrow(/Nothing has been simulated/);
  });

  it('holds every trace and every spike with the neuron it belongs to', () => {
    const data = gatherProbeData(store(), doc(), 'reference');
    expect(data).toMatchObject({ fromStep: 0, steps: 4, dtMs: 0.5, backend: 'reference' });
    const [v, z] = data.probes;
    expect(v).toMatchObject({ variable: 'v', neurons: [0, 2], neuronsNotKept: 0 });
    expect(z).toMatchObject({ variable: 'spikes', neurons: [0, 2] });
    if (z?.variable !== 'spikes') throw new Error('expected spikes');
    expect([...z.spikeSteps]).toEqual([2, 2, 3]);
    expect([...z.spikeNeurons]).toEqual([0, 2, 2]);
  });
});

describe('probeDataCsv', () => {
  const csv = probeDataCsv(gatherProbeData(store(), doc(), 'reference'));
  const lines = csv.split('\n');

  it('names the circuit, its settings and the units in # lines, one line each', () => {
    const header = lines.filter((l) => l.startsWith('#'));
    expect(header[0]).toBe(`# ${DATA_FORMAT} 1`);
    expect(header).toContain('# circuit: "LIF \\"versus\\"\\nLI, part 2"');
    expect(header).toContain('# simulation: dtMs=0.5 durationMs=2 inputOrder=norse-1.1 seed=7');
    expect(header).toContain('# backend: reference');
    expect(header.some((l) => l.startsWith('# units: time_ms in ms; v and i dimensionless'))).toBe(
      true,
    );
    expect(header).toContain(
      '# column z:spikes: "spikes · LIF", 2 neurons of "lif"; indices of the neurons that fired in the step',
    );
  });

  it('one row per step: time, exact float32 values, the neurons that fired', () => {
    const rows = dataRows(csv);
    expect(rows[0]).toBe('time_ms,"v,lif:v:0","v,lif:v:2",z:spikes');
    expect(rows.slice(1)).toEqual([
      `0,0,${Math.fround(1 / 3)},`,
      `0.5,${Math.fround(0.1)},${Math.fround(1 / 3)},`,
      `1,${Math.fround(0.2)},${Math.fround(1 / 3)},0 2`,
      `1.5,${Math.fround(0.3)},${Math.fround(1 / 3)},2`,
    ]);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('quotes cells with commas, quotes or line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('probeDataJson', () => {
  const file = JSON.parse(probeDataJson(gatherProbeData(store(), doc(), 'reference'))) as {
    header: Record<string, unknown>;
    circuit: string;
    dtMs: number;
    steps: number;
    inputOrder: string;
    probes: { id: string; unit: string; values?: number[][]; spikeSteps?: number[][] }[];
  };

  it('a header object with the circuit, its settings, the held steps and the units', () => {
    expect(file.header).toEqual({
      format: DATA_FORMAT,
      version: 1,
      circuit: 'LIF "versus"\nLI, part 2',
      simulation: { dtMs: 0.5, durationMs: 2, inputOrder: 'norse-1.1', seed: 7 },
      backend: 'reference',
      fromStep: 0,
      steps: 4,
      units: expect.objectContaining({ time: 'ms', v: 'dimensionless (as in Norse)' }),
    });
  });

  it('then the layout of spikeboard run --format json: values per neuron, spike steps per neuron', () => {
    expect(file).toMatchObject({ circuit: 'LIF "versus"\nLI, part 2', dtMs: 0.5, steps: 4 });
    expect(file.inputOrder).toBe('norse-1.1');
    const [v, z] = file.probes;
    expect(v!.unit).toBe('dimensionless');
    expect(v!.values).toEqual([
      [0, 0.1, 0.2, 0.3].map(Math.fround),
      [1 / 3, 1 / 3, 1 / 3, 1 / 3].map(Math.fround),
    ]);
    expect(z!.spikeSteps).toEqual([[2], [2, 3]]);
  });

  it('a probe that recorded nothing gives empty lists', () => {
    const samples = createSampleStore();
    samples.configure(LOADED);
    samples.write({ ...SAMPLES, traces: [SAMPLES.traces[0]!] });
    const empty = JSON.parse(probeDataJson(gatherProbeData(samples, doc(), null))) as {
      backend: string;
      probes: { spikeSteps?: number[][] }[];
    };
    expect(empty.backend).toBe('unknown');
    expect(empty.probes[1]!.spikeSteps).toEqual([[], []]);
    const csv = probeDataCsv(gatherProbeData(samples, doc(), null));
    expect(
      dataRows(csv)
        .slice(1)
        .every((row) => row.endsWith(',')),
    ).toBe(true);
  });
});
