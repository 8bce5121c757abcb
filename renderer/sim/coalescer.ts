/**
 * Latest-wins, single-flight scheduling for instant mode: while one job runs, newer submissions
 * replace each other and only the latest runs next. A slider drag of 60 steps per second thus
 * never queues up work, and the document shown is always the newest one simulated.
 */
export interface Coalescer<T> {
  submit(value: T): void;
  /** True while a job runs. */
  readonly busy: boolean;
  /** Resolves when nothing runs and nothing waits. */
  idle(): Promise<void>;
  /** Drops the waiting submission (the running job finishes). */
  cancelPending(): void;
}

export function createCoalescer<T>(run: (value: T) => Promise<void>): Coalescer<T> {
  let busy = false;
  let pending: { value: T } | null = null;
  let idleWaiters: (() => void)[] = [];

  async function pump(): Promise<void> {
    busy = true;
    while (pending !== null) {
      const { value } = pending;
      pending = null;
      try {
        await run(value);
      } catch {
        // The job reports its own failures; the next submission still runs.
      }
    }
    busy = false;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  return {
    submit(value) {
      pending = { value };
      if (!busy) void pump();
    },
    get busy() {
      return busy;
    },
    idle() {
      if (!busy && pending === null) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    cancelPending() {
      pending = null;
    },
  };
}
