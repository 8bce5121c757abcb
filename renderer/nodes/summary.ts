/**
 * The key parameters a node card shows, in the user's units ("τmem 40 ms", "spikes at 20, 85,
 * 150 ms"): what a student needs to tell two nodes apart at a glance on the projector.
 */
import type { CircuitNode, PerNeuron } from '../../engine/schema';
import { formatList, formatNumber, formatPerNeuron } from './format';

function param(symbol: string, value: PerNeuron, unit = ''): string {
  return `${symbol} ${formatPerNeuron(value)}${unit === '' ? '' : ` ${unit}`}`;
}

export function nodeSummary(node: CircuitNode): string[] {
  switch (node.kind) {
    case 'li':
    case 'lif': {
      const p = node.params;
      const lines = [param('τmem', p.tauMemMs, 'ms'), param('τsyn', p.tauSynMs, 'ms')];
      if (node.kind === 'lif') lines.push(param('vTh', node.params.vTh));
      if (p.vLeak !== 0) lines.push(param('vLeak', p.vLeak));
      return lines;
    }
    case 'spikeTimes': {
      const first = node.spikeTimesMs[0] ?? [];
      const same = node.spikeTimesMs.every((l) => l.join() === first.join());
      return [same ? `at ${formatList(first)} ms` : `${node.size} spike lists`];
    }
    case 'regular':
      return [
        node.rateHz !== undefined
          ? `${formatNumber(node.rateHz)} Hz`
          : `every ${formatNumber(node.periodMs ?? 0)} ms`,
        ...(node.phaseMs > 0 ? [`first at ${formatNumber(node.phaseMs)} ms`] : []),
      ];
    case 'poisson':
      return [`${formatNumber(node.rateHz)} Hz`, `seed ${node.seed}`];
    case 'constantCurrent': {
      const from = node.startMs === undefined ? '' : ` from ${formatNumber(node.startMs)} ms`;
      const to = node.stopMs === undefined ? '' : ` to ${formatNumber(node.stopMs)} ms`;
      return [
        `amplitude ${formatNumber(node.amplitude)}`,
        ...(from + to === '' ? [] : [`${from}${to}`.trim()]),
      ];
    }
    case 'probe':
      return [
        `records ${node.variable}`,
        node.neurons === 'all' ? 'all neurons' : `neurons ${formatList(node.neurons)}`,
      ];
  }
}
