import type {
  CircuitDocument,
  CircuitNode,
  PopulationNode,
  ProbeEdge,
  ProjectionEdge,
} from '../schema/types';
import { streamSeed } from '../models/rng';
import { buildGenerator } from './buildGenerators';
import { buildUnitArrays, layoutUnits } from './buildUnits';
import { buildWeights, synapseCount } from './buildWeights';
import { DiagnosticList, edgeName, nodeLabel } from './diagnostics';
import { LARGE_RECORDING_SAMPLES, MAX_HISTORY_VALUES, MAX_SYNAPSES, MAX_UNITS } from './limits';
import { hasNeurons, isGenerator, isPopulation, isProbe } from './nodeKinds';
import { resolveSettings } from './settings';
import type { CompileOptions, CompileResult, Plan, ProbePlan, ProjectionPlan } from './types';
import { computeUpdateOrder } from './updateOrder';
import type { CheckedProbe, CheckedProjection } from './validateEdges';
import { validateProbes, validateProjections } from './validateEdges';
import { validateNodes } from './validateNodes';

/**
 * Circuit document → plan. Never throws on user data: every problem is a coded diagnostic
 * naming the nodes and edges involved; a plan is returned only when there is no error.
 */
export function compile(doc: CircuitDocument, options: CompileOptions = {}): CompileResult {
  const diags = new DiagnosticList();
  const settings = resolveSettings(doc, options, diags);
  const nodes: CircuitNode[] = Array.isArray(doc.nodes) ? doc.nodes : [];
  const edges = Array.isArray(doc.edges) ? doc.edges : [];
  validateNodes(nodes, diags);
  const nodesById = new Map<string, CircuitNode>();
  for (const node of nodes) if (!nodesById.has(node.id)) nodesById.set(node.id, node);

  const projectionEdges = edges.filter((e): e is ProjectionEdge => e.kind === 'projection');
  const probeEdges = edges.filter((e): e is ProbeEdge => e.kind === 'probe');
  for (const e of edges as { kind: unknown; id: string }[]) {
    if (e.kind !== 'projection' && e.kind !== 'probe') {
      diags.error('UNKNOWN_KIND', `Connection "${e.id}" has an unknown kind.`, [], [e.id]);
    }
  }
  const projections = validateProjections(projectionEdges, nodesById, diags);
  const probes = validateProbes(nodes.filter(isProbe), probeEdges, nodesById, diags);
  if (diags.hasErrors || !settings) return { ok: false, diagnostics: diags.items };

  if (!checkSizeLimits(nodes, projections, diags)) return { ok: false, diagnostics: diags.items };

  const populations = nodes.filter(isPopulation);
  const popIndex = new Map(populations.map((p, k) => [p.id, k]));
  const { order, closesLoop, loopPaths } = computeUpdateOrder(
    populations.length,
    projections.map((p) => ({
      source: popIndex.get(p.source.id) ?? -1,
      target: popIndex.get(p.target.id)!,
    })),
  );
  const delays = projections.map((p, k) => (closesLoop[k] ? 1 : 0) + p.edge.delaySteps);
  const { offsets, unitCount } = layoutUnits(nodes);
  const historySteps = delays.reduce((m, d) => Math.max(m, d), 0) + 1;
  if (historySteps * unitCount > MAX_HISTORY_VALUES) {
    diags.error(
      'CIRCUIT_TOO_LARGE',
      `Delays up to ${historySteps - 1} steps on ${unitCount} neurons need ${historySteps * unitCount} stored values; the limit is ${MAX_HISTORY_VALUES}. Shorten the longest delays.`,
      [],
      projections.filter((_, k) => delays[k] === historySteps - 1).map((p) => p.edge.id),
    );
    return { ok: false, diagnostics: diags.items };
  }

  loopPaths.forEach((path, k) => {
    const p = projections[k]!;
    const names = path.map((i) => nodeLabel(populations[i]!));
    const loop = [...names, names[0]!].join(' → ');
    const what =
      path.length === 1 ? `feeds ${names[0]} back into itself` : `closes the loop ${loop}`;
    diags.add(
      'LOOP_DELAYED',
      'info',
      `The ${edgeName(p.edge, nodesById)} ${what}, so it delivers one step later (as Norse's recurrent cells do)${p.edge.delaySteps > 0 ? `, plus its ${p.edge.delaySteps}-step delay` : ''}.`,
      path.map((i) => populations[i]!.id),
      [p.edge.id],
    );
  });

  const probePlans = probes.map((p) => buildProbe(p, offsets.get(p.target.id)!));
  warnLargeRecording(probePlans, settings.steps, diags);

  const projectionPlans: ProjectionPlan[] = projections.map((p, k) => ({
    edgeId: p.edge.id,
    sourceId: p.source.id,
    targetId: p.target.id,
    sourceOffset: offsets.get(p.source.id)!,
    sourceSize: p.source.size,
    targetOffset: offsets.get(p.target.id)!,
    targetSize: p.target.size,
    closesLoop: closesLoop[k]!,
    delaySteps: delays[k]!,
    weights: buildWeights(
      p.edge.rule,
      p.source.size,
      p.target.size,
      streamSeed(settings.seed, p.edge.seed, p.edge.id),
    ),
  }));

  const plan: Plan = {
    dtMs: settings.dtMs,
    steps: settings.steps,
    inputOrder: settings.inputOrder,
    unitCount,
    ...buildUnitArrays(populations, offsets, unitCount, settings.dtMs, settings.seed),
    generators: nodes
      .filter(isGenerator)
      .map((g) => buildGenerator(g, offsets.get(g.id)!, settings.dtMs, settings.seed)),
    populations: order.map((k) => {
      const pop: PopulationNode = populations[k]!;
      return {
        nodeId: pop.id,
        label: pop.label,
        kind: pop.kind,
        offset: offsets.get(pop.id)!,
        size: pop.size,
        inputs: projectionPlans.flatMap((p, j) => (p.targetId === pop.id ? [j] : [])),
      };
    }),
    projections: projectionPlans,
    probes: probePlans,
    historySteps,
  };
  return { ok: true, plan, diagnostics: diags.items };
}

function checkSizeLimits(
  nodes: readonly CircuitNode[],
  projections: readonly CheckedProjection[],
  diags: DiagnosticList,
): boolean {
  const units = nodes.reduce((sum, n) => sum + (hasNeurons(n) ? n.size : 0), 0);
  if (units > MAX_UNITS) {
    diags.error(
      'CIRCUIT_TOO_LARGE',
      `The circuit has ${units} neurons (generators included); the limit is ${MAX_UNITS}. Make populations smaller.`,
      nodes.filter(hasNeurons).map((n) => n.id),
    );
    return false;
  }
  const synapses = projections.reduce(
    (sum, p) => sum + synapseCount(p.edge.rule, p.source.size, p.target.size),
    0,
  );
  if (synapses > MAX_SYNAPSES) {
    diags.error(
      'CIRCUIT_TOO_LARGE',
      `The projections hold ${synapses} synapses (all-to-all, matrix and random count pre × post); the limit is ${MAX_SYNAPSES}. Use smaller populations or one-to-one rules.`,
      [],
      projections.map((p) => p.edge.id),
    );
    return false;
  }
  return true;
}

function buildProbe(p: CheckedProbe, targetOffset: number): ProbePlan {
  const neurons =
    p.probe.neurons === 'all'
      ? Int32Array.from({ length: p.target.size }, (_, k) => k)
      : Int32Array.from(p.probe.neurons);
  return {
    probeId: p.probe.id,
    label: p.probe.label,
    targetId: p.target.id,
    variable: p.probe.variable,
    neurons,
    targetOffset,
  };
}

function warnLargeRecording(
  probes: readonly ProbePlan[],
  steps: number,
  diags: DiagnosticList,
): void {
  const perStep = probes.reduce((n, p) => n + (p.variable === 'spikes' ? 0 : p.neurons.length), 0);
  if (perStep * steps > LARGE_RECORDING_SAMPLES) {
    diags.add(
      'LARGE_RECORDING',
      'warning',
      `The probes record ${perStep} values per step for ${steps} steps (${perStep * steps} samples); a full run keeps them all in memory. Probe fewer neurons or shorten the run.`,
      probes.map((p) => p.probeId),
    );
  }
}
