import type { CircuitNode, GeneratorNode, PopulationNode, ProbeNode } from '../schema/types';

export function isGenerator(node: CircuitNode): node is GeneratorNode {
  return (
    node.kind === 'spikeTimes' ||
    node.kind === 'regular' ||
    node.kind === 'poisson' ||
    node.kind === 'constantCurrent'
  );
}

export function isPopulation(node: CircuitNode): node is PopulationNode {
  return node.kind === 'li' || node.kind === 'lif';
}

export function isProbe(node: CircuitNode): node is ProbeNode {
  return node.kind === 'probe';
}

/** Generators and populations: the nodes that own neurons. */
export function hasNeurons(node: CircuitNode): node is GeneratorNode | PopulationNode {
  return !isProbe(node);
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
