/**
 * NaN and ±Infinity: after every chunk the runner's whole state is checked (every population,
 * probed or not: `BackendRunner.findNonFinite`, one pass over v and i), and the probed samples
 * too. When the state holds one, the run is replayed from step 0 (runners are deterministic) in
 * ever finer pieces to find the first step that stored it, then brought back to where it was;
 * the run is paused with a `halted` event naming population, neuron, variable and step.
 *
 * A replay is only faithful when nothing changed the numbers since step 0 (a live edit), and
 * only worth it when it is quick: otherwise the event names the step where the run noticed and
 * says so (`approximate`). A probed neuron's samples give its exact step either way.
 */
import type { BackendRunner, NonFiniteUnit, SampleChunk } from '../backends/types';
import type { Plan } from '../compile';
import type { HaltedEvent } from '../protocol/messages';
import { isActivityProbe } from './activity';

export type NonFinite = Omit<HaltedEvent, 'kind' | 'requestId' | 'currentStep'>;

/** How long finding the first step may take (replaying), estimated before starting. */
export const LOCATE_BUDGET_MS = 1500;
/** Pieces per refinement of the replay (levels = log_16 of the chunk length). */
const PIECES = 16;

function describe(value: number): NonFinite['value'] {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

/** The earliest non-finite probed sample of the chunk (ties: plan probe order, then neuron). */
export function findNonFiniteSample(plan: Plan, chunk: SampleChunk): NonFinite | null {
  let found: NonFinite | null = null;
  plan.probes.forEach((probe, k) => {
    // The node cards' hidden probes are not the user's: the state check covers those neurons.
    if (probe.variable === 'spikes' || isActivityProbe(probe)) return;
    const values = chunk.probes[k]?.values ?? [];
    values.forEach((trace, j) => {
      const limit = found === null ? chunk.stepCount : found.step - chunk.startStep;
      for (let s = 0; s < limit; s++) {
        const value = trace[s]!;
        if (Number.isFinite(value)) continue;
        const population = plan.populations.find((p) => p.nodeId === probe.targetId);
        found = {
          populationId: probe.targetId,
          populationLabel: population?.label ?? probe.targetId,
          probeId: probe.probeId,
          variable: probe.variable as 'v' | 'i',
          neuron: probe.neurons[j]!,
          step: chunk.startStep + s,
          value: describe(value),
        };
        return;
      }
    });
  });
  return found;
}

/** The event's fields for a non-finite unit of the state at `step`. */
export function describeUnit(plan: Plan, unit: NonFiniteUnit, step: number): NonFinite {
  const pop = plan.populations.find((p) => unit.unit >= p.offset && unit.unit < p.offset + p.size)!;
  const neuron = unit.unit - pop.offset;
  const probe = plan.probes.find(
    (p) =>
      !isActivityProbe(p) &&
      p.targetId === pop.nodeId &&
      p.variable === unit.variable &&
      p.neurons.includes(neuron),
  );
  return {
    populationId: pop.nodeId,
    populationLabel: pop.label,
    probeId: probe?.probeId ?? null,
    variable: unit.variable,
    neuron,
    step,
    value: describe(unit.value),
  };
}

/**
 * Replays `runner` (now at `toStep`, its state non-finite; finite at `fromStep`) to find the first
 * step whose state is non-finite, and leaves it at `toStep` again. Null when the replay does not
 * go non-finite where the run did (it cannot be the same run).
 */
export async function locateFirstNonFinite(
  runner: BackendRunner,
  fromStep: number,
  toStep: number,
): Promise<{ step: number; unit: NonFiniteUnit } | null> {
  let lo = fromStep; // the state after `lo` steps is finite
  let hi = toStep; // the state after `hi` steps is not
  runner.reset();
  await runner.advance(lo);
  let found: NonFiniteUnit | null = null;
  while (hi - lo >= 1 && found === null) {
    const size = Math.ceil((hi - lo) / PIECES);
    let pos = lo;
    let bad: NonFiniteUnit | null = null;
    while (pos < hi && bad === null) {
      await runner.advance(Math.min(size, hi - pos));
      pos = runner.currentStep;
      bad = runner.findNonFinite();
      if (bad === null) lo = pos;
    }
    if (bad === null) {
      await runner.advance(toStep - runner.currentStep);
      return null;
    }
    hi = pos;
    if (hi - lo === 1) found = bad;
    else {
      runner.reset();
      await runner.advance(lo);
    }
  }
  await runner.advance(toStep - runner.currentStep);
  return found === null ? null : { step: hi - 1, unit: found };
}

/** What the stepper knows when a chunk ends. */
export interface ChunkCheck {
  plan: Plan;
  runner: BackendRunner;
  chunk: SampleChunk;
  /** Whether a replay from step 0 repeats this run (no live edit since step 0). */
  replayable: boolean;
  /** The runner's recent speed, for the replay's cost. */
  msPerStep: number;
}

/** The first non-finite value this chunk produced anywhere, or null (see the file comment). */
export async function checkChunk(c: ChunkCheck): Promise<NonFinite | null> {
  const { plan, runner, chunk } = c;
  const inSamples = findNonFiniteSample(plan, chunk);
  const inState = runner.findNonFinite();
  if (inState === null) return inSamples;
  const end = runner.currentStep;
  const levels = Math.max(1, Math.ceil(Math.log(Math.max(2, chunk.stepCount)) / Math.log(PIECES)));
  const cost = levels * (end + PIECES) * c.msPerStep;
  if (c.replayable && cost <= LOCATE_BUDGET_MS) {
    const located = await locateFirstNonFinite(runner, chunk.startStep, end);
    if (located !== null) {
      const first = describeUnit(plan, located.unit, located.step);
      return inSamples !== null && inSamples.step < first.step ? inSamples : first;
    }
  }
  if (inSamples !== null) return inSamples;
  return { ...describeUnit(plan, inState, end - 1), approximate: true };
}
