/**
 * Redraws for every pane, at most one per pane per animation frame. A request that comes at
 * least `MIN_GAP_MS` after that pane's last draw is served at once (in a microtask, so all panes
 * asking in the same task draw together): an instant-mode result or a live batch is on screen in
 * the frame it arrives, not one frame later, and a steady stream of batches (one a frame) asks
 * for no animation frames at all — each requested frame costs the page a rendering pass even
 * when nothing else changed. Requests closer together wait for the next animation frame.
 */
const MIN_GAP_MS = 12;
const lastDrawMs = new WeakMap<object, number>();
const waiting = new Map<object, () => void>();
const immediate = new Map<object, () => void>();
let frame = 0;
let microtaskQueued = false;

function drawAll(jobs: Map<object, () => void>): void {
  const list = [...jobs];
  jobs.clear();
  const nowMs = performance.now();
  for (const [owner, draw] of list) {
    lastDrawMs.set(owner, nowMs);
    draw();
  }
}

function onFrame(): void {
  frame = 0;
  drawAll(waiting);
}

function runImmediate(): void {
  microtaskQueued = false;
  drawAll(immediate);
}

export function requestRedraw(owner: object, draw: () => void): void {
  if (immediate.has(owner)) immediate.set(owner, draw);
  else if (waiting.has(owner)) waiting.set(owner, draw);
  else if (performance.now() - (lastDrawMs.get(owner) ?? -Infinity) >= MIN_GAP_MS) {
    immediate.set(owner, draw);
    if (!microtaskQueued) {
      microtaskQueued = true;
      queueMicrotask(runImmediate);
    }
  } else {
    waiting.set(owner, draw);
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  }
}

export function cancelRedraw(owner: object): void {
  waiting.delete(owner);
  immediate.delete(owner);
}
