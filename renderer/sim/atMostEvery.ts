/**
 * Runs `run` at most once every `intervalMs`: a request after a quiet interval runs at once; the
 * requests within an interval run it once, when the interval is over, so the latest value shows
 * last. For figures fed by the worker's events that a person reads (the status clock, the node
 * cards): changed in every frame they cannot be read, and each change costs a rendering pass.
 */
export interface AtMostEvery {
  request(): void;
  /** Runs a waiting request now (a pause shows the latest figures at once). */
  flush(): void;
  cancel(): void;
}

export function atMostEvery(intervalMs: number, run: () => void): AtMostEvery {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let ranAtMs = -Infinity;
  const fire = () => {
    timer = null;
    ranAtMs = performance.now();
    run();
  };
  return {
    request() {
      if (timer !== null) return;
      const waitMs = ranAtMs + intervalMs - performance.now();
      if (waitMs <= 0) fire();
      else timer = setTimeout(fire, waitMs);
    },
    flush() {
      if (timer === null) return;
      clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
