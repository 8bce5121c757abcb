import type { GeneratorNode, PopulationNode, ProjectionEdge, WeightValue } from '../schema/types';
import type { DiagnosticList } from './diagnostics';

/** Checks a projection's connection rule, weights, delay and seed against its endpoints. */
export function validateRule(
  edge: ProjectionEdge,
  source: GeneratorNode | PopulationNode,
  target: PopulationNode,
  name: string,
  diags: DiagnosticList,
): boolean {
  const ids = [source.id, target.id];
  const fail = (code: string, message: string): false => {
    diags.error(code, `The ${name}: ${message}`, ids, [edge.id]);
    return false;
  };
  if (!(Number.isInteger(edge.delaySteps) && edge.delaySteps >= 0)) {
    return fail(
      'INVALID_DELAY',
      `delaySteps is ${String(edge.delaySteps)}; use a whole number ≥ 0.`,
    );
  }
  if (!Number.isFinite(edge.seed)) return fail('INVALID_PARAMETER', 'seed must be a whole number.');
  const rule = edge.rule;
  switch (rule.type) {
    case 'oneToOne':
      if (source.size !== target.size) {
        return fail(
          'ONE_TO_ONE_SIZE_MISMATCH',
          `one-to-one needs equal sizes, but the source has ${source.size} neurons and the target ${target.size}; resize one of them or use another rule.`,
        );
      }
      return checkWeight(rule.weight, fail);
    case 'allToAll':
      return checkWeight(rule.weight, fail);
    case 'random':
      if (!(rule.probability >= 0 && rule.probability <= 1)) {
        return fail('INVALID_PARAMETER', 'the connection probability must be between 0 and 1.');
      }
      return checkWeight(rule.weight, fail);
    case 'matrix': {
      const w = rule.weights;
      const shapeOk =
        Array.isArray(w) &&
        w.length === target.size &&
        w.every((row) => Array.isArray(row) && row.length === source.size);
      if (!shapeOk) {
        const rows = Array.isArray(w) ? w.length : 0;
        const cols = Array.isArray(w) && Array.isArray(w[0]) ? w[0].length : 0;
        return fail(
          'MATRIX_SHAPE',
          `the weight matrix must be [post][pre] = [${target.size}][${source.size}] (one row per target neuron, one column per source neuron), but it is [${rows}][${cols}]${rows === source.size && cols === target.size && rows !== cols ? ' — it looks transposed' : ''}.`,
        );
      }
      if (!w.every((row) => row.every((x) => Number.isFinite(x)))) {
        return fail('INVALID_WEIGHT', 'every matrix weight must be a finite number.');
      }
      return true;
    }
    default:
      return fail(
        'INVALID_PARAMETER',
        `unknown connection rule "${String((rule as { type: unknown }).type)}".`,
      );
  }
}

function checkWeight(weight: WeightValue, fail: (code: string, message: string) => false): boolean {
  if (typeof weight === 'number') {
    return Number.isFinite(weight) || fail('INVALID_WEIGHT', 'the weight must be a finite number.');
  }
  if (weight && weight.distribution === 'uniform') {
    const ok =
      Number.isFinite(weight.low) && Number.isFinite(weight.high) && weight.low <= weight.high;
    return ok || fail('INVALID_WEIGHT', 'a uniform weight needs finite low ≤ high.');
  }
  if (weight && weight.distribution === 'normal') {
    const ok = Number.isFinite(weight.mean) && Number.isFinite(weight.std) && weight.std >= 0;
    return ok || fail('INVALID_WEIGHT', 'a normal weight needs a finite mean and std ≥ 0.');
  }
  return fail('INVALID_WEIGHT', 'the weight must be a number or a uniform/normal distribution.');
}
