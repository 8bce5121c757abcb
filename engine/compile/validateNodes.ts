import type { CircuitNode, PerNeuron, PopulationNode } from '../schema/types';
import type { DiagnosticList } from './diagnostics';
import { nodeName } from './diagnostics';
import { isProbe } from './nodeKinds';

/**
 * Value checks on nodes. The schema validates documents it parses; compile repeats the checks
 * whose failure would make the arithmetic meaningless (or an allocation throw), because plans
 * are also built from documents the app edits in memory.
 */
export function validateNodes(nodes: readonly CircuitNode[], diags: DiagnosticList): void {
  const seen = new Set<string>();
  for (const node of nodes) {
    if (seen.has(node.id)) {
      diags.error(
        'DUPLICATE_ID',
        `Two nodes share the id "${node.id}"; give each node its own id.`,
        [node.id],
      );
    }
    seen.add(node.id);
    if (!isProbe(node) && !(Number.isInteger(node.size) && node.size >= 1)) {
      diags.error(
        'INVALID_SIZE',
        `${nodeName(node)} has size ${String(node.size)}; a size is a whole number ≥ 1.`,
        [node.id],
      );
      continue;
    }
    validateKind(node, diags);
  }
}

function validateKind(node: CircuitNode, diags: DiagnosticList): void {
  const bad = (field: string, expected: string): void =>
    diags.error('INVALID_PARAMETER', `${nodeName(node)}: ${field} must be ${expected}.`, [node.id]);
  switch (node.kind) {
    case 'li':
    case 'lif':
      validatePopulation(node, bad, diags);
      return;
    case 'spikeTimes':
      if (!Array.isArray(node.spikeTimesMs) || node.spikeTimesMs.length !== node.size) {
        diags.error(
          'PARAM_LENGTH',
          `${nodeName(node)} has ${node.size} neurons but ${Array.isArray(node.spikeTimesMs) ? node.spikeTimesMs.length : 'no'} spike-time lists; give one list per neuron.`,
          [node.id],
        );
      } else if (
        !node.spikeTimesMs.every(
          (list) => Array.isArray(list) && list.every((t) => Number.isFinite(t)),
        )
      ) {
        bad('spikeTimesMs', 'finite times in ms');
      }
      return;
    case 'regular': {
      const hasRate = node.rateHz !== undefined;
      const hasPeriod = node.periodMs !== undefined;
      if (hasRate === hasPeriod) bad('rateHz or periodMs', 'given, exactly one of the two');
      if (hasRate && !(Number.isFinite(node.rateHz) && node.rateHz! >= 0)) bad('rateHz', '≥ 0');
      if (hasPeriod && !(Number.isFinite(node.periodMs) && node.periodMs! > 0))
        bad('periodMs', '> 0');
      if (!Number.isFinite(node.phaseMs)) bad('phaseMs', 'a finite time in ms');
      return;
    }
    case 'poisson':
      if (!(Number.isFinite(node.rateHz) && node.rateHz >= 0)) bad('rateHz', '≥ 0');
      if (!Number.isFinite(node.seed)) bad('seed', 'a whole number');
      return;
    case 'constantCurrent':
      if (!Number.isFinite(node.amplitude)) bad('amplitude', 'a finite number');
      if (node.startMs !== undefined && !Number.isFinite(node.startMs)) bad('startMs', 'finite');
      if (node.stopMs !== undefined && !Number.isFinite(node.stopMs)) bad('stopMs', 'finite');
      return;
    case 'probe':
      return;
    default:
      // Parsed documents never get here; an in-memory edit with a new kind must not crash.
      diags.error(
        'UNKNOWN_KIND',
        `Node "${(node as { id: string }).id}" has the unknown kind "${String((node as { kind: unknown }).kind)}".`,
        [(node as { id: string }).id],
      );
  }
}

function validatePopulation(
  node: PopulationNode,
  bad: (field: string, expected: string) => void,
  diags: DiagnosticList,
): void {
  const params: [string, PerNeuron | undefined, (x: number) => boolean, string][] = [
    ['tauMemMs', node.params.tauMemMs, (x) => x > 0, 'a time constant > 0 ms'],
    ['tauSynMs', node.params.tauSynMs, (x) => x > 0, 'a time constant > 0 ms'],
    ['vLeak', node.params.vLeak, () => true, 'a finite number'],
  ];
  if (node.kind === 'lif') {
    params.push(['vTh', node.params.vTh, () => true, 'a finite number']);
    params.push(['vReset', node.params.vReset, () => true, 'a finite number']);
  }
  for (const [field, value, ok, expected] of params) {
    const values = typeof value === 'number' ? [value] : Array.isArray(value) ? value : null;
    if (values === null) {
      bad(`params.${field}`, expected);
      continue;
    }
    if (Array.isArray(value) && value.length !== node.size) {
      diags.error(
        'PARAM_LENGTH',
        `${nodeName(node)}: params.${field} has ${value.length} values for ${node.size} neurons; give one value, or one per neuron.`,
        [node.id],
      );
      continue;
    }
    if (!values.every((x) => Number.isFinite(x) && ok(x))) bad(`params.${field}`, expected);
  }
}
