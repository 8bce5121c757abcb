import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RecentFiles, recentIdOf } from './recentFiles';

let dir: string;
let store: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'spikeboard-recent-'));
  store = path.join(dir, 'userData', 'recent-files.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, 'circuits', name);

describe('RecentFiles', () => {
  it('keeps the newest first, each file once, at most ten', async () => {
    const recent = new RecentFiles(store);
    for (let k = 0; k < 12; k++) await recent.add(file(`c${k}.spikeboard`));
    await recent.add(file('c5.spikeboard'));
    const names = recent.list().map((r) => r.name);
    expect(names).toHaveLength(MAX_RECENT_FILES);
    expect(names.slice(0, 3)).toEqual(['c5.spikeboard', 'c11.spikeboard', 'c10.spikeboard']);
    expect(names.filter((n) => n === 'c5.spikeboard')).toHaveLength(1);
  });

  it('shows names and folder names, never paths, and ids that map back', async () => {
    const recent = new RecentFiles(store);
    await recent.add(file('lab.spikeboard'));
    const [entry] = recent.list();
    expect(entry).toEqual({
      id: recentIdOf(file('lab.spikeboard')),
      name: 'lab.spikeboard',
      folder: 'circuits',
    });
    expect(entry!.id).toMatch(/^r_[0-9a-f]{24}$/);
    expect(recent.pathOf(entry!.id)).toBe(file('lab.spikeboard'));
  });

  it('survives a restart, and a damaged store starts empty', async () => {
    const first = new RecentFiles(store);
    await first.add(file('a.spikeboard'));
    await first.add(file('b.spikeboard'));
    const second = new RecentFiles(store);
    await second.load();
    expect(second.list().map((r) => r.name)).toEqual(['b.spikeboard', 'a.spikeboard']);
    await writeFile(store, '{"files": [1, "relative.spikeboard", null');
    const damaged = new RecentFiles(store);
    await damaged.load();
    expect(damaged.list()).toEqual([]);
    await writeFile(
      store,
      JSON.stringify({ version: 1, files: [7, 'relative', file('ok.spikeboard')] }),
    );
    await damaged.load();
    expect(damaged.list().map((r) => r.name)).toEqual(['ok.spikeboard']);
  });

  it('removes and clears, telling the menu each time', async () => {
    let changes = 0;
    const recent = new RecentFiles(store, () => changes++);
    await recent.add(file('a.spikeboard'));
    await recent.add(file('b.spikeboard'));
    await recent.remove(file('a.spikeboard'));
    expect(recent.list().map((r) => r.name)).toEqual(['b.spikeboard']);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(changes).toBe(4);
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual({ version: 1, files: [] });
  });
});
