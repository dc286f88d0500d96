/**
 * A function's results kept by argument (for the file adapters: the pure core keeps
 * its caches in the import's ReadCache instead), for pure functions that a block calls
 * with the same few values hundreds of thousands of times (a template's
 * labels, a score's value). The cache is emptied when it reaches `limit`, so
 * a strange input cannot grow it without bound.
 */
export function memoize<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as V;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
