/** The platform this window runs on: Electron when the preload is there, else the browser. */
import { browserPlatform, type RecentRecord } from './browserPlatform';
import { electronApi, electronPlatform } from './electronPlatform';
import { persistentStore } from './keyValueStore';
import type { Platform } from './types';

let current: Platform | null = null;

export function platform(): Platform {
  if (current === null) {
    const api = electronApi();
    current =
      api !== null
        ? electronPlatform(api)
        : browserPlatform(persistentStore<RecentRecord>('recent'));
  }
  return current;
}

/** Tests put a platform double in place. */
export function setPlatformForTests(next: Platform | null): void {
  current = next;
}
