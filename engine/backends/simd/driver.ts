/**
 * The per-plan driver of the `wasm-simd` backend: a WebAssembly function `run(t0, steps)`
 * generated for one plan, with every address baked in, that runs a block of steps without
 * returning to JavaScript. One step t, in the reference's order:
 *
 *   slot = t mod historySteps
 *   per population (update order):
 *     x = 0; per incoming projection (document order) reading its source at t − delay ≥ 0:
 *       spikes of a population (its spike list of that slot) or a generator's output row;
 *     model step (spikes → the list of `slot`, their count stored);
 *     record the spike list when the population's spikes are probed
 *   record the probed v and i values
 */
import type { Plan } from '../../compile/types';
import { F32, FunctionBuilder, I32, assembleModule } from './assembler';
import { kernelFunctions, modelName, sparseName } from './kernels';
import type { InputLayout, MemoryLayout, PopulationLayout } from './layout';

export function driverModuleBytes(plan: Plan, layout: MemoryLayout): Uint8Array {
  const functions = kernelFunctions();
  const index = new Map([...functions.keys()].map((name, k) => [name, k]));
  const call = (f: FunctionBuilder, name: string) => f.op('call', index.get(name)!);
  const f = new FunctionBuilder(
    [
      ['t0', I32],
      ['steps', I32],
    ],
    [],
  );
  for (const name of ['s', 't', 'slot', 'from', 'k']) f.local(name, I32);
  f.local('xs', F32);
  f.local('val', F32);
  const depth = plan.historySteps;
  const i32 = (value: number) => f.op('i32.const', value);

  /** Pushes base + slotLocal · stride. */
  const slotted = (base: number, slot: string, stride: number) =>
    i32(base).get(slot).op('i32.const', stride).op('i32.mul').op('i32.add');

  const deliver = (pop: PopulationLayout, input: InputLayout): void => {
    const delay = input.plan.delaySteps;
    const w = input.weights;
    f.op('block');
    f.get('t').op('i32.const', delay).op('i32.lt_s').op('br_if', 0);
    if (input.source.kind === 'population') {
      const src = layoutOfPopulation(input.source.index);
      f.get('t').op('i32.const', delay).op('i32.sub');
      i32(depth).op('i32.rem_u').set('from');
      slotted(src.lists, 'from', src.listBytes);
      slotted(src.counts, 'from', 4).op('i32.load');
      if (w.kind === 'diagonal') {
        i32(w.w).op('i32.const', pop.x!);
        call(f, 'diagonal_spikes');
      } else if (w.kind === 'dense') {
        i32(w.wt).op('i32.const', w.rowBytes).op('i32.const', pop.x!);
        call(f, 'dense_spikes');
      } else {
        i32(w.colStart).op('i32.const', w.post);
        if (w.uniform !== null) i32(w.uniformAt).op('f32.load');
        else i32(w.w);
        i32(pop.x!);
        call(f, sparseName('spikes', w.uniform !== null, w.post16));
      }
    } else {
      const gen = layout.generators[input.source.index]!;
      // row of step t − delay: s − delay + historyRows
      f.get('s').op('i32.const', delay).op('i32.sub').op('i32.const', layout.historyRows);
      f.op('i32.add').set('from');
      slotted(gen.rows, 'from', gen.rowBytes);
      const stride = gen.uniform ? 0 : 4;
      if (pop.x === null) {
        // x is one value for all neurons: add this projection's term(s) to it.
        f.op('f32.load').set('val');
        f.get('val').op('f32.const', 0).op('f32.ne').op('if');
        const repeats = w.kind === 'dense' ? input.plan.sourceSize : 1;
        i32(repeats).set('k');
        f.op('loop');
        f.get('xs').get('val');
        i32(w.uniformAt).op('f32.load').op('f32.mul').op('f32.add').set('xs');
        f.get('k').op('i32.const', 1).op('i32.sub').tee('k').op('br_if', 0);
        f.op('end');
        f.op('end');
      } else {
        i32(input.plan.sourceSize).op('i32.const', stride);
        if (w.kind === 'diagonal') {
          i32(w.w).op('i32.const', pop.x);
          call(f, 'diagonal_values');
        } else if (w.kind === 'dense') {
          i32(w.wt).op('i32.const', w.rowBytes).op('i32.const', pop.x);
          call(f, 'dense_values');
        } else {
          i32(w.colStart).op('i32.const', w.post);
          if (w.uniform !== null) i32(w.uniformAt).op('f32.load');
          else i32(w.w);
          i32(pop.x);
          call(f, sparseName('values', w.uniform !== null, w.post16));
        }
      }
    }
    f.op('end');
  };

  const layoutOfPopulation = (k: number) => layout.populations[k]!;
  const order = plan.inputOrder === 'norse-1.1' ? '11' : '007';

  f.op('i32.const', 0).set('s');
  f.op('block').op('loop');
  f.get('s').get('steps').op('i32.ge_u').op('br_if', 1);
  f.get('t0').get('s').op('i32.add').tee('t');
  i32(depth).op('i32.rem_u').set('slot');
  for (const pop of layout.populations) {
    if (pop.x !== null)
      i32(pop.x).op('i32.const', 0).op('i32.const', pop.listBytes).op('memory.fill');
    else f.op('f32.const', 0).set('xs');
    for (const input of pop.inputs) deliver(pop, input);
    const lif = pop.plan.kind === 'lif';
    // model(v, i, x, list, n, coefficients…) → spike count
    i32(pop.v).op('i32.const', pop.i);
    if (pop.x !== null) i32(pop.x);
    else f.get('xs');
    if (lif) slotted(pop.lists, 'slot', pop.listBytes);
    else i32(0);
    i32(pop.plan.size);
    if (pop.uniform) for (let c = 0; c < 5; c++) i32(pop.uniformAt + 4 * c).op('f32.load');
    else for (const c of pop.coefficients) i32(c);
    call(f, modelName(pop.plan.kind, order, pop.uniform ? 'u' : 'n', pop.x !== null ? 'a' : 's'));
    if (!lif) f.op('drop');
    else {
      f.set('k');
      slotted(pop.counts, 'slot', 4).get('k').op('i32.store');
      if (pop.spikeRecord) {
        const record = pop.spikeRecord;
        slotted(pop.lists, 'slot', pop.listBytes).get('k');
        i32(record.events).op('i32.const', record.total);
        slotted(record.stepCounts, 's', 4);
        call(f, 'record_spikes');
      }
    }
  }
  const values = layout.valueRecord;
  if (values.count > 0) {
    slotted(values.samples, 's', 4 * values.count);
    i32(values.index).op('i32.const', values.count);
    call(f, 'record_values');
  }
  f.get('s').op('i32.const', 1).op('i32.add').set('s');
  f.op('br', 0).op('end').op('end');

  functions.set('run', f);
  return assembleModule(functions);
}
