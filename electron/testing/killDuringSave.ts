/**
 * A child process for atomicWrite.test.ts: starts saving `text` over `target` and stops at the
 * stage given, telling the parent on stdout, so the parent can kill it there (SIGKILL: no
 * cleanup runs, exactly like a crash or a power cut from the program's point of view).
 * atomicWrite.test.ts bundles it with esbuild first. Usage: node <bundle> <target> <stage: mid-write | before-rename> <bytes>
 */
import { open } from 'node:fs/promises';
import { writeFileAtomic } from '../main/atomicWrite';

const [target, stage, size] = process.argv.slice(2);
if (target === undefined || stage === undefined || size === undefined) process.exit(2);
const data = Buffer.alloc(Number(size), 'n');
const forever = () => new Promise<void>(() => setInterval(() => undefined, 1000));

await writeFileAtomic(target, data, {
  fs: {
    open: (async (file: string, flags: string, mode?: number) => {
      const handle = await open(file, flags, mode);
      if (stage !== 'mid-write' || flags !== 'wx') return handle;
      // Write the first half for real, then hang as if the disk stalled.
      return Object.assign(Object.create(handle) as typeof handle, {
        write: async (buffer: Uint8Array, offset: number, length: number) => {
          const half = Math.floor(length / 2);
          await handle.write(buffer, offset, half);
          await handle.sync();
          process.stdout.write('stopped\n');
          await forever();
          return { bytesWritten: half, buffer };
        },
      });
    }) as typeof open,
  },
  beforeRename: async () => {
    if (stage !== 'before-rename') return;
    process.stdout.write('stopped\n');
    await forever();
  },
});
process.stdout.write('saved\n');
