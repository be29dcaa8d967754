// Draws the toolbar icons (public/icons/icon-N.png): a blue rounded square with a white card and a yellow
// mark line. Run once after changing the design: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function pixel(u, v) {
  if (!inRoundRect(u, v, 0, 0, 1, 1, 0.2)) return [0, 0, 0, 0];
  if (inRoundRect(u, v, 0.2, 0.24, 0.8, 0.76, 0.06)) {
    if (v > 0.56 && v < 0.64 && u > 0.3 && u < 0.7) return [255, 196, 0, 255];
    if ((v > 0.34 && v < 0.4 && u > 0.3 && u < 0.62) || (v > 0.45 && v < 0.5 && u > 0.3 && u < 0.7)) return [31, 78, 153, 255];
    return [255, 255, 255, 255];
  }
  return [31, 78, 153, 255];
}

for (const size of [16, 32, 48, 128]) {
  const rows = [];
  const ss = 4; // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const p = pixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
        }
      const a = acc[3] / (ss * ss);
      row.push(...[0, 1, 2].map((i) => (a ? Math.round(acc[i] / (ss * ss) / (a / 255)) : 0)), Math.round(a));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png);
}
