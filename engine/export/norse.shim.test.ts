/// <reference types="node" />
/**
 * The exported scripts are valid Python (py_compile), and the Norse script's own logic — update
 * order, delays, loops, the norse-0.0.7 conversion, its JSON — reproduces the engine exactly when
 * run on a float32 NumPy stand-in for torch and Norse's step functions (testdata/fakenorse; real
 * Norse cannot be installed here). Skipped without python3 and NumPy, failing on CI.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import liTwoSpikesText from '../../assets/examples/li-two-spikes.spikeboard?raw';
import lifVersusLiText from '../../assets/examples/lif-versus-li.spikeboard?raw';
import type { CircuitDocument } from '../schema';
import { exportBrian2 } from './brian2';
import { exampleDocument, expectSameTraces, type TraceFileLike } from './compareTraces';
import { exportNorse } from './norse';
import { findPython, limited, ON_CI, runPython } from './pythonForTests';
import { loopCircuit, poissonCircuit } from './testCircuits';

const CIRCUITS: [string, CircuitDocument][] = [
  ['li-two-spikes', exampleDocument(liTwoSpikesText)],
  ['lif-versus-li', exampleDocument(lifVersusLiText)],
  ['loop-norse-1.1', loopCircuit('norse-1.1')],
  ['loop-norse-0.0.7', loopCircuit('norse-0.0.7')],
  ['poisson', poissonCircuit()],
];

const SHIM = join(import.meta.dirname, 'testdata', 'fakenorse');
const numpy = findPython('numpy');
if (numpy.python === null && !ON_CI) console.log(`Norse script test skipped: ${numpy.reason}`);

describe.skipIf(numpy.python === null && !ON_CI)('exported Python', () => {
  it('compiles (py_compile) for Norse and Brian2', async () => {
    const python = numpy.python;
    if (python === null) throw new Error(`CI must compile the scripts, but ${numpy.reason}`);
    const dir = mkdtempSync(join(tmpdir(), 'spikeboard-py-'));
    const files: string[] = [];
    for (const [name, doc] of CIRCUITS) {
      writeFileSync(join(dir, `${name}-norse.py`), exportNorse(doc));
      writeFileSync(join(dir, `${name}-brian2.py`), exportBrian2(doc));
      files.push(join(dir, `${name}-norse.py`), join(dir, `${name}-brian2.py`));
    }
    await runPython(python, ['-m', 'py_compile', ...files]);
  });

  it('Norse scripts reproduce the engine bit for bit on the float32 stand-in', async () => {
    const python = numpy.python;
    if (python === null) throw new Error(`CI must run the Norse scripts, but ${numpy.reason}`);
    const dir = mkdtempSync(join(tmpdir(), 'spikeboard-norse-'));
    await limited(
      CIRCUITS.map(([name, doc]) => () => {
        writeFileSync(join(dir, `${name}.py`), exportNorse(doc));
        return runPython(python, [join(dir, `${name}.py`), join(dir, `${name}.json`)], {
          PYTHONPATH: SHIM,
        });
      }),
      2,
    );
    for (const [name, doc] of CIRCUITS) {
      const file = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as TraceFileLike;
      expectSameTraces(name, doc, file, 'norse', 0);
    }
  }, 120_000);
});
