/**
 * What a projection's label and stroke say: the weight (sign by colour, size by thickness), the
 * rule when it is not one-to-one, the extra delay, and whether it closes a loop.
 */
import type { ConnectionRule, ProjectionEdge } from '../../../engine/schema';
import { formatNumber } from '../../nodes/format';

export type EdgeSign = 'excitatory' | 'inhibitory' | 'silent';

function weightText(rule: ConnectionRule): string {
  if (rule.type === 'matrix') return 'W matrix';
  const w = rule.weight;
  if (typeof w === 'number') return `w ${formatNumber(w)}`;
  return w.distribution === 'uniform'
    ? `w U(${formatNumber(w.low)}, ${formatNumber(w.high)})`
    : `w N(${formatNumber(w.mean)}, ${formatNumber(w.std)})`;
}

/** The mean weight decides the colour: warm for excitatory, cool for inhibitory. */
export function meanWeight(rule: ConnectionRule): number {
  if (rule.type === 'matrix') {
    const all = rule.weights.flat();
    return all.length === 0 ? 0 : all.reduce((a, b) => a + b, 0) / all.length;
  }
  const w = rule.weight;
  if (typeof w === 'number') return w;
  return w.distribution === 'uniform' ? (w.low + w.high) / 2 : w.mean;
}

export function edgeSign(rule: ConnectionRule): EdgeSign {
  const w = meanWeight(rule);
  return w > 0 ? 'excitatory' : w < 0 ? 'inhibitory' : 'silent';
}

/** Stroke width in px: 2 for |w| ≤ 0.5, growing to 7 at |w| ≥ 5. */
export function strokeWidthPx(rule: ConnectionRule): number {
  const w = Math.min(5, Math.abs(meanWeight(rule)));
  return Math.round((2 + Math.max(0, w - 0.5) * (5 / 4.5)) * 10) / 10;
}

const RULE_TEXT: Record<ConnectionRule['type'], string> = {
  oneToOne: '',
  allToAll: 'all-to-all',
  random: 'random',
  matrix: '',
};

export function edgeLabel(edge: ProjectionEdge, closesLoop: boolean): string {
  const parts = [weightText(edge.rule)];
  const rule = RULE_TEXT[edge.rule.type];
  if (rule !== '') {
    parts.push(edge.rule.type === 'random' ? `p ${formatNumber(edge.rule.probability)}` : rule);
  }
  if (edge.delaySteps > 0)
    parts.push(`+${edge.delaySteps} step${edge.delaySteps === 1 ? '' : 's'}`);
  if (closesLoop) parts.push('↻ loop +1');
  return parts.join(' · ');
}
