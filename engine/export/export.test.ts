import { describe, expect, it } from 'vitest';
import { attach, doc, lif, oneToOne, probe, spikeTimes } from '../testdata/circuits';
import { exportBrian2 } from './brian2';
import { buildExportModel } from './model';
import { exportCircuit, ExportError } from './index';
import { exportNorse } from './norse';
import { fileStem, pyList, pyNumber, pyString, utf8Bytes } from './python';
import { sourceSeesThisStep } from './timing';
import { loopCircuit } from './testCircuits';

/** The smallest circuit with every part a script has: input spikes, a LIF, a v and a spike probe. */
function small(order: 'norse-1.1' | 'norse-0.0.7') {
  return {
    ...doc(
      [
        spikeTimes('input', [[5, 12]]),
        lif('lif', 1, { tauMemMs: 20, tauSynMs: 10, vTh: 0.1 }),
        probe('v', 'v'),
        probe('spikes', 'spikes'),
      ],
      [
        oneToOne('input-to-lif', 'input', 'lif', 2),
        attach('a1', 'lif', 'v'),
        attach('a2', 'lif', 'spikes'),
      ],
      { durationMs: 30, inputOrder: order },
    ),
    name: 'Small "LIF" circuit',
  };
}

describe('exported scripts (golden text)', () => {
  it('Brian2, norse-1.1', async () => {
    await expect(exportBrian2(small('norse-1.1'))).toMatchFileSnapshot(
      './__snapshots__/small-brian2.py',
    );
  });
  it('Norse, norse-0.0.7 (converted)', async () => {
    await expect(exportNorse(small('norse-0.0.7'))).toMatchFileSnapshot(
      './__snapshots__/small-norse.py',
    );
  });
});

describe('exportCircuit', () => {
  it('names the file after the circuit and the target', async () => {
    const brian = await exportCircuit(small('norse-1.1'), 'brian2');
    expect(brian).toMatchObject({
      target: 'brian2',
      fileName: 'small-lif-circuit-brian2.py',
      mimeType: 'text/x-python',
    });
    const norse = await exportCircuit(small('norse-1.1'), 'norse');
    expect(norse.fileName).toBe('small-lif-circuit-norse.py');
    expect(new TextDecoder().decode(norse.bytes)).toContain('The circuit uses that order too');
  });

  it('refuses a circuit compile refuses, naming the problem', async () => {
    const broken = doc([lif('lif')], [oneToOne('loop', 'lif', 'nowhere')]);
    await expect(exportCircuit(broken, 'brian2')).rejects.toThrow(ExportError);
    await expect(exportCircuit(broken, 'norse')).rejects.toThrow(/cannot be exported: .*nowhere/);
  });
});

describe('timing', () => {
  it('sees this step’s spikes from earlier populations only, and in 0.0.7 its own too', () => {
    for (const order of ['norse-1.1', 'norse-0.0.7'] as const) {
      const model = buildExportModel(loopCircuit(order));
      const seen = Object.fromEntries(
        model.projections.map((p) => [p.id, sourceSeesThisStep(model, p)]),
      );
      expect(seen).toEqual({
        'drive-a': true,
        'bias-a': true,
        'a-b': true,
        'b-a': false,
        'b-b': order === 'norse-0.0.7',
      });
      expect(model.projections.find((p) => p.id === 'b-b')!.delaySteps).toBe(3);
    }
  });
});

describe('python text', () => {
  it('writes numbers Python reads back to the same double', () => {
    expect(pyNumber(Math.fround(0.8))).toBe('0.800000011920929');
    expect(pyNumber(1e-7)).toBe('1e-7');
    expect(pyNumber(-0)).toBe('-0.0');
    expect(pyNumber(Infinity)).toBe("float('inf')");
    expect(pyString('a "b"\n')).toBe('"a \\"b\\"\\n"');
    expect(pyList([1, 2, 3])).toBe('[1, 2, 3]');
    expect(pyList(Array.from({ length: 40 }, (_, k) => k * 1000))).toMatch(/^\[\n {4}0, 1000,/);
  });
  it('encodes UTF-8 as TextEncoder does', () => {
    const text = 'τmem → 10 ms, 🧠 neurons, "ok"\n';
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)));
  });
  it('makes file names from circuit names', () => {
    expect(fileStem('LIF versus LI (part 2)')).toBe('lif-versus-li-part-2');
    expect(fileStem('Réseau à 1000 neurones')).toBe('reseau-a-1000-neurones');
    expect(fileStem('***')).toBe('circuit');
  });
});
