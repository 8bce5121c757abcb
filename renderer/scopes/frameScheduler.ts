/**
 * One `requestAnimationFrame` for every pane: a pane asks for a redraw as often as it likes and
 * draws at most once per frame, all panes in the same frame.
 */
const waiting = new Map<object, () => void>();
let frame = 0;

function runFrame(): void {
  frame = 0;
  const jobs = [...waiting.values()];
  waiting.clear();
  for (const job of jobs) job();
}

export function requestRedraw(owner: object, draw: () => void): void {
  waiting.set(owner, draw);
  if (frame === 0) frame = requestAnimationFrame(runFrame);
}

export function cancelRedraw(owner: object): void {
  waiting.delete(owner);
}
