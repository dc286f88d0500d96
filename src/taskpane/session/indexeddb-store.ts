/**
 * Where the browser app keeps the work (kept-work.ts): the browser's
 * IndexedDB, on this computer, for this page's origin (a file opened from
 * the disk has its own). One record, replaced whole at each save, so a
 * save is all or nothing.
 */
import type { KeptWork, WorkStore } from "./kept-work";

const DATABASE = "thidua";
const STORE = "work";
const KEY = "current";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

export class IndexedDbWorkStore implements WorkStore {
  private database: Promise<IDBDatabase> | null = null;

  private open(): Promise<IDBDatabase> {
    this.database ??= new Promise((resolve, reject) => {
      if (typeof indexedDB === "undefined") {
        reject(new Error("this browser has no IndexedDB"));
        return;
      }
      const req = indexedDB.open(DATABASE, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error("IndexedDB could not be opened"));
      req.onblocked = () => reject(new Error("IndexedDB is held by another tab of this page"));
    });
    // A refusal once (a private window) is not cached: the next call asks again.
    this.database.catch(() => (this.database = null));
    return this.database;
  }

  private async run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.open();
    const transaction = db.transaction(STORE, mode);
    const result = request(body(transaction.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction failed"));
    });
    return result;
  }

  load(): Promise<unknown> {
    return this.run("readonly", (store) => store.get(KEY));
  }

  async save(work: KeptWork): Promise<void> {
    await this.run("readwrite", (store) => store.put(work, KEY));
  }

  async clear(): Promise<void> {
    await this.run("readwrite", (store) => store.delete(KEY));
  }
}
