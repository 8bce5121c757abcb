/**
 * Circuit → a runnable Brian2 script that reproduces the engine's simulation: the same
 * coefficients, connectivity, weights and generator spikes (all taken from the engine), the
 * chosen Norse input order realised by the network schedule, and `spikeboard run --format json`
 * output when given a path.
 */
import type { CircuitDocument } from '../schema';
import { BRIAN2_HELPERS, BRIAN2_IMPORTS, BRIAN2_OUTPUT } from './brian2Prelude';
import { joinParts, MAIN_BLOCK } from './scriptCommon';
import { currentInputs, orderNote, sourceSeesThisStep } from './timing';
import { buildExportModel, compact, type ExportModel, type ExportProjection } from './model';
import { pyComment, pyList, pyNumber, pyString, pyValues } from './python';

export function exportBrian2(doc: CircuitDocument): string {
  const model = buildExportModel(doc);
  return joinParts([
    header(model),
    BRIAN2_IMPORTS,
    settings(model),
    BRIAN2_HELPERS,
    probesTable(model),
    runFunction(model),
    BRIAN2_OUTPUT,
    MAIN_BLOCK,
  ]);
}

function header(model: ExportModel): string {
  return `#!/usr/bin/env python3
"""${model.name.replaceAll('\\', '\\\\').replaceAll('"""', '\\"\\"\\"')}

A Spikeboard circuit as a Brian2 script (method='euler', NumPy code generation).

    python3 this_script.py            run it and plot the probes (needs matplotlib)
    python3 this_script.py out.json   run it and save the probe traces as JSON, in the layout
                                      of \`spikeboard run --format json\`

Per step, with a = dt*tau_mem_inv, b = dt*tau_syn_inv and x the input arriving this step:
    norse-1.1:    i += x; v += a*((v_leak - v) + i); i -= b*i; spike if v > v_th, then v = v_reset
    norse-0.0.7:  v += a*((v_leak - v) + i); i -= b*i; spike if v > v_th, then v = v_reset; i += x
${orderNote(model.inputOrder)}
Generator spikes, connectivity and weights are the engine's own (exported as arrays), so this
is the same network. Brian2 computes in float64 and Spikeboard in float32: potentials agree to
about 1e-6 and the spike steps are the same.
"""`;
}

function settings(model: ExportModel): string {
  return `CIRCUIT = ${pyString(model.name)}
INPUT_ORDER = ${pyString(model.inputOrder)}
DT_MS = ${pyNumber(model.dtMs)}
DT = DT_MS * ms
STEPS = ${model.steps}
defaultclock.dt = DT`;
}

function probesTable(model: ExportModel): string {
  const rows = model.probes.map(
    (p) =>
      `    {'id': ${pyString(p.id)}, 'label': ${pyString(p.label)}, 'target': ${pyString(p.target)},\n` +
      `     'variable': ${pyString(p.variable)}, 'neurons': ${pyList(p.neurons, '         ')}},`,
  );
  return `PROBES = [\n${rows.join('\n')}\n]`;
}

function runFunction(model: ExportModel): string {
  const slotOf = new Map(model.populations.map((p, k) => [p.id, k]));
  const lines: string[] = ['def run():', '    groups = {}'];
  const spikeSources = model.sources.filter((s) => s.kind === 'spikes');
  if (spikeSources.length > 0) lines.push('', '    # Generators: the engine’s spike trains.');
  spikeSources.forEach((s, k) => {
    lines.push(
      `    groups[${pyString(s.id)}] = spike_source(  # ${s.label}`,
      `        'source_${k}', ${s.size},`,
      `        neurons=${pyList(s.neurons, '            ')},`,
      `        steps=${pyList(s.steps, '            ')})`,
    );
  });
  lines.push('', '    # Populations in Spikeboard’s update order.');
  model.populations.forEach((p, k) => {
    const currents = currentInputs(model, p.id);
    const args = [
      `'population_${k}', ${k}, ${pyString(p.kind)}, ${p.size}`,
      `a=${pyValues(p.a, '        ')}`,
      `b=${pyValues(p.b, '        ')}`,
      `v_leak=${pyValues(p.vLeak, '        ')}`,
      `v_init=${pyValues(p.vInit, '        ')}`,
    ];
    if (p.kind === 'lif') {
      args.push(`v_th=${pyValues(p.vTh, '        ')}`, `v_reset=${pyValues(p.vReset, '        ')}`);
    }
    if (currents.length > 0) {
      const items = currents.map(
        (c) =>
          `(${pyList(c.values, '            ')}, ${c.firstStep}, ${c.stopStep === null ? 'None' : c.stopStep})`,
      );
      args.push(`currents=[${items.join(', ')}]`);
    }
    lines.push(
      pyComment(
        `${p.label}: ${p.kind.toUpperCase()}, ${p.size} neuron(s); Norse tau_mem_inv = ${describe(p.tauMemInvPerS)} 1/s, tau_syn_inv = ${describe(p.tauSynInvPerS)} 1/s`,
        '    ',
      ),
      `    groups[${pyString(p.id)}] = population(`,
      `        ${args.join(',\n        ')})`,
    );
  });
  lines.push(
    '',
    '    # Projections W[post, pre], in the order Spikeboard sums them.',
    '    synapses = []',
  );
  model.projections.forEach((p, k) => {
    if (p.sourceKind === 'current') return;
    const note = synapseNote(model, p);
    if (p.pre.length === 0) {
      lines.push(`    # ${p.id}: no synapses (every weight is 0)`);
      return;
    }
    lines.push(
      pyComment(note, '    '),
      `    synapses.append(projection(`,
      `        'projection_${k}', groups[${pyString(p.source)}], groups[${pyString(p.target)}], ${slotOf.get(p.target)!},`,
      `        pre=${pyList(p.pre, '            ')},`,
      `        post=${pyList(p.post, '            ')},`,
      `        w=${pyValues(compact(p.w), '            ')},`,
      `        delay_steps=${brianDelay(model, p)}))`,
    );
  });
  lines.push(
    '',
    '    monitors = record(groups, PROBES)',
    '    network = Network(*groups.values(), *synapses, *monitors.values())',
    `    network.schedule = schedule(${model.populations.length})`,
    '    network.run(STEPS * DT)',
    '    return monitors',
  );
  return lines.join('\n');
}

function describe(values: number | number[]): string {
  return typeof values === 'number' ? pyNumber(values) : 'per neuron';
}

/** Brian's delay: the engine's delay less the step a slot that sees last step's spikes adds. */
function brianDelay(model: ExportModel, p: ExportProjection): number {
  return sourceSeesThisStep(model, p) ? p.delaySteps : p.delaySteps - 1;
}

function synapseNote(model: ExportModel, p: ExportProjection): string {
  const loop = p.closesLoop ? 'closes a loop: arrives one step later' : 'feed-forward: same step';
  const extra = p.delaySteps - (p.closesLoop ? 1 : 0);
  const delay = extra > 0 ? `, plus a ${extra}-step delay` : '';
  const seen = sourceSeesThisStep(model, p)
    ? ''
    : " (the input slot sees the previous step's spikes)";
  return `${p.id}: ${p.source} → ${p.target}, ${p.pre.length} synapse(s); ${loop}${delay}${seen}`;
}
