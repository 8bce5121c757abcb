import { INPUT_ORDERS } from '../schema/types';
import type { CircuitDocument, InputOrder } from '../schema/types';
import type { DiagnosticList } from './diagnostics';
import { MAX_STEPS } from './limits';
import type { CompileOptions } from './types';

export interface ResolvedSettings {
  dtMs: number;
  steps: number;
  inputOrder: InputOrder;
  /** Mixed into every generator's and projection's draws (see streamSeed). */
  seed: number;
}

/** The document's simulation settings with the caller's overrides; null when unusable. */
export function resolveSettings(
  doc: CircuitDocument,
  options: CompileOptions,
  diags: DiagnosticList,
): ResolvedSettings | null {
  const sim = doc.simulation ?? ({} as Partial<CircuitDocument['simulation']>);
  const dtMs = sim.dtMs;
  const durationMs = options.durationMs ?? sim.durationMs;
  const inputOrder = options.inputOrder ?? sim.inputOrder;
  let ok = true;
  if (!(typeof dtMs === 'number' && Number.isFinite(dtMs) && dtMs > 0)) {
    diags.error('INVALID_SETTING', `The time step dtMs is ${String(dtMs)}; it must be > 0 ms.`);
    ok = false;
  }
  if (!(typeof durationMs === 'number' && Number.isFinite(durationMs) && durationMs >= 0)) {
    diags.error('INVALID_SETTING', `The duration is ${String(durationMs)} ms; it must be ≥ 0 ms.`);
    ok = false;
  }
  if (!INPUT_ORDERS.includes(inputOrder as InputOrder)) {
    diags.error(
      'INVALID_SETTING',
      `The input order "${String(inputOrder)}" is unknown; use ${INPUT_ORDERS.join(' or ')}.`,
    );
    ok = false;
  }
  if (!ok) return null;
  const steps = Math.round(durationMs! / dtMs!);
  if (steps > MAX_STEPS) {
    diags.error(
      'CIRCUIT_TOO_LARGE',
      `${durationMs} ms at dt = ${dtMs} ms is ${steps} steps; the limit is ${MAX_STEPS}. Shorten the run or use a larger dt.`,
    );
    return null;
  }
  if (Math.abs(steps * dtMs! - durationMs!) > 1e-9 * Math.max(1, durationMs!)) {
    diags.add(
      'DURATION_ROUNDED',
      'warning',
      `The duration ${durationMs} ms is not a whole number of ${dtMs} ms steps; running ${steps} steps (${steps * dtMs!} ms).`,
    );
  }
  const seed = typeof sim.seed === 'number' && Number.isFinite(sim.seed) ? sim.seed : 0;
  return { dtMs: dtMs!, steps, inputOrder: inputOrder as InputOrder, seed };
}
