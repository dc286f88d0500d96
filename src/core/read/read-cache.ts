/**
 * The one cache of an import (docs/DECISIONS.md, D8: no cache at module level in
 * src/core, where it would outlive the import and be shared by two). A
 * block's sheets repeat the same template thousands of times, so readers
 * keep what they worked out (a row's reading, a sheet's structure, a score's
 * parsed value) here, under a slot each declares; an import makes one
 * `ReadCache` and hands it to everything it reads with, and it goes with the
 * import.
 */

/** A cache's name and bound, declared by the module that uses it; it holds nothing itself. */
export interface CacheSlot<K, V> {
  readonly name: string;
  /** Entries kept; the slot is emptied when it reaches it, so a strange input cannot grow it without bound. */
  readonly limit: number;
  /** Never set: it carries the key and value types. */
  readonly types?: (key: K) => V;
}

/** A slot keyed by objects (a Grid, a criteria table), let go with them. */
export interface ObjectSlot<K extends object, V> {
  readonly name: string;
  readonly types?: (key: K) => V;
}

export const cacheSlot = <K, V>(name: string, limit: number): CacheSlot<K, V> => ({ name, limit });
export const objectSlot = <K extends object, V>(name: string): ObjectSlot<K, V> => ({ name });

export class ReadCache {
  private readonly maps = new Map<CacheSlot<never, unknown>, Map<unknown, unknown>>();
  private readonly weakMaps = new Map<ObjectSlot<never, unknown>, WeakMap<object, unknown>>();

  /** `compute(key)`, once per key while the slot keeps it. */
  get<K, V>(slot: CacheSlot<K, V>, key: K, compute: (key: K) => V): V {
    let map = this.maps.get(slot as CacheSlot<never, unknown>) as Map<K, V> | undefined;
    if (!map) this.maps.set(slot as CacheSlot<never, unknown>, (map = new Map<K, V>()) as Map<unknown, unknown>);
    const known = map.get(key);
    if (known !== undefined || map.has(key)) return known as V;
    const value = compute(key);
    if (map.size >= slot.limit) map.clear();
    map.set(key, value);
    return value;
  }

  /** `compute(key)`, once per object while it lives. */
  of<K extends object, V>(slot: ObjectSlot<K, V>, key: K, compute: (key: K) => V): V {
    let map = this.weakMaps.get(slot as ObjectSlot<never, unknown>) as WeakMap<K, V> | undefined;
    if (!map) this.weakMaps.set(slot as ObjectSlot<never, unknown>, (map = new WeakMap<K, V>()) as WeakMap<object, unknown>);
    const known = map.get(key);
    if (known !== undefined || map.has(key)) return known as V;
    const value = compute(key);
    map.set(key, value);
    return value;
  }
}
