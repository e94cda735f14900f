// Draws the toolbar icon (a lens split into a marketing half and an operations half) at 16, 32, 48
// and 128 px with plain pixel math, and writes PNGs with a minimal encoder on node:zlib.
// Run: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (row-major) → PNG bytes. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const BACKGROUND: Rgba = [22, 27, 34, 255];
const MARKETING: Rgba = [79, 140, 255, 255];
const OPERATIONS: Rgba = [255, 145, 60, 255];
const RING: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Colour of the icon at a point in unit coordinates (0..1). */
function shade(x: number, y: number): Rgba {
  // Rounded-square tile.
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return CLEAR;
  // Handle of the lens: a thick segment towards the bottom-right corner.
  const hx = x - 0.62;
  const hy = y - 0.62;
  const along = (hx + hy) / Math.SQRT2;
  const across = Math.abs(hx - hy) / Math.SQRT2;
  if (along > 0 && along < 0.34 && across < 0.075) return RING;
  // The lens: a ring around a disc split down the middle.
  const cx = x - 0.42;
  const cy = y - 0.42;
  const d = Math.hypot(cx, cy);
  if (d < 0.25) return cx < 0 ? MARKETING : OPERATIONS;
  if (d < 0.33) return RING;
  return BACKGROUND;
}

export function drawIcon(size: number): Uint8Array {
  const ss = 4; // supersampling for smooth edges
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          // Premultiply so transparent samples do not darken edges.
          acc[0]! += c[0] * c[3];
          acc[1]! += c[1] * c[3];
          acc[2]! += c[2] * c[3];
          acc[3]! += c[3];
        }
      }
      const a = acc[3]! / (ss * ss);
      const i = (py * size + px) * 4;
      pixels[i] = a ? Math.round(acc[0]! / acc[3]!) : 0;
      pixels[i + 1] = a ? Math.round(acc[1]! / acc[3]!) : 0;
      pixels[i + 2] = a ? Math.round(acc[2]! / acc[3]!) : 0;
      pixels[i + 3] = Math.round(a);
    }
  }
  return pixels;
}

const outDir = join(import.meta.dirname ?? '.', '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(join(outDir, `${size}.png`), encodePng(size, size, drawIcon(size)));
}
console.log(`icons written to ${outDir}`);
