import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateAppFile, mimeTypeFor, readAppFile } from './appFiles';

// A real renderer folder on disk, with a secret file next to (outside) it.
let sandboxDir: string;
let rendererDir: string;
const text = (body: Uint8Array) => new TextDecoder().decode(body);

beforeAll(async () => {
  sandboxDir = await mkdtemp(path.join(tmpdir(), 'spikeboard-appfiles-'));
  rendererDir = path.join(sandboxDir, 'renderer', 'main_window');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<title>Spikeboard</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(
    path.join(rendererDir, 'assets', 'sim core.wasm'),
    new Uint8Array([0, 97, 115, 109]),
  );
  await writeFile(path.join(sandboxDir, 'renderer', 'secret.txt'), 'do not serve');
});

afterAll(async () => {
  await rm(sandboxDir, { recursive: true, force: true });
});

describe('readAppFile', () => {
  it('serves index.html for the root and for /index.html', async () => {
    for (const url of ['app://spikeboard/', 'app://spikeboard', 'app://spikeboard/index.html']) {
      const response = await readAppFile(rendererDir, url);
      expect(response.status, url).toBe(200);
      expect(response.mimeType).toBe('text/html; charset=utf-8');
      expect(text(response.body)).toBe('<title>Spikeboard</title>');
    }
  });

  it('serves nested assets with their MIME type, ignoring query and hash', async () => {
    const js = await readAppFile(rendererDir, 'app://spikeboard/assets/index-abc.js?v=2#x');
    expect(js.status).toBe(200);
    expect(js.mimeType).toBe('text/javascript; charset=utf-8');
    const wasm = await readAppFile(rendererDir, 'app://spikeboard/assets/sim%20core.wasm');
    expect(wasm.status).toBe(200);
    expect(wasm.mimeType).toBe('application/wasm');
    expect([...wasm.body]).toEqual([0, 97, 115, 109]);
  });

  it('never serves the file that really exists outside the folder', async () => {
    const attempts = [
      'app://spikeboard/../secret.txt',
      'app://spikeboard/%2e%2e/secret.txt',
      'app://spikeboard/..%2fsecret.txt',
      'app://spikeboard/assets/..%2f..%2fsecret.txt',
      'app://spikeboard/..%5csecret.txt',
      `app://spikeboard/${encodeURIComponent(path.join(sandboxDir, 'renderer', 'secret.txt'))}`,
    ];
    for (const url of attempts) {
      const response = await readAppFile(rendererDir, url);
      expect(response.status, url).not.toBe(200);
      expect(text(response.body), url).not.toContain('do not serve');
    }
  });

  it('answers 404 for missing files and folders, 400 for malformed paths', async () => {
    expect((await readAppFile(rendererDir, 'app://spikeboard/nope.js')).status).toBe(404);
    expect((await readAppFile(rendererDir, 'app://spikeboard/assets')).status).toBe(404);
    expect((await readAppFile(rendererDir, 'app://spikeboard/%E0%A4%A')).status).toBe(400);
    expect((await readAppFile(rendererDir, 'app://spikeboard/a%00.html')).status).toBe(400);
  });

  it('refuses other hosts and schemes', async () => {
    expect((await readAppFile(rendererDir, 'app://other/index.html')).status).toBe(403);
    expect((await readAppFile(rendererDir, 'file:///etc/passwd')).status).toBe(403);
    expect((await readAppFile(rendererDir, 'not a url')).status).toBe(400);
  });
});

describe('locateAppFile', () => {
  it('resolves inside the root and reports escapes as 403', () => {
    const inside = locateAppFile('/srv/app', 'app://spikeboard/assets/a.js');
    expect(inside).toEqual({ ok: true, filePath: path.resolve('/srv/app/assets/a.js') });
    const escape = locateAppFile('/srv/app', 'app://spikeboard/..%2f..%2fetc%2fpasswd');
    expect(escape).toMatchObject({ ok: false, status: 403 });
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer build outputs and falls back to octet-stream', () => {
    expect(mimeTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
