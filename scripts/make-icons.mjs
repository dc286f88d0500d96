#!/usr/bin/env node
// Draws the add-in icon — a yellow five-pointed star on a red rounded square,
// the emulation-flag motif — into assets/icon-<size>.png.
//
// Written without an image library so that regenerating the icons needs
// nothing beyond Node. The PNG is built by hand: signature, IHDR, one IDAT
// (zlib) and IEND, each chunk closed by its CRC-32.
//
// Usage: node scripts/make-icons.mjs [OUTPUT_DIR]   (default: assets/)

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const SIZES = [16, 32, 64, 80];

const RED = [0xda, 0x25, 0x1d];
const YELLOW = [0xff, 0xcd, 0x00];

// Shape, as fractions of the icon's side. The star is made large because at
// 16 px anything smaller turns into a yellow blob.
const CORNER_RADIUS = 0.2;
const STAR_OUTER_RADIUS = 0.42;
// The ratio of a regular pentagram: the inner vertices are where the lines
// joining alternate outer vertices cross.
const STAR_INNER_RATIO = Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10);

// 8×8 samples per pixel: smooth edges even on the 16 px icon, still instant.
const SAMPLES = 8;

// ---------------------------------------------------------------------------
// Geometry, in a unit square: x to the right, y downwards, 0..1.

function starPolygon() {
  const outer = STAR_OUTER_RADIUS;
  const inner = outer * STAR_INNER_RATIO;
  // A point-up star reaches outer·cos(36°) below its centre but the full
  // radius above it; move it down so that its bounding box is centred.
  const centreX = 0.5;
  const centreY = 0.5 + (outer - outer * Math.cos(Math.PI / 5)) / 2;
  const points = [];
  for (let index = 0; index < 10; index += 1) {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    points.push([centreX + radius * Math.cos(angle), centreY + radius * Math.sin(angle)]);
  }
  return points;
}

// Even-odd ray casting; the star polygon does not self-intersect.
function insidePolygon(x, y, points) {
  let inside = false;
  for (let index = 0, previous = points.length - 1; index < points.length; previous = index, index += 1) {
    const [xi, yi] = points[index];
    const [xj, yj] = points[previous];
    const crosses = yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
    if (crosses) {
      inside = !inside;
    }
  }
  return inside;
}

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  // Distance from the inner square whose corners are the arcs' centres.
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && dx * dx + dy * dy <= r * r;
}

// The colour at one point, or null where the icon is transparent.
function colourAt(x, y, star) {
  if (!insideRoundedSquare(x, y)) {
    return null;
  }
  return insidePolygon(x, y, star) ? YELLOW : RED;
}

// ---------------------------------------------------------------------------
// Rasterising

// Returns size×size RGBA pixels, row by row.
function render(size) {
  const star = starPolygon();
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const [r, g, b, a] = samplePixel(column, row, size, star);
      const offset = (row * size + column) * 4;
      pixels[offset] = r;
      pixels[offset + 1] = g;
      pixels[offset + 2] = b;
      pixels[offset + 3] = a;
    }
  }
  return pixels;
}

// Averages the samples weighted by coverage, so that a half-covered edge pixel
// gets the shape's colour at half opacity rather than a colour mixed with
// the transparent black around it.
function samplePixel(column, row, size, star) {
  let red = 0;
  let green = 0;
  let blue = 0;
  let covered = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const x = (column + (sx + 0.5) / SAMPLES) / size;
      const y = (row + (sy + 0.5) / SAMPLES) / size;
      const colour = colourAt(x, y, star);
      if (colour) {
        red += colour[0];
        green += colour[1];
        blue += colour[2];
        covered += 1;
      }
    }
  }
  if (covered === 0) {
    return [0, 0, 0, 0];
  }
  const alpha = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
  return [Math.round(red / covered), Math.round(green / covered), Math.round(blue / covered), alpha];
}

// ---------------------------------------------------------------------------
// PNG encoding

const CRC_TABLE = makeCrcTable();

function makeCrcTable() {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, pixels) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method: adaptive
  header[12] = 0; // no interlace

  // Every scanline starts with its filter type; 0 (None) keeps this simple and
  // the icons are tiny anyway.
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row += 1) {
    raw[row * (stride + 1)] = 0;
    pixels.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }

  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------

function displayPath(file) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

function main() {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const outputDir = path.resolve(process.argv[2] ?? path.join(repoRoot, "assets"));
  fs.mkdirSync(outputDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outputDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${displayPath(file)} (${size}×${size})`);
  }
}

main();
