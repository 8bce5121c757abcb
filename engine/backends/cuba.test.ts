/**
 * The CUBA example (assets/examples/cuba.spikeboard): 4,000 LIF neurons, 80 % excitatory,
 * random connectivity p = 0.02. It parses, is stored canonically, the fast backend reproduces
 * the reference exactly, and the network fires at about 15 spikes/s per neuron, as the
 * Vogels–Abbott benchmark does.
 */
import { describe, expect, it } from 'vitest';
import cubaText from '../../assets/examples/cuba.spikeboard?raw';
import { compile } from '../compile';
import { parseCircuitJson, serializeCircuit } from '../schema';
import { createReferenceRunner } from './reference';
import { createRunner } from './registry';

const parsed = parseCircuitJson(cubaText);

describe('CUBA example', () => {
  it('parses and is stored canonically', () => {
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(serializeCircuit(parsed.document)).toBe(cubaText);
  });

  it('runs exactly like the reference on wasm-simd, at about 15 spikes/s per neuron', async () => {
    if (!parsed.ok) throw new Error('does not parse');
    const compiled = compile(parsed.document);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    const plan = compiled.plan;
    expect(plan.populations.map((p) => p.size)).toEqual([3200, 800]);
    const fast = await createRunner(plan, 'wasm-simd');
    const head = 2000; // 200 ms on the (slow) reference
    expect(await fast.advance(head)).toEqual(createReferenceRunner(plan).advance(head));
    const rest = await fast.advance(plan.steps - head);
    fast.reset();
    const whole = await fast.advance(plan.steps);
    fast.dispose();
    const spikes = (chunk: typeof whole) =>
      chunk.probes.flatMap((p) => p.spikeSteps ?? []).reduce((sum, list) => sum + list.length, 0);
    expect(spikes(rest)).toBeGreaterThan(0);
    const rateHz = spikes(whole) / 4000 / ((plan.steps * plan.dtMs) / 1000);
    expect(rateHz).toBeGreaterThan(10);
    expect(rateHz).toBeLessThan(20);
  }, 120_000);
});
