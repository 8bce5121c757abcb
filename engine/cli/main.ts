import { version } from '../../package.json';
import {
  AUTO_GPU_MIN_UNITS,
  BACKEND_NAMES,
  listBackends,
  runBackend,
  type BackendChoice,
  type BackendEnv,
} from '../backends/registry';
import type { Plan } from '../compile';
import { exportCircuit } from '../export';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { runBench } from './bench';
import { runGpuBench } from './gpuBench';
import { CliError, writeTextAtomic } from './files';
import { formatCsv, formatJson, toTraceFile } from './format';
import { loadCircuit } from './load';

/** Runs one command; returns the exit code. Output goes through the two writers for testing. */
export async function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`spikeboard: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    return await execute(command, out, err);
  } catch (error) {
    // Expected failures (unreadable file, unwritable output) are one line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    err(`spikeboard: ${error instanceof CliError ? '' : 'internal error: '}${message}\n`);
    return 1;
  }
}

async function execute(
  command: Command,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  switch (command.kind) {
    case 'help':
      out(`${USAGE}\n`);
      return 0;
    case 'version':
      out(`${version}\n`);
      return 0;
    case 'validate': {
      const loaded = await loadCircuit(command.file);
      if (!loaded.ok) {
        out(`${loaded.problems.join('\n')}\n`);
        return 1;
      }
      out('ok\n');
      for (const note of loaded.notes) err(`${note}\n`);
      return 0;
    }
    case 'run': {
      await checkBackend(command.backend);
      const loaded = await loadCircuit(command.file, command);
      if (!loaded.ok) {
        err(`${loaded.problems.join('\n')}\n`);
        return 1;
      }
      const choice = command.backend as BackendChoice;
      const result = await runBackend(
        choice,
        loaded.plan,
        loaded.plan.steps,
        probeOnly(choice, loaded.plan),
      );
      const text =
        command.format === 'csv'
          ? formatCsv(result)
          : formatJson(toTraceFile(loaded.document.name, result.backend, result));
      if (command.out === undefined) out(text);
      else await writeTextAtomic(command.out, text);
      return 0;
    }
    case 'export': {
      const loaded = await loadCircuit(command.file);
      if (!loaded.ok) {
        err(`${loaded.problems.join('\n')}\n`);
        return 1;
      }
      const file = await exportCircuit(loaded.document, command.target);
      if (command.out === undefined) out(new TextDecoder().decode(file.bytes));
      else await writeTextAtomic(command.out, file.bytes);
      return 0;
    }
    case 'bench':
      if (command.gpu) return runGpuBench(command.quick, out);
      await runBench(command.quick, out);
      return 0;
  }
}

/**
 * Probe only what the choice can use: gpu.js loads and self-tests its modes in about a second,
 * which a run on another backend need not pay.
 */
function probeOnly(choice: BackendChoice, plan: Plan): BackendEnv {
  if (choice !== 'auto') return { skip: BACKEND_NAMES.filter((name) => name !== choice) };
  const gpuJs = BACKEND_NAMES.filter((name) => name !== 'reference' && name !== 'wasm-simd');
  return plan.unitCount >= AUTO_GPU_MIN_UNITS ? {} : { skip: gpuJs };
}

/** An unknown or unavailable backend is a one-line error naming what this machine offers. */
async function checkBackend(name: string): Promise<void> {
  if (name === 'auto') return;
  const known = (BACKEND_NAMES as readonly string[]).includes(name);
  if (known) {
    const only = await listBackends({ skip: BACKEND_NAMES.filter((other) => other !== name) });
    if (only.find((b) => b.name === name)?.available) return;
  }
  const listed = await listBackends();
  const here = [...listed.filter((b) => b.available).map((b) => b.name), 'auto'].join(', ');
  const info = listed.find((b) => b.name === name);
  if (!info) throw new CliError(`unknown backend "${name}"; available here: ${here}`);
  if (!info.available) {
    throw new CliError(
      `backend "${name}" is not available here (${info.reason}); available: ${here}`,
    );
  }
}
