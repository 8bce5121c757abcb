/**
 * One loaded circuit in the worker: the document it came from, its plan, the backend runner and
 * what the renderer needs to know about it. Loading never throws on user data: a document the
 * schema or compile refuses becomes a `LoadFailure` with a name, a message and diagnostics.
 */
import type { BackendChoice, BackendInfo, BackendName, BackendRunner } from '../backends/types';
import { compile, type Diagnostic, type Plan } from '../compile';
import type { ErrorInfo, LoadedEvent, ProbeInfo } from '../protocol/messages';
import { parseCircuit, type CircuitDocument } from '../schema';
import { isActivityProbe, withActivityProbes } from './activity';
import { sameLayout } from './planUpdate';

/** Where the worker gets its runners: the backend registry in the app, fakes in tests. */
export interface BackendAccess {
  /** The backends to choose among for `plan` (probing only what that choice can need). */
  list(plan: Plan, choice: BackendChoice): Promise<BackendInfo[]>;
  choose(plan: Plan, listed: readonly BackendInfo[]): BackendName;
  create(plan: Plan, name: BackendName): Promise<BackendRunner>;
}

export interface Circuit {
  readonly document: CircuitDocument;
  /** The run length the plan was compiled for (the document's unless the load overrode it). */
  readonly durationMs: number | undefined;
  readonly plan: Plan;
  readonly runner: BackendRunner;
  readonly backendChoice: BackendChoice;
  readonly backendReason: string;
  readonly backends: BackendInfo[];
  readonly probes: ProbeInfo[];
  readonly diagnostics: Diagnostic[];
}

export interface LoadFailure {
  error: ErrorInfo;
  diagnostics: Diagnostic[];
}

export type CompileOutcome =
  | { ok: true; document: CircuitDocument; plan: Plan; diagnostics: Diagnostic[] }
  | ({ ok: false } & LoadFailure);

/** Parse (the message is not trusted) and compile, with errors as values. */
export function compileDocument(raw: unknown, durationMs: number | undefined): CompileOutcome {
  const parsed = parseCircuit(raw);
  if (!parsed.ok) {
    const message = parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    return { ok: false, error: { name: 'SchemaError', message }, diagnostics: [] };
  }
  const compiled = compile(
    parsed.document,
    durationMs === undefined ? {} : { durationMs: durationMs },
  );
  if (!compiled.ok) {
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    const tooLarge = errors.some((d) => d.code === 'CIRCUIT_TOO_LARGE');
    const message = errors.map((d) => `${d.code}: ${d.message}`).join('\n');
    return {
      ok: false,
      error: { name: tooLarge ? 'CircuitTooLargeError' : 'CompileError', message },
      diagnostics: compiled.diagnostics,
    };
  }
  return {
    ok: true,
    document: parsed.document,
    // Hidden probes for the node cards' activity indicators (never listed in `loaded`).
    plan: withActivityProbes(compiled.plan),
    diagnostics: compiled.diagnostics,
  };
}

function probeInfos(plan: Plan): ProbeInfo[] {
  return plan.probes
    .filter((probe) => !isActivityProbe(probe))
    .map((probe) => ({
      probeId: probe.probeId,
      label: probe.label,
      targetId: probe.targetId,
      variable: probe.variable,
      neurons: Array.from(probe.neurons),
    }));
}

/**
 * A circuit for `compiled` on the chosen backend. When the previous circuit runs the same layout
 * on the same backend, its runner is kept and only takes over the new numbers (`updatePlan`:
 * instant mode recompiles on every slider step, and this keeps that cheap); it is reset to step 0
 * either way.
 */
export async function buildCircuit(
  compiled: Extract<CompileOutcome, { ok: true }>,
  durationMs: number | undefined,
  choice: BackendChoice,
  backends: BackendAccess,
  previous: Circuit | null,
): Promise<Circuit> {
  const { plan } = compiled;
  const listed = await backends.list(plan, choice);
  const name = choice === 'auto' ? backends.choose(plan, listed) : choice;
  const info = listed.find((b) => b.name === name);
  if (info === undefined) {
    throw new Error(`unknown backend "${name}"; known: ${listed.map((b) => b.name).join(', ')}`);
  }
  if (!info.available) {
    throw new Error(`backend "${name}" is not available here: ${info.reason ?? 'no reason given'}`);
  }
  const reason =
    choice === 'auto' ? `auto: ${plan.unitCount} neurons → ${info.label}` : `chosen: ${info.label}`;
  let runner: BackendRunner;
  if (
    previous !== null &&
    previous.runner.backend === name &&
    sameLayout(previous.plan, plan) &&
    (await previous.runner.updatePlan(plan))
  ) {
    runner = previous.runner;
    runner.reset();
  } else {
    previous?.runner.dispose();
    runner = await backends.create(plan, name);
  }
  return {
    document: compiled.document,
    durationMs,
    plan: runner.plan,
    runner,
    backendChoice: choice,
    backendReason: reason,
    backends: listed,
    probes: probeInfos(plan),
    diagnostics: compiled.diagnostics,
  };
}

export function loadedEvent(circuit: Circuit, requestId: number): LoadedEvent {
  return {
    kind: 'loaded',
    requestId,
    backend: circuit.runner.backend,
    backendChoice: circuit.backendChoice,
    // How it runs (e.g. gpu.js's executor, the wasm driver), when the backend says.
    backendReason:
      circuit.runner.detail === undefined
        ? circuit.backendReason
        : `${circuit.backendReason} (${circuit.runner.detail})`,
    backends: circuit.backends,
    dtMs: circuit.plan.dtMs,
    totalSteps: circuit.plan.steps,
    inputOrder: circuit.plan.inputOrder,
    probes: circuit.probes,
    diagnostics: circuit.diagnostics,
  };
}
