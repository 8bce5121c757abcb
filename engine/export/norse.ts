/**
 * Circuit → a runnable Norse (PyTorch, float32) script: Norse's own LIF and LI step functions
 * with the circuit's parameters, the engine's weights and generator spikes, the engine's update
 * order and delays; it plots the probes, or saves them as `spikeboard run --format json`.
 */
import type { CircuitDocument } from '../schema';
import { buildExportModel, compact, type ExportModel, type ExportPopulation } from './model';
import { NORSE_HELPERS, NORSE_IMPORTS, NORSE_LOOP } from './norsePrelude';
import { pyComment, pyList, pyNumber, pyString, pyValues } from './python';
import { joinParts, MAIN_BLOCK } from './scriptCommon';

export function exportNorse(doc: CircuitDocument): string {
  const model = buildExportModel(doc);
  return joinParts([
    header(model),
    NORSE_IMPORTS,
    settings(model),
    NORSE_HELPERS,
    probesTable(model),
    runFunction(model),
    NORSE_LOOP,
    MAIN_BLOCK,
  ]);
}

function orderText(model: ExportModel): string {
  const assumes = `This script assumes current Norse (1.x), whose LIF and LI steps add the input to the
synaptic current before the membrane update (Spikeboard's norse-1.1 order):
    i' = i + x;  v* = v + dt*tau_mem_inv*((v_leak - v) + i');  i = i' - dt*tau_syn_inv*i'
    z = (v* - v_th) > 0;  v = v_reset where z else v*`;
  if (model.inputOrder === 'norse-1.1') {
    return `${assumes}\nThe circuit uses that order too: the script feeds each step's input as it arrives.`;
  }
  return `${assumes}
The circuit uses the norse-0.0.7 order (the seed notebook's Norse 0.0.7, where the input joins
the current after the membrane update, so it first moves v one step later). The script converts:
each population gets its input one step late, which gives the same v and spikes bit for bit,
and the recorded i adds the step's own input (0.0.7's i(t) = current Norse's i(t) + x(t)).`;
}

function header(model: ExportModel): string {
  return `#!/usr/bin/env python3
"""${model.name.replaceAll('\\', '\\\\').replaceAll('"""', '\\"\\"\\"')}

A Spikeboard circuit as a Norse script (https://github.com/norse/norse; PyTorch, float32).

    python3 this_script.py            run it and plot the probes (needs matplotlib)
    python3 this_script.py out.json   run it and save the probe traces as JSON, in the layout
                                      of \`spikeboard run --format json\`

${orderText(model)}

Generator spikes (Poisson and regular ones included), connectivity and weights are the
engine's own, exported as arrays. A feed-forward projection delivers in the same step (as in
Norse's SequentialState), one that closes a loop one step later (as a recurrent cell's
W_rec z(t-1)), plus its delay. Potentials match Spikeboard's to the last bit where at most one
input reaches a neuron per step; where several do, torch may sum them in another order
(float32 rounding, about 1e-7).
"""`;
}

function settings(model: ExportModel): string {
  return `CIRCUIT = ${pyString(model.name)}
INPUT_ORDER = ${pyString(model.inputOrder)}
DT_MS = ${pyNumber(model.dtMs)}
DT = DT_MS / 1000  # Norse's dt, in seconds
STEPS = ${model.steps}`;
}

function probesTable(model: ExportModel): string {
  const rows = model.probes.map(
    (p) =>
      `    {'id': ${pyString(p.id)}, 'label': ${pyString(p.label)}, 'target': ${pyString(p.target)},\n` +
      `     'variable': ${pyString(p.variable)}, 'neurons': ${pyList(p.neurons, '         ')}},`,
  );
  return `PROBES = [\n${rows.join('\n')}\n]`;
}

function population(p: ExportPopulation, k: number): string[] {
  const ind = '        ';
  const args = [
    `${pyString(p.id)}, ${p.size}`,
    `tau_mem_inv=${pyValues(p.tauMemInvPerS, ind)}`,
    `tau_syn_inv=${pyValues(p.tauSynInvPerS, ind)}`,
    `v_leak=${pyValues(p.vLeak, ind)}`,
  ];
  if (p.kind === 'lif') {
    args.push(`v_th=${pyValues(p.vTh, ind)}`, `v_reset=${pyValues(p.vReset, ind)}`);
  }
  args.push(`v_init=${pyValues(p.vInit, ind)}`);
  return [
    pyComment(
      `${k + 1}. ${p.label} (${p.kind.toUpperCase()}, ${p.size} neuron(s)): τmem ${describeMs(p.tauMemMs)}, τsyn ${describeMs(p.tauSynMs)}; tau_inv = 1000 / τ(ms) in 1/s`,
      '    ',
    ),
    `    populations.append(${p.kind}(`,
    `        ${args.join(',\n        ')}))`,
  ];
}

function runFunction(model: ExportModel): string {
  const lines: string[] = ['def run():', '    sources = {}'];
  for (const s of model.sources) {
    lines.push(pyComment(`${s.label}`, '    '));
    if (s.kind === 'spikes') {
      lines.push(
        `    sources[${pyString(s.id)}] = spike_train(`,
        `        ${s.size},`,
        `        neurons=${pyList(s.neurons, '            ')},`,
        `        steps=${pyList(s.steps, '            ')})`,
      );
    } else {
      const stop = s.stopStep === null ? 'None' : String(s.stopStep);
      lines.push(
        `    sources[${pyString(s.id)}] = current(${s.size}, ${pyNumber(s.amplitude)}, ${s.startStep}, ${stop})`,
      );
    }
  }
  lines.push('', '    # Populations in Spikeboard’s update order.', '    populations = []');
  model.populations.forEach((p, k) => lines.push(...population(p, k)));
  lines.push(
    '    by_id = {pop["id"]: pop for pop in populations}',
    '',
    '    # Projections W[post, pre], in the order Spikeboard sums them.',
  );
  for (const p of model.projections) {
    const loop = p.closesLoop ? ' (closes a loop: one step later)' : '';
    lines.push(
      pyComment(`${p.id}: ${p.source} → ${p.target}, ${p.pre.length} synapse(s)${loop}`, '    '),
      `    by_id[${pyString(p.target)}]['inputs'].append(Projection(`,
      `        ${pyString(p.source)}, (${p.targetSize}, ${p.sourceSize}),`,
      `        pre=${pyList(p.pre, '            ')},`,
      `        post=${pyList(p.post, '            ')},`,
      `        w=${pyValues(compact(p.w), '            ')},`,
      `        delay_steps=${p.delaySteps}))`,
    );
  }
  const depth = model.projections.reduce((m, p) => Math.max(m, p.delaySteps), 0) + 1;
  lines.push('', `    return simulate(sources, populations, ${depth})`);
  return lines.join('\n');
}

function describeMs(values: number | number[]): string {
  return typeof values === 'number' ? `${pyNumber(values)} ms` : 'per neuron (ms)';
}
