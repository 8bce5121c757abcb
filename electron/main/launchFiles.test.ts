import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv } from './launchFiles';

describe('filesFromArgv', () => {
  const cwd = path.resolve('/home/student/course');

  it('finds project files, resolved against the launching folder', () => {
    expect(
      filesFromArgv(
        ['/opt/Spikeboard/spikeboard', 'lab1.spikeboard', '/tmp/Other.SPIKEBOARD'],
        cwd,
      ),
    ).toEqual([path.join(cwd, 'lab1.spikeboard'), path.resolve('/tmp/Other.SPIKEBOARD')]);
  });

  it('skips the executable, switches, the app folder of `electron .`, and other files', () => {
    expect(
      filesFromArgv(
        [
          'electron',
          '.',
          '--no-sandbox',
          '--inspect=9229',
          '-psn_0_12345',
          'notes.txt',
          'main.js',
          '',
        ],
        cwd,
      ),
    ).toEqual([]);
  });

  it('accepts .json circuit files and lists each file once', () => {
    expect(filesFromArgv(['x', 'a.json', './a.json'], cwd)).toEqual([path.join(cwd, 'a.json')]);
  });
});
