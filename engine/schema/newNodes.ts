/**
 * The node, projection and probe connection a user gets when adding one: the schema's defaults
 * (Norse's for populations) plus a starting value where the schema has none (a generator's rate).
 */
import { POPULATION_DEFAULTS } from './nodes/population';
import type {
  CircuitNode,
  ConnectionRule,
  NodeKind,
  Position,
  ProbeEdge,
  ProbeVariable,
  ProjectionEdge,
} from './types';

/** Starting values for fields the schema requires but gives no default. */
export const NEW_NODE_DEFAULTS = {
  spikeTimes: { spikeTimesMs: [[10]] as number[][] },
  regular: { rateHz: 10 },
  poisson: { rateHz: 20 },
  constantCurrent: { amplitude: 0.5 },
} as const;

export interface NewNodeOptions {
  id: string;
  label: string;
  position: Position;
  /** For probes: what to record (default v). */
  variable?: ProbeVariable;
}

/** A complete, valid node of `kind` (parseCircuit accepts it unchanged). */
export function createNode(kind: NodeKind, options: NewNodeOptions): CircuitNode {
  const { id, label } = options;
  const position = { x: options.position.x, y: options.position.y };
  const { tauMemMs, tauSynMs, vLeak, vTh, vReset } = POPULATION_DEFAULTS;
  switch (kind) {
    case 'li':
      return { id, label, position, kind, size: 1, params: { tauMemMs, tauSynMs, vLeak } };
    case 'lif':
      return {
        id,
        label,
        position,
        kind,
        size: 1,
        params: { tauMemMs, tauSynMs, vLeak, vTh, vReset },
      };
    case 'spikeTimes':
      return {
        id,
        label,
        position,
        kind,
        size: 1,
        spikeTimesMs: NEW_NODE_DEFAULTS.spikeTimes.spikeTimesMs.map((list) => [...list]),
      };
    case 'regular':
      return {
        id,
        label,
        position,
        kind,
        size: 1,
        rateHz: NEW_NODE_DEFAULTS.regular.rateHz,
        phaseMs: 0,
      };
    case 'poisson':
      return {
        id,
        label,
        position,
        kind,
        size: 1,
        rateHz: NEW_NODE_DEFAULTS.poisson.rateHz,
        seed: 0,
      };
    case 'constantCurrent':
      return {
        id,
        label,
        position,
        kind,
        size: 1,
        amplitude: NEW_NODE_DEFAULTS.constantCurrent.amplitude,
      };
    case 'probe':
      return { id, label, position, kind, variable: options.variable ?? 'v', neurons: 'all' };
  }
}

/**
 * A new projection: one-to-one when both ends have the same size (the notebook's wiring),
 * all-to-all otherwise (one-to-one would not compile), weight 1, no extra delay.
 */
export function createProjection(
  id: string,
  source: string,
  target: string,
  sourceSize: number,
  targetSize: number,
): ProjectionEdge {
  const rule: ConnectionRule =
    sourceSize === targetSize ? { type: 'oneToOne', weight: 1 } : { type: 'allToAll', weight: 1 };
  return { kind: 'projection', id, source, target, rule, delaySteps: 0, seed: 0 };
}

export function createProbeEdge(id: string, source: string, target: string): ProbeEdge {
  return { kind: 'probe', id, source, target };
}
