#!/usr/bin/env node
/**
 * Writes the add-in icons (16/32/64/80/128 px PNG): a teal rounded square with a white check mark.
 * Hand-written with node's zlib because the icons are simple shapes and no image library is installed;
 * run `node assets/generate-icons.cjs` after changing the design, and commit the PNGs.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of a pixel by the shape, 4x4 supersampled so small sizes stay smooth. */
function pixel(size, x, y) {
  const teal = [0x0f, 0x76, 0x6e];
  let bg = 0,
    mark = 0;
  const r = size * 0.2,
    stroke = size * 0.09;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const px = (x + (sx + 0.5) / 4) / size,
        py = (y + (sy + 0.5) / 4) / size;
      const qx = Math.max(Math.abs(px - 0.5) - (0.5 - r / size), 0),
        qy = Math.max(Math.abs(py - 0.5) - (0.5 - r / size), 0);
      if (Math.hypot(qx, qy) <= r / size) {
        bg++;
        const d = Math.min(
          distToSegment(px, py, 0.27, 0.52, 0.43, 0.68),
          distToSegment(px, py, 0.43, 0.68, 0.74, 0.34)
        );
        if (d <= stroke / size) mark++;
      }
    }
  const a = bg / 16,
    m = bg ? mark / bg : 0;
  return [...teal.map((c) => Math.round(c + (255 - c) * m)), Math.round(a * 255)];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++)
      Buffer.from(pixel(size, x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128])
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
console.log("icons written to", __dirname);
