/**
 * Evaluates a lesson's checks on a document: simulation measures (spikeCount, firstSpikeMs, maxV,
 * minV) on one whole run of the document's run length with the exact reference backend, `param`
 * measures read from the document. A check passes when all its conditions hold; a check that
 * names a missing node, a node of the wrong kind, a field that is not a number, or needs a run of
 * a circuit that does not compile cannot be evaluated and says why.
 */
import { compile, type Plan } from '../compile';
import { readFieldPath } from '../schema/lesson';
import type {
  CircuitDocument,
  CircuitNode,
  LessonCheck,
  LessonCondition,
  LessonMeasure,
} from '../schema/types';
import { holds, measuredText, wantText } from './describe';
import { measureRun, type NodeStats, type Wanted } from './measure';
import type { CheckResult, ConditionResult, LessonEvaluation } from './types';

type SimMeasure = Exclude<LessonMeasure, { kind: 'param' }>;

/** Thrown inside one check: it cannot be evaluated, for this reason. */
class Unevaluable extends Error {}

const SPIKING = new Set(['lif', 'spikeTimes', 'regular', 'poisson']);

/** Why a simulation measure cannot be taken on this node, or null when it can. */
function kindProblem(measure: SimMeasure, node: CircuitNode): string | null {
  const spikes = measure.kind === 'spikeCount' || measure.kind === 'firstSpikeMs';
  if (node.kind === 'probe') {
    return `"${node.label}" is a probe; ${measure.kind} needs a population${spikes ? ' or a spike generator' : ''}`;
  }
  if (spikes && !SPIKING.has(node.kind)) {
    return node.kind === 'li'
      ? `"${node.label}" is a leaky integrator (LI): it never fires, so ${measure.kind} means nothing`
      : `"${node.label}" is a current source: it sends no spikes`;
  }
  if (!spikes && node.kind !== 'li' && node.kind !== 'lif') {
    return `"${node.label}" is a generator: ${measure.kind} needs a population (LI or LIF)`;
  }
  return null;
}

function nodeSize(node: CircuitNode): number {
  return 'size' in node ? node.size : 0;
}

/** The simulation measures a set of checks needs, node by node (unknown nodes skipped). */
function wantedOf(checks: readonly LessonCheck[], doc: CircuitDocument): Wanted[] {
  const byNode = new Map<string, Wanted>();
  for (const check of checks) {
    for (const { measure } of check.conditions) {
      if (measure.kind === 'param') continue;
      const node = doc.nodes.find((n) => n.id === measure.node);
      if (node === undefined || kindProblem(measure, node) !== null) continue;
      const want = byNode.get(node.id) ?? { nodeId: node.id, spikes: false, v: false };
      if (measure.kind === 'spikeCount' || measure.kind === 'firstSpikeMs') want.spikes = true;
      else want.v = true;
      byNode.set(node.id, want);
    }
  }
  return [...byNode.values()];
}

interface Run {
  plan: Plan;
  stats: Map<string, NodeStats>;
}

function reduce(
  measure: SimMeasure,
  stats: NodeStats,
  neurons: number[],
  dtMs: number,
): number | null {
  switch (measure.kind) {
    case 'spikeCount':
      return neurons.reduce((sum, n) => sum + stats.spikeCount![n]!, 0);
    case 'firstSpikeMs': {
      const steps = neurons.map((n) => stats.firstSpikeStep![n]!).filter((s) => s >= 0);
      return steps.length === 0 ? null : Number((Math.min(...steps) * dtMs).toPrecision(12));
    }
    case 'maxV':
      return neurons.reduce((m, n) => Math.max(m, stats.maxV![n]!), -Infinity);
    case 'minV':
      return neurons.reduce((m, n) => Math.min(m, stats.minV![n]!), Infinity);
  }
}

function simMeasured(measure: SimMeasure, doc: CircuitDocument, run: Run | string) {
  const node = doc.nodes.find((n) => n.id === measure.node);
  if (node === undefined) throw new Unevaluable(`no node "${measure.node}" in the circuit`);
  const problem = kindProblem(measure, node);
  if (problem !== null) throw new Unevaluable(problem);
  const size = nodeSize(node);
  if (measure.neuron !== undefined && measure.neuron >= size) {
    throw new Unevaluable(
      `"${node.label}" has ${size} ${size === 1 ? 'neuron' : 'neurons'}; neuron ${measure.neuron} does not exist`,
    );
  }
  if (typeof run === 'string') throw new Unevaluable(run);
  const stats = run.stats.get(node.id)!;
  const neurons =
    measure.neuron === undefined ? Array.from({ length: size }, (_, k) => k) : [measure.neuron];
  const label =
    measure.neuron === undefined || size === 1
      ? node.label
      : `${node.label} neuron ${measure.neuron}`;
  return { label, measured: reduce(measure, stats, neurons, run.plan.dtMs) };
}

function paramMeasured(measure: Extract<LessonMeasure, { kind: 'param' }>, doc: CircuitDocument) {
  const node = doc.nodes.find((n) => n.id === measure.target);
  const edge = doc.edges.find((e) => e.id === measure.target);
  const element = node ?? edge;
  if (element === undefined) {
    throw new Unevaluable(`no node or connection "${measure.target}" in the circuit`);
  }
  const label =
    node !== undefined
      ? node.label
      : `${doc.nodes.find((n) => n.id === edge!.source)?.label ?? edge!.source} → ${
          doc.nodes.find((n) => n.id === edge!.target)?.label ?? edge!.target
        }`;
  const value = readFieldPath(element, measure.field);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const what = value === undefined ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value;
    throw new Unevaluable(`${measure.field} of "${label}" is not a number (it holds ${what})`);
  }
  return { label, measured: value };
}

function evaluateCondition(
  condition: LessonCondition,
  doc: CircuitDocument,
  run: Run | string,
): ConditionResult {
  const { measure, op, value } = condition;
  const { label, measured } =
    measure.kind === 'param' ? paramMeasured(measure, doc) : simMeasured(measure, doc, run);
  const ok = holds(measured, op, value);
  return {
    measure,
    op,
    value,
    measured,
    holds: ok,
    text: `${measuredText(measure, label, measured)}; ${wantText(measure, op, value)}`,
  };
}

function runFor(doc: CircuitDocument, checks: readonly LessonCheck[]): Run | string | null {
  const wanted = wantedOf(checks, doc);
  if (wanted.length === 0) return null;
  const compiled = compile(doc);
  if (!compiled.ok) {
    const first = compiled.diagnostics.find((d) => d.severity === 'error');
    return `the circuit does not compile${first === undefined ? '' : `: ${first.message}`}`;
  }
  return { plan: compiled.plan, stats: measureRun(compiled.plan, wanted) };
}

/**
 * Evaluates the checks of `doc.lesson` (only those in `checkIds` when given), in lesson order.
 * Never throws on user data; a document without a lesson has no checks.
 */
export function evaluateLesson(
  doc: CircuitDocument,
  checkIds?: readonly string[],
): LessonEvaluation {
  const wantedIds = checkIds === undefined ? null : new Set(checkIds);
  const checks = (doc.lesson?.steps ?? []).flatMap((step) =>
    step.checks
      .filter((check) => wantedIds === null || wantedIds.has(check.id))
      .map((check) => ({ step, check })),
  );
  const run = runFor(
    doc,
    checks.map((c) => c.check),
  );
  const results: CheckResult[] = checks.map(({ step, check }) => {
    const base = { stepId: step.id, checkId: check.id };
    const conditions: ConditionResult[] = [];
    try {
      for (const condition of check.conditions) {
        conditions.push(evaluateCondition(condition, doc, run ?? 'no run'));
      }
    } catch (error) {
      if (!(error instanceof Unevaluable)) throw error;
      return { ...base, status: 'unevaluable', reason: error.message, conditions };
    }
    return { ...base, status: conditions.every((c) => c.holds) ? 'pass' : 'fail', conditions };
  });
  const simulated = run !== null && typeof run !== 'string';
  return {
    results,
    simulatedMs: simulated ? Number((run.plan.steps * run.plan.dtMs).toPrecision(12)) : 0,
    steps: simulated ? run.plan.steps : 0,
  };
}
