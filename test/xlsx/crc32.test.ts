import { crc32 as zlibCrc32 } from "node:zlib";
import { crc32 } from "../../src/xlsx/crc32";

/** Bytes that are not all alike: a xorshift stream of a fixed seed. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test("crc32 gives zlib's checksum, whole and continued, at every length around its eight-byte step", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 1000, 65_537]) {
    const data = bytes(length, length + 3);
    expect(crc32(data)).toBe(zlibCrc32(data));
    const cut = Math.floor(length / 3);
    expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(zlibCrc32(data));
  }
});
