// Draws the app's two Teams icons as PNG files, deterministically (same bytes on every run):
//   color.png   192x192: a white speech bubble with a green tick on the school blue; the symbol sits in the
//               middle 96x96 with 48 px of padding, on a solid square (Teams rounds the corners itself).
//   outline.png  32x32: the same bubble as a white outline with the tick, on a fully transparent background,
//               no padding; every pixel is white with some alpha, or alpha 0, as Teams requires.
//
//   node manifest/icons/draw-icons.mjs        (writes manifest/color.png and manifest/outline.png)
//
// Shapes are signed distance functions sampled 8x8 times per pixel, which gives smooth edges without any
// image library; the PNG is written by hand (IHDR, one IDAT, IEND) with node's zlib.
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const schoolBlue = [0x1b, 0x4f, 0x8c];
const tickGreen = [0x2e, 0x85, 0x40];
const white = [0xff, 0xff, 0xff];

function roundedRectDistance(x, y, { left, top, right, bottom, radius }) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - cy) - ((bottom - top) / 2 - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const abx = bx - ax;
  const aby = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * abx + (y - ay) * aby) / (abx * abx + aby * aby)));
  return Math.hypot(x - ax - t * abx, y - ay - t * aby);
}

function polygonDistance(x, y, points) {
  let distance = Infinity;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    distance = Math.min(distance, segmentDistance(x, y, points[j], points[i]));
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside ? -distance : distance;
}

function polylineDistance(x, y, points) {
  let distance = Infinity;
  for (let i = 1; i < points.length; i++) {
    distance = Math.min(distance, segmentDistance(x, y, points[i - 1], points[i]));
  }
  return distance;
}

// A speech bubble: a rounded rectangle with a tail at the lower left.
function bubbleDistance(x, y, bubble) {
  return Math.min(roundedRectDistance(x, y, bubble.body), polygonDistance(x, y, bubble.tail));
}

// Renders size x size RGBA pixels; paint(x, y) returns [r, g, b, a] (0-255, a as 0-1) for one sample point.
function render(size, paint) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = paint(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = Math.round((a / (samples * samples)) * 255);
      if (alpha > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = alpha;
      }
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter type 0 (none)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function drawColorIcon() {
  // The symbol occupies 48..144 on both axes.
  const bubble = {
    body: { left: 48, top: 50, right: 144, bottom: 124, radius: 18 },
    tail: [[62, 118], [94, 118], [54, 144]],
  };
  const tick = [[72, 87], [89, 104], [121, 71]];
  return render(192, (x, y) => {
    if (polylineDistance(x, y, tick) <= 6.5) {
      return [...tickGreen, 1];
    }
    if (bubbleDistance(x, y, bubble) <= 0) {
      return [...white, 1];
    }
    return [...schoolBlue, 1];
  });
}

function drawOutlineIcon() {
  const bubble = {
    body: { left: 1, top: 2, right: 31, bottom: 24, radius: 6 },
    tail: [[5.5, 21], [13, 21], [3, 31]],
  };
  const stroke = 2.2;
  const tick = [[9.5, 13], [14, 17.5], [22.5, 9]];
  return render(32, (x, y) => {
    const edge = bubbleDistance(x, y, bubble);
    const onOutline = edge <= 0 && edge >= -stroke;
    const onTick = polylineDistance(x, y, tick) <= 1.3;
    return onOutline || onTick ? [...white, 1] : [...white, 0];
  });
}

const manifestDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
writeFileSync(path.join(manifestDir, "color.png"), encodePng(192, drawColorIcon()));
writeFileSync(path.join(manifestDir, "outline.png"), encodePng(32, drawOutlineIcon()));
console.log(`wrote ${path.join(manifestDir, "color.png")} and ${path.join(manifestDir, "outline.png")}`);
