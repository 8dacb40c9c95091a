/**
 * The add-in's icon, drawn as PNG: a white check mark, on a teal tile with rounded corners (`tile`,
 * the Outlook ribbon icons in assets/), on a full teal square (`solid`, the Microsoft 365 app package's
 * colour icon) or alone on transparency (`outline`, its outline icon).
 * Hand-written with node's zlib: the shapes are simple and no image library is a dependency.
 */
const zlib = require("node:zlib");

const TEAL = [0x0f, 0x76, 0x6e];

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
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** RGBA of one pixel, 4x4 supersampled so small sizes stay smooth. */
function pixel(size, x, y, style) {
  const corner = style === "tile" ? 0.2 : 0;
  let bg = 0;
  let mark = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const px = (x + (sx + 0.5) / 4) / size;
      const py = (y + (sy + 0.5) / 4) / size;
      const qx = Math.max(Math.abs(px - 0.5) - (0.5 - corner), 0);
      const qy = Math.max(Math.abs(py - 0.5) - (0.5 - corner), 0);
      if (Math.hypot(qx, qy) > corner) continue;
      bg++;
      const d = Math.min(
        distToSegment(px, py, 0.27, 0.52, 0.43, 0.68),
        distToSegment(px, py, 0.43, 0.68, 0.74, 0.34)
      );
      if (d <= 0.09) mark++;
    }
  if (style === "outline") return [255, 255, 255, Math.round((mark / 16) * 255)];
  const m = bg ? mark / bg : 0;
  return [...TEAL.map((c) => Math.round(c + (255 - c) * m)), Math.round((bg / 16) * 255)];
}

/** @param {number} size @param {"tile" | "solid" | "outline"} style */
function iconPng(size, style) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++)
      Buffer.from(pixel(size, x, y, style)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
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

module.exports = { iconPng };
