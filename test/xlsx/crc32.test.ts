import { crc32 as zlibCrc32 } from "node:zlib";
import { crc32 } from "../../src/xlsx/crc32";
import { randomBytes } from "./helpers";

test("crc32 gives zlib's checksum, whole and continued, at every length around its eight-byte step", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 1000, 65_537]) {
    const data = randomBytes(length, length + 3);
    expect(crc32(data)).toBe(zlibCrc32(data));
    const cut = Math.floor(length / 3);
    expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(zlibCrc32(data));
  }
});
