import { cacheSlot, objectSlot, ReadCache } from "../../../src/core/read/read-cache";

describe("ReadCache: one import's caches", () => {
  test("a slot computes each key once, and is emptied at its bound", () => {
    const slot = cacheSlot<number, string>("squares", 2);
    const cache = new ReadCache();
    const calls: number[] = [];
    const square = (n: number) => (calls.push(n), String(n * n));
    expect([cache.get(slot, 3, square), cache.get(slot, 3, square), cache.get(slot, 4, square)]).toEqual(["9", "9", "16"]);
    expect(calls).toEqual([3, 4]);
    cache.get(slot, 5, square); // the bound: emptied, then 5 kept
    cache.get(slot, 3, square);
    expect(calls).toEqual([3, 4, 5, 3]);
  });

  test("two imports share nothing; two slots of one import neither, even over the same keys", () => {
    const a = cacheSlot<string, string>("a", 10);
    const b = cacheSlot<string, string>("b", 10);
    const first = new ReadCache();
    const second = new ReadCache();
    first.get(a, "k", () => "first");
    expect(second.get(a, "k", () => "second")).toBe("second");
    expect(first.get(b, "k", () => "other slot")).toBe("other slot");
    expect(first.get(a, "k", () => "again")).toBe("first");
  });

  test("an object slot keeps a value per object, null and undefined values included", () => {
    const slot = objectSlot<object, number | null>("per object");
    const cache = new ReadCache();
    const key = {};
    let calls = 0;
    expect(cache.of(slot, key, () => (calls++, null))).toBeNull();
    expect(cache.of(slot, key, () => (calls++, 1))).toBeNull();
    expect(cache.of(slot, {}, () => (calls++, 2))).toBe(2);
    expect(calls).toBe(2);
  });
});
