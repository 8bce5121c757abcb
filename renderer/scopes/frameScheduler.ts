/**
 * Redraws for every pane, at most one per pane per animation frame. A request in a frame where
 * that pane has not drawn yet is served at once (in a microtask, so all panes asking in the same
 * task draw together): an instant-mode result is on screen in the frame it arrives, not one
 * frame later. Further requests in the same frame wait for the next animation frame.
 */
const drawnThisFrame = new Set<object>();
const waiting = new Map<object, () => void>();
let frame = 0;
let microtaskQueued = false;
const immediate = new Map<object, () => void>();

function onFrame(): void {
  frame = 0;
  drawnThisFrame.clear();
  const jobs = [...waiting];
  waiting.clear();
  for (const [owner, draw] of jobs) {
    drawnThisFrame.add(owner);
    draw();
  }
  // Keep one more frame of bookkeeping so a request right after these draws still waits.
  if (jobs.length > 0) frame = requestAnimationFrame(onFrame);
}

function runImmediate(): void {
  microtaskQueued = false;
  const jobs = [...immediate];
  immediate.clear();
  for (const [, draw] of jobs) draw();
}

export function requestRedraw(owner: object, draw: () => void): void {
  if (!drawnThisFrame.has(owner) && !waiting.has(owner)) {
    drawnThisFrame.add(owner);
    immediate.set(owner, draw);
    if (!microtaskQueued) {
      microtaskQueued = true;
      queueMicrotask(runImmediate);
    }
  } else if (immediate.has(owner)) {
    immediate.set(owner, draw);
  } else {
    waiting.set(owner, draw);
  }
  if (frame === 0) frame = requestAnimationFrame(onFrame);
}

export function cancelRedraw(owner: object): void {
  waiting.delete(owner);
  immediate.delete(owner);
}
