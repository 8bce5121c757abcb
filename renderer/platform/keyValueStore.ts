/**
 * A tiny promise wrapper over one IndexedDB object store, and an in-memory twin with the same
 * interface for unit tests. IndexedDB stores structured clones, so it also keeps the browser's
 * file handles (for recent files and drafts of files opened with the File System Access API).
 */

export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  put(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  entries(): Promise<[string, T][]>;
}

const DB_NAME = 'spikeboard';
const DB_VERSION = 1;
export const STORES = ['drafts', 'recent'] as const;
export type StoreName = (typeof STORES)[number];

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const name of STORES) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another window'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

function done<R>(request: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function indexedDbStore<T>(store: StoreName): KeyValueStore<T> {
  const run = async <R>(mode: IDBTransactionMode, body: (s: IDBObjectStore) => IDBRequest<R>) => {
    const db = await openDatabase();
    return done(body(db.transaction(store, mode).objectStore(store)));
  };
  return {
    get: (key) => run('readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
    put: async (key, value) => {
      await run('readwrite', (s) => s.put(value, key));
    },
    delete: async (key) => {
      await run('readwrite', (s) => s.delete(key));
    },
    entries: async () => {
      const db = await openDatabase();
      const s = db.transaction(store, 'readonly').objectStore(store);
      const [keys, values] = await Promise.all([done(s.getAllKeys()), done(s.getAll())]);
      return keys.map((key, i) => [String(key), values[i] as T]);
    },
  };
}

export function memoryStore<T>(): KeyValueStore<T> & { data: Map<string, T> } {
  const data = new Map<string, T>();
  return {
    data,
    get: async (key) => data.get(key),
    put: async (key, value) => {
      data.set(key, value);
    },
    delete: async (key) => {
      data.delete(key);
    },
    entries: async () => [...data.entries()],
  };
}

/** IndexedDB where the browser has it (not in some private modes), else memory for this page. */
export function persistentStore<T>(store: StoreName): KeyValueStore<T> {
  return typeof indexedDB === 'undefined' ? memoryStore<T>() : indexedDbStore<T>(store);
}
