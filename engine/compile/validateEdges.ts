import type {
  CircuitNode,
  GeneratorNode,
  PopulationNode,
  ProbeNode,
  ProjectionEdge,
  ProbeEdge,
} from '../schema/types';
import type { DiagnosticList } from './diagnostics';
import { edgeName, nodeName } from './diagnostics';
import { isGenerator, isPopulation, isProbe } from './nodeKinds';
import { validateRule } from './validateRule';

/** A projection whose endpoints exist and may be connected (its rule may still be wrong). */
export interface CheckedProjection {
  edge: ProjectionEdge;
  source: GeneratorNode | PopulationNode;
  target: PopulationNode;
}

/** A probe attached to exactly one node that can be recorded. */
export interface CheckedProbe {
  probe: ProbeNode;
  target: GeneratorNode | PopulationNode;
  edge: ProbeEdge;
}

export function validateProjections(
  edges: readonly ProjectionEdge[],
  nodesById: ReadonlyMap<string, CircuitNode>,
  diags: DiagnosticList,
): CheckedProjection[] {
  const checked: CheckedProjection[] = [];
  const byPair = new Map<string, ProjectionEdge>();
  for (const edge of edges) {
    const name = edgeName(edge, nodesById);
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    if (!source || !target) {
      const missing = !source ? edge.source : edge.target;
      diags.error(
        'UNKNOWN_NODE',
        `The ${name} refers to a node "${missing}" that does not exist; delete the connection or reconnect it.`,
        [],
        [edge.id],
      );
      continue;
    }
    const ids = [source.id, target.id];
    let ok = true;
    if (isGenerator(target)) {
      diags.error(
        'EDGE_INTO_GENERATOR',
        `The ${name} points into the generator ${nodeName(target)}; generators only send. Connect it into a population instead.`,
        ids,
        [edge.id],
      );
      ok = false;
    }
    if (isProbe(target)) {
      diags.error(
        'PROJECTION_INTO_PROBE',
        `The ${name} is a projection into the probe ${nodeName(target)}; attach probes with a probe connection instead.`,
        ids,
        [edge.id],
      );
      ok = false;
    }
    if (isProbe(source)) {
      diags.error(
        'PROJECTION_FROM_PROBE',
        `The ${name} starts at the probe ${nodeName(source)}; a probe records and sends nothing. Start it at a generator or a LIF population.`,
        ids,
        [edge.id],
      );
      ok = false;
    }
    if (source.kind === 'li') {
      diags.error(
        'PROJECTION_FROM_LI',
        `The ${name} starts at the LI population ${nodeName(source)}, which has no spikes to send; make the source a LIF population, or probe its v instead.`,
        ids,
        [edge.id],
      );
      ok = false;
    }
    const pair = `${edge.source}\u0000${edge.target}`;
    const earlier = byPair.get(pair);
    if (earlier) {
      diags.error(
        'DUPLICATE_PROJECTION',
        `The projections ${earlier.id} and ${edge.id} both connect ${nodeName(source)} to ${nodeName(target)}; merge them into one (a matrix rule can hold any weights).`,
        ids,
        [earlier.id, edge.id],
      );
      ok = false;
    } else {
      byPair.set(pair, edge);
    }
    if (!ok || isProbe(source) || !isPopulation(target)) continue;
    if (!validateRule(edge, source, target, name, diags)) continue;
    checked.push({ edge, source, target });
  }
  return checked;
}

export function validateProbes(
  probes: readonly ProbeNode[],
  edges: readonly ProbeEdge[],
  nodesById: ReadonlyMap<string, CircuitNode>,
  diags: DiagnosticList,
): CheckedProbe[] {
  const attachments = new Map<string, ProbeEdge[]>();
  for (const edge of edges) {
    const name = edgeName(edge, nodesById);
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    if (!source || !target) {
      const missing = !source ? edge.source : edge.target;
      diags.error(
        'UNKNOWN_NODE',
        `The ${name} refers to a node "${missing}" that does not exist; delete the connection or reconnect it.`,
        [],
        [edge.id],
      );
      continue;
    }
    if (!isProbe(target)) {
      diags.error(
        'PROBE_EDGE_TARGET_NOT_PROBE',
        `The ${name} is a probe connection, but ${nodeName(target)} is not a probe; point it at a probe, or make it a projection.`,
        [source.id, target.id],
        [edge.id],
      );
      continue;
    }
    if (isProbe(source)) {
      diags.error(
        'PROBE_ON_PROBE',
        `The ${name} attaches a probe to the probe ${nodeName(source)}; attach ${nodeName(target)} to a population or generator.`,
        [source.id, target.id],
        [edge.id],
      );
      continue;
    }
    const list = attachments.get(target.id) ?? [];
    list.push(edge);
    attachments.set(target.id, list);
  }

  const checked: CheckedProbe[] = [];
  for (const probe of probes) {
    const attached = attachments.get(probe.id) ?? [];
    const first = attached[0];
    if (!first) {
      diags.error(
        'PROBE_UNATTACHED',
        `The probe ${nodeName(probe)} is attached to nothing; connect it to the population or generator it should record, or delete it.`,
        [probe.id],
      );
      continue;
    }
    if (attached.length > 1) {
      const sources = attached.map((e) => e.source);
      diags.error(
        'PROBE_ATTACHED_TWICE',
        `The probe ${nodeName(probe)} is attached to ${attached.length} nodes (${sources.join(', ')}); a probe records one node. Keep one connection and add another probe for the rest.`,
        [probe.id, ...sources],
        attached.map((e) => e.id),
      );
      continue;
    }
    const target = nodesById.get(first.source) as GeneratorNode | PopulationNode;
    if (validateProbeTarget(probe, target, first, diags))
      checked.push({ probe, target, edge: first });
  }
  return checked;
}

function validateProbeTarget(
  probe: ProbeNode,
  target: GeneratorNode | PopulationNode,
  edge: ProbeEdge,
  diags: DiagnosticList,
): boolean {
  const ids = [probe.id, target.id];
  const variable = probe.variable;
  const recordsState = variable === 'v' || variable === 'i';
  const canRecord = isPopulation(target)
    ? recordsState || (variable === 'spikes' && target.kind === 'lif')
    : variable === 'spikes' && target.kind !== 'constantCurrent';
  if (!canRecord) {
    const why = isPopulation(target)
      ? variable === 'spikes'
        ? 'an LI population has no spikes; record v or i, or use a LIF population'
        : `"${String(variable)}" is not a recordable variable; use v, i or spikes`
      : target.kind === 'constantCurrent'
        ? 'a constant-current source has no v, i or spikes; probe the population it drives'
        : 'a generator has spikes but no v or i; record spikes, or probe the population it drives';
    diags.error(
      'PROBE_VARIABLE_INVALID',
      `The probe ${nodeName(probe)} records ${String(variable)} of ${nodeName(target)}, but ${why}.`,
      ids,
      [edge.id],
    );
    return false;
  }
  if (probe.neurons === 'all') return true;
  const bad = Array.isArray(probe.neurons)
    ? probe.neurons.filter((n) => !(Number.isInteger(n) && n >= 0 && n < target.size))
    : [NaN];
  if (bad.length > 0) {
    diags.error(
      'PROBE_NEURON_OUT_OF_RANGE',
      `The probe ${nodeName(probe)} asks for neuron${bad.length > 1 ? 's' : ''} ${bad.join(', ')} of ${nodeName(target)}, which has neurons 0 to ${target.size - 1}; pick indices in that range.`,
      ids,
      [edge.id],
    );
    return false;
  }
  return true;
}
