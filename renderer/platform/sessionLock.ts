/**
 * Which windows are alive, so a draft is offered for restoring only when the window that wrote
 * it is gone (closed without saving, crashed, killed). Each window holds a Web Lock named after
 * its session for as long as the page lives; the browser releases it when the page dies, however
 * it dies. Without Web Locks every other session counts as gone.
 */

const PREFIX = 'spikeboard-session:';

type LockManagerLike = {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
};

function locks(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

/** Holds this session's lock until the page goes away. */
export function holdSessionLock(sessionId: string): void {
  void locks()
    ?.request(`${PREFIX}${sessionId}`, () => new Promise<void>(() => undefined))
    .catch(() => undefined);
}

/** Sessions whose windows are alive right now (this one included, once its lock is granted). */
export async function liveSessions(): Promise<Set<string>> {
  const manager = locks();
  if (manager === undefined) return new Set();
  try {
    const { held = [] } = await manager.query();
    return new Set(
      held
        .map((lock) => lock.name ?? '')
        .filter((name) => name.startsWith(PREFIX))
        .map((name) => name.slice(PREFIX.length)),
    );
  } catch {
    return new Set();
  }
}
