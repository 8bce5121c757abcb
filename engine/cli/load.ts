import { compile, type Diagnostic } from '../compile';
import { parseCircuitBytes, type CircuitDocument, type InputOrder } from '../schema';
import type { Plan } from '../compile';
import { readBytes } from './files';

export type Loaded =
  | { ok: true; document: CircuitDocument; plan: Plan; notes: string[] }
  | { ok: false; problems: string[] };

/** Reads, parses and compiles a circuit file; every problem comes back as one located line. */
export async function loadCircuit(
  file: string,
  options: { durationMs?: number; inputOrder?: InputOrder } = {},
): Promise<Loaded> {
  const parsed = parseCircuitBytes(await readBytes(file));
  if (!parsed.ok) {
    return { ok: false, problems: parsed.errors.map((e) => `${file}: ${e.path}: ${e.message}`) };
  }
  const compiled = compile(parsed.document, options);
  const lines = (severity: Diagnostic['severity']) =>
    compiled.diagnostics
      .filter((d) => d.severity === severity)
      .map((d) => `${file}: ${d.severity} ${d.code}: ${d.message}`);
  if (!compiled.ok) return { ok: false, problems: lines('error') };
  return {
    ok: true,
    document: parsed.document,
    plan: compiled.plan,
    notes: [...lines('warning'), ...lines('info')],
  };
}
