/**
 * What each node kind is and how it may be wired, for everything that presents or edits a
 * circuit (the palette, node cards, connection rules). Compile enforces the same rules with coded
 * diagnostics (engine/compile/validateEdges.ts); the editor refuses the same connections up front.
 */
import type { NodeKind, ProbeVariable } from './types';

/** One colour, icon and handle shape per family (PRODUCT.md, "Visual language"). */
export type NodeFamily = 'generator' | 'population' | 'probe';

export interface NodeKindInfo {
  kind: NodeKind;
  family: NodeFamily;
  /** What the palette and the node card call it. */
  title: string;
  /** One line for the palette: what it does. */
  description: string;
}

export const NODE_KIND_INFO: Readonly<Record<NodeKind, NodeKindInfo>> = {
  spikeTimes: {
    kind: 'spikeTimes',
    family: 'generator',
    title: 'Spike times',
    description: 'Spikes at the times you list, in ms.',
  },
  regular: {
    kind: 'regular',
    family: 'generator',
    title: 'Regular spikes',
    description: 'Spikes at a fixed rate or period.',
  },
  poisson: {
    kind: 'poisson',
    family: 'generator',
    title: 'Poisson spikes',
    description: 'Random spikes at a mean rate, seeded.',
  },
  constantCurrent: {
    kind: 'constantCurrent',
    family: 'generator',
    title: 'Constant current',
    description: 'Adds the same input every step.',
  },
  li: {
    kind: 'li',
    family: 'population',
    title: 'LI population',
    description: 'Leaky integrators: v follows the input, never spikes.',
  },
  lif: {
    kind: 'lif',
    family: 'population',
    title: 'LIF population',
    description: 'Leaky integrate-and-fire: spikes when v crosses vTh.',
  },
  probe: {
    kind: 'probe',
    family: 'probe',
    title: 'Probe',
    description: 'Records v, i or spikes of what it is attached to.',
  },
};

/** Palette order: inputs first, then neurons, then instruments. */
export const NODE_KINDS: readonly NodeKind[] = [
  'spikeTimes',
  'regular',
  'poisson',
  'constantCurrent',
  'li',
  'lif',
  'probe',
];

export function familyOf(kind: NodeKind): NodeFamily {
  return NODE_KIND_INFO[kind].family;
}

/** May start a projection: generators and LIF populations (LI has no spikes, probes send nothing). */
export function sendsSpikes(kind: NodeKind): boolean {
  return familyOf(kind) === 'generator' || kind === 'lif';
}

/** May end a projection: populations only (generators only send, probes attach by probe edges). */
export function receivesProjections(kind: NodeKind): boolean {
  return familyOf(kind) === 'population';
}

/** Has an input handle: populations (projections) and probes (their one attachment). */
export function hasInput(kind: NodeKind): boolean {
  return kind !== 'probe' ? receivesProjections(kind) : true;
}

/** Has an output handle: everything that owns neurons (a probe can be attached to any of them). */
export function hasOutput(kind: NodeKind): boolean {
  return kind !== 'probe';
}

/** What a probe attached to a node of this kind may record (compile: PROBE_VARIABLE_INVALID). */
export function recordableVariables(kind: NodeKind): readonly ProbeVariable[] {
  switch (kind) {
    case 'li':
      return ['v', 'i'];
    case 'lif':
      return ['v', 'i', 'spikes'];
    case 'spikeTimes':
    case 'regular':
    case 'poisson':
      return ['spikes'];
    case 'constantCurrent':
    case 'probe':
      return [];
  }
}

export const PROBE_VARIABLES: readonly ProbeVariable[] = ['v', 'i', 'spikes'];
