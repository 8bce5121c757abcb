/** Circuits the worker tests share, built as a user's file would be. */
import type { CircuitDocument } from '../schema';
import { attach, doc, li, lif, oneToOne, probe, spikeTimes } from '../testdata/circuits';

/** The seed notebook's LIF-versus-LI circuit, as the example file describes it. */
export function lifVersusLi(params: { tauMemMs?: number } = {}): CircuitDocument {
  const shared = { tauMemMs: 40, tauSynMs: 60, vLeak: 0, vTh: 0.8, vReset: 0, ...params };
  return doc(
    [
      spikeTimes('in', [[20, 85, 150]]),
      lif('lif', 1, shared),
      li('li', 1, shared),
      probe('pLif', 'v'),
      probe('pLi', 'v'),
      probe('pZ', 'spikes'),
    ],
    [
      oneToOne('toLif', 'in', 'lif'),
      oneToOne('toLi', 'in', 'li'),
      attach('aLif', 'lif', 'pLif'),
      attach('aLi', 'li', 'pLi'),
      attach('aZ', 'lif', 'pZ'),
    ],
    { durationMs: 1000, inputOrder: 'norse-0.0.7' },
  );
}

/** A current so large that the LI population's potential overflows to Infinity, then NaN. */
export function overflowing(): CircuitDocument {
  const current: CircuitDocument['nodes'][number] = {
    id: 'big',
    label: 'huge current',
    position: { x: 0, y: 0 },
    kind: 'constantCurrent',
    size: 1,
    amplitude: 1e30,
    startMs: 10,
  };
  return doc(
    [current, li('leaky', 1), probe('pv', 'v')],
    [oneToOne('drive', 'big', 'leaky', 1e30), attach('a', 'leaky', 'pv')],
    { durationMs: 100 },
  );
}

/**
 * Nothing probes where it goes wrong: a huge current drives "hidden" (3 LI neurons, no probe) to
 * infinity at t = 10 ms (step 10); "watched" (probed) stays finite.
 */
export function overflowingUnprobed(): CircuitDocument {
  const current: CircuitDocument['nodes'][number] = {
    id: 'big',
    label: 'huge current',
    position: { x: 0, y: 0 },
    kind: 'constantCurrent',
    size: 3,
    amplitude: 1e30,
    startMs: 10,
  };
  return doc(
    [current, lif('watched', 2), li('hidden', 3), probe('pw', 'v')],
    [oneToOne('drive', 'big', 'hidden', 1e30), attach('a', 'watched', 'pw')],
    { durationMs: 100 },
  );
}
