import { version } from '../../package.json';
import { listBackends, runBackend, type BackendChoice } from '../backends/registry';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { runBench } from './bench';
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
      const result = await runBackend(command.backend as BackendChoice, loaded.plan);
      const text =
        command.format === 'csv'
          ? formatCsv(result)
          : formatJson(toTraceFile(loaded.document.name, result.backend, result));
      if (command.out === undefined) out(text);
      else await writeTextAtomic(command.out, text);
      return 0;
    }
    case 'bench':
      await runBench(command.quick, out);
      return 0;
  }
}

/** An unknown or unavailable backend is a one-line error naming what this machine offers. */
async function checkBackend(name: string): Promise<void> {
  if (name === 'auto') return;
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
