/**
 * Live `setParam` on a non-reference runner (wasm-simd): the new number is taken over in place
 * from the current step (no new runner, no replay) and the traces equal the reference doing the
 * same edit at the same step; instant mode's re-load of the same structure keeps the runner too.
 */
import { expect, it } from 'vitest';
import { createReferenceRunner } from '../backends/reference';
import { compile } from '../compile';
import { lifVersusLi } from './fixtures';
import { concatTrace, registrySession } from './testHost';

function planOf(document: ReturnType<typeof lifVersusLi>) {
  const compiled = compile(document);
  if (!compiled.ok) throw new Error('does not compile');
  return compiled.plan;
}

it('wasm-simd takes a live τmem edit in place and equals the reference doing the same', async () => {
  const { host, send } = await registrySession('wasm-simd', lifVersusLi());
  await send({ kind: 'step', requestId: 2, steps: 300 });
  await send({ kind: 'setParam', requestId: 3, nodeId: 'lif', field: 'tauMemMs', value: 15 });
  await send({ kind: 'runFor', requestId: 4, durationMs: 700 });
  expect(host.events.filter((e) => e.kind === 'error')).toEqual([]);
  expect(host.created).toHaveLength(1);

  const reference = createReferenceRunner(planOf(lifVersusLi()));
  const first = reference.advance(300).probes[0]!.values![0]!;
  expect(reference.updatePlan!(planOf(lifVersusLi({ tauMemMs: 15 })))).toBe(true);
  const rest = reference.advance(700).probes[0]!.values![0]!;
  const expected = new Float32Array(1000);
  expected.set(first);
  expected.set(rest, 300);
  expect(concatTrace(host.samples(), 'pLif')).toEqual(expected);
  // The edit mattered: the unedited run differs after step 300.
  const unedited = createReferenceRunner(planOf(lifVersusLi())).advance(1000).probes[0]!
    .values![0]!;
  expect(expected).not.toEqual(unedited);
});

it('wasm-simd keeps its runner across instant-mode re-loads of the same structure', async () => {
  const { host, send } = await registrySession('wasm-simd', lifVersusLi());
  await send({ kind: 'runFor', requestId: 2, durationMs: 1000, fromStart: true });
  const loaded = host.events.find((e) => e.kind === 'loaded');
  await send({ kind: 'load', requestId: 3, document: lifVersusLi({ tauMemMs: 25 }) });
  const before = host.events.length;
  await send({ kind: 'runFor', requestId: 4, durationMs: 1000, fromStart: true });
  const samples = host.samples().filter((s) => host.events.indexOf(s) >= before);
  const expected = createReferenceRunner(planOf(lifVersusLi({ tauMemMs: 25 }))).advance(1000);
  expect(concatTrace(samples, 'pLif')).toEqual(expected.probes[0]!.values![0]!);
  expect(loaded).toMatchObject({ backend: 'wasm-simd' });
  expect(host.created).toHaveLength(1);
});
