import { EXPORT_TARGETS, type ExportTarget } from '../export/targets';
import { INPUT_ORDERS, type InputOrder } from '../schema';

export type OutputFormat = 'json' | 'csv';

export type Command =
  | {
      kind: 'run';
      file: string;
      format: OutputFormat;
      out?: string;
      inputOrder?: InputOrder;
      durationMs?: number;
      backend: string;
    }
  | { kind: 'validate'; file: string }
  | { kind: 'export'; file: string; target: ExportTarget; out?: string }
  | { kind: 'bench'; quick: boolean; gpu: boolean }
  | { kind: 'help' }
  | { kind: 'version' };

export const USAGE = `Usage:
  spikeboard run <file> [--format json|csv] [--out <path>] [--order norse-1.1|norse-0.0.7]
                        [--duration <ms>] [--backend <name>|auto]
      backends: reference, wasm-simd, webasm, cpu, webgl2, webgpu (those this machine offers)
  spikeboard validate <file>
  spikeboard export <file> --to norse|brian2|nir [--out <path>]
      a Python script for Norse or Brian2 that reproduces the run (stdout without --out),
      or a NIR graph (HDF5, needs --out)
  spikeboard bench [--quick] [--gpu]
      --gpu: the webgpu backend on N = 10^6 and 10^7 LIF neurons beside a hand-written WGSL
      kernel (needs a GPU and the webgpu package)
  spikeboard --help | --version`;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses the command line strictly: an unknown flag or a missing value is an error, not ignored. */
export function parseArgs(argv: readonly string[]): Command {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    return { kind: 'help' };
  }
  if (verb === '--version' || verb === '-v') return { kind: 'version' };
  const { positional, flags } = splitFlags(rest);
  switch (verb) {
    case 'run': {
      const file = single(positional, 'run');
      allowOnly(flags, ['format', 'out', 'order', 'duration', 'backend']);
      const format = flags.get('format') ?? 'json';
      if (format !== 'json' && format !== 'csv') {
        throw new UsageError(`--format must be json or csv, not "${format}"`);
      }
      const order = flags.get('order');
      if (order !== undefined && !INPUT_ORDERS.includes(order as InputOrder)) {
        throw new UsageError(`--order must be ${INPUT_ORDERS.join(' or ')}, not "${order}"`);
      }
      const duration = flags.get('duration');
      const durationMs = duration === undefined ? undefined : Number(duration);
      if (durationMs !== undefined && !(Number.isFinite(durationMs) && durationMs >= 0)) {
        throw new UsageError(`--duration must be a number of ms ≥ 0, not "${duration}"`);
      }
      return {
        kind: 'run',
        file,
        format,
        out: flags.get('out'),
        inputOrder: order as InputOrder | undefined,
        durationMs,
        backend: flags.get('backend') ?? 'reference',
      };
    }
    case 'validate':
      allowOnly(flags, []);
      return { kind: 'validate', file: single(positional, 'validate') };
    case 'export': {
      const file = single(positional, 'export');
      allowOnly(flags, ['to', 'out']);
      const target = flags.get('to');
      if (target === undefined) {
        throw new UsageError(`export needs --to ${EXPORT_TARGETS.join('|')}`);
      }
      if (!EXPORT_TARGETS.includes(target as ExportTarget)) {
        throw new UsageError(`--to must be ${EXPORT_TARGETS.join(', ')}, not "${target}"`);
      }
      const out = flags.get('out');
      if (target === 'nir' && out === undefined) {
        throw new UsageError('--to nir writes a binary HDF5 file: give it --out <path>');
      }
      return { kind: 'export', file, target: target as ExportTarget, out };
    }
    case 'bench':
      allowOnly(flags, ['quick', 'gpu']);
      if (positional.length > 0) throw new UsageError(`bench takes no file`);
      return { kind: 'bench', quick: flags.has('quick'), gpu: flags.has('gpu') };
    default:
      throw new UsageError(`unknown command "${verb}"`);
  }
}

const BOOLEAN_FLAGS = new Set(['quick', 'gpu']);

function splitFlags(args: readonly string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (BOOLEAN_FLAGS.has(name)) {
      flags.set(name, 'true');
      continue;
    }
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    if (inline === undefined) index += 1;
    flags.set(name, value);
  }
  return { positional, flags };
}

function single(positional: string[], verb: string): string {
  if (positional.length !== 1) {
    throw new UsageError(`${verb} needs exactly one circuit file, got ${positional.length}`);
  }
  return positional[0]!;
}

function allowOnly(flags: Map<string, string>, allowed: string[]): void {
  for (const name of flags.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
}
