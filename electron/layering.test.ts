import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Layer rules from the architecture, checked on the source text: main moves text and bytes and
// never imports React or engine code; the preload reaches only Electron and the contract; the
// contract imports nothing at all (its validators import only the contract).
const electronDir = path.resolve(import.meta.dirname);

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(electronDir, folder))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(electronDir, folder, name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '');
}

function isInside(file: string, specifier: string, folder: string): boolean {
  const target = path.resolve(path.dirname(file), specifier);
  return target.startsWith(path.join(electronDir, folder) + path.sep);
}

describe('electron layer imports', () => {
  it('main imports only electron, node: builtins and electron/ modules', () => {
    for (const file of sourceFiles('main')) {
      for (const specifier of importsOf(file)) {
        const allowed =
          specifier === 'electron' ||
          specifier.startsWith('node:') ||
          (specifier.startsWith('.') &&
            (isInside(file, specifier, 'main') || isInside(file, specifier, 'ipc')));
        expect(allowed, `${path.basename(file)} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('preload imports only electron and the IPC contract', () => {
    for (const file of sourceFiles('preload')) {
      for (const specifier of importsOf(file)) {
        expect(
          ['electron', '../ipc/contract'],
          `${path.basename(file)} imports ${specifier}`,
        ).toContain(specifier);
      }
    }
  });

  it('the contract imports nothing; its validators import only the contract', () => {
    expect(importsOf(path.join(electronDir, 'ipc', 'contract.ts'))).toEqual([]);
    for (const file of sourceFiles('ipc')) {
      for (const specifier of importsOf(file)) expect(specifier).toBe('./contract');
    }
  });

  it('finds the files it checks (the scan itself works)', () => {
    expect(sourceFiles('main').map((f) => path.basename(f))).toContain('main.ts');
    expect(importsOf(path.join(electronDir, 'main', 'main.ts'))).toContain('electron');
  });
});
