/// <reference types="node" />
/**
 * Test helpers that run exported scripts with a local Python. Used by the Brian2 round trip and
 * the Norse script test only; exporters never import this.
 */
import { execFile, spawnSync } from 'node:child_process';

/** True when CI says so: then a missing Python module fails the test instead of skipping it. */
export const ON_CI = process.env.CI === 'true' || process.env.CI === '1';

/** The first Python that imports `modules` (pyenv's python3 may shadow Debian's). */
export function findPython(modules: string): { python: string | null; reason: string } {
  const candidates = [process.env.SPIKEBOARD_PYTHON, 'python3', '/usr/bin/python3'];
  const tried: string[] = [];
  for (const python of candidates) {
    if (python === undefined || python === '') continue;
    const probe = spawnSync(python, ['-c', `import ${modules}`], { encoding: 'utf8' });
    if (probe.status === 0) return { python, reason: '' };
    tried.push(`${python}: ${probe.error?.message ?? probe.stderr.trim().split('\n').pop()}`);
  }
  return { python: null, reason: `no Python with ${modules} (${tried.join('; ')})` };
}

/** Runs `python args…`; rejects with the end of stderr when it fails. */
export function runPython(
  python: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      python,
      args,
      { timeout: 120_000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env } },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`${args.join(' ')} failed: ${stderr.slice(-2000)}`)) : resolve(),
    );
  });
}

/** Runs `jobs` at most `limit` at a time (the scripts are CPU bound). */
export async function limited(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  const queue = [...jobs];
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
