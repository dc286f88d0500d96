const POLY = 0xedb88320;
const TABLES: Int32Array = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? POLY ^ (c >>> 1) : c >>> 1; t[n] = c; }
  for (let n = 0; n < 256; n++) { let c = t[n] as number; for (let k = 1; k < 8; k++) { c = (t[c & 0xff] as number) ^ (c >>> 8); t[k * 256 + n] = c; } }
  return t;
})();
export function crc32(data: Uint8Array, previous = 0): number {
  const t = TABLES; let c = ~previous; let i = 0; const end8 = data.length - (data.length % 8);
  for (; i < end8; i += 8) {
    const a = c ^ ((data[i] as number) | ((data[i + 1] as number) << 8) | ((data[i + 2] as number) << 16) | ((data[i + 3] as number) << 24));
    c = (t[1792 + (a & 0xff)] as number) ^ (t[1536 + ((a >>> 8) & 0xff)] as number) ^ (t[1280 + ((a >>> 16) & 0xff)] as number) ^ (t[1024 + (a >>> 24)] as number) ^ (t[768 + (data[i + 4] as number)] as number) ^ (t[512 + (data[i + 5] as number)] as number) ^ (t[256 + (data[i + 6] as number)] as number) ^ (t[data[i + 7] as number] as number);
  }
  for (; i < data.length; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
