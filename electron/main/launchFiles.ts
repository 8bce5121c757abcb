/**
 * Which files the operating system asked us to open: arguments of the first launch, of a second
 * launch (forwarded by the single-instance lock), or macOS's open-file events. Pure, so the
 * argv rules are tested without Electron.
 */
import path from 'node:path';

const OPENABLE = new Set(['.spikeboard', '.json']);

/**
 * Project files among `argv`, resolved against the launching shell's `cwd`. Electron's own
 * switches (`--flag`), the executable and, in development, the app folder are skipped: a file
 * must end in .spikeboard or .json.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  // argv[0] is the executable; under `electron .` argv[1] is the app folder (no extension).
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.length === 0 || arg.includes('\0')) continue;
    if (!OPENABLE.has(path.extname(arg).toLowerCase())) continue;
    const resolved = path.resolve(cwd, arg);
    if (!files.includes(resolved)) files.push(resolved);
  }
  return files;
}
