/** When inputs arrive, shared by the exporters (see MODELS.md, "Connections between populations"). */
import type { InputOrder } from '../schema';
import type { CurrentSource, ExportModel, ExportProjection } from './model';

const fround = Math.fround;

/**
 * Does the input slot of `p`'s target see the source's spikes of this step? Generators fire
 * first; a population updated earlier in the step has fired; in the norse-0.0.7 order the input
 * joins after the target's own update, so its own spikes of this step are out too.
 */
export function sourceSeesThisStep(model: ExportModel, p: ExportProjection): boolean {
  if (p.sourceKind !== 'population') return true;
  const order = model.populations.map((q) => q.id);
  const source = order.indexOf(p.source);
  const target = order.indexOf(p.target);
  return model.inputOrder === 'norse-1.1' ? source < target : source <= target;
}

/** A constant current into a population: per-neuron value, on in steps [firstStep, stopStep). */
export interface CurrentInput {
  projectionId: string;
  values: number[];
  firstStep: number;
  stopStep: number | null;
}

/** The constant-current inputs of a population: amplitude × W summed as the engine does (float32). */
export function currentInputs(model: ExportModel, populationId: string): CurrentInput[] {
  const out: CurrentInput[] = [];
  for (const p of model.projections) {
    if (p.target !== populationId || p.sourceKind !== 'current') continue;
    const source = model.sources.find((s): s is CurrentSource => s.id === p.source)!;
    const values = new Float32Array(p.targetSize);
    p.pre.forEach((_, k) => {
      const post = p.post[k]!;
      values[post] = fround(values[post]! + fround(source.amplitude * p.w[k]!));
    });
    out.push({
      projectionId: p.id,
      values: Array.from(values),
      firstStep: source.startStep + p.delaySteps,
      stopStep: source.stopStep === null ? null : source.stopStep + p.delaySteps,
    });
  }
  return out;
}

/** One line on the order this simulation uses. */
export function orderNote(order: InputOrder): string {
  return order === 'norse-1.1'
    ? 'This circuit uses the norse-1.1 order (current Norse): an input moves v in the step it arrives.'
    : 'This circuit uses the norse-0.0.7 order (the seed notebook): an input moves v one step later.';
}
