// Draws the Spikeboard icon — a LIF membrane trace that charges, crosses a dashed threshold,
// spikes and resets — and writes icon.png (512×512 RGBA), icon.ico, icon.icns and icon.svg from
// the same geometry.
// Dependency-free (node:zlib) so it runs anywhere: `node assets/icons/generate-icon.mjs`.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { stdout } from 'node:process';
import { URL } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE_PX = 512;
const CORNER_PX = 104;
const BACKGROUND = [15, 23, 42]; // slate-900
const TRACE = [56, 189, 248]; // sky-400
const THRESHOLD = [245, 158, 11]; // amber-500
const TRACE_WIDTH_PX = 26;
const THRESHOLD_WIDTH_PX = 8;
const THRESHOLD_Y_PX = 200;
const DASH_PX = [28, 20];

/** Exponential charging toward a target, like v(t) under constant input. */
function charge(fromX, toX, baseY, riseY, tauPx) {
  const points = [];
  for (let x = fromX; x <= toX; x += 8) {
    points.push([x, baseY - riseY * (1 - Math.exp(-(x - fromX) / tauPx))]);
  }
  return points;
}

const tracePoints = [
  [64, 360],
  ...charge(120, 232, 360, 185, 50), // reaches the threshold line
  [248, 84], // the spike
  [262, 392], // undershoot below rest
  [282, 360], // reset
  ...charge(316, 448, 360, 120, 70),
];

const thresholdDashes = [];
for (let x = 72; x < 440; x += DASH_PX[0] + DASH_PX[1]) {
  thresholdDashes.push([
    [x, THRESHOLD_Y_PX],
    [Math.min(x + DASH_PX[0], 440), THRESHOLD_Y_PX],
  ]);
}

function segmentsOf(points) {
  return points.slice(1).map((point, i) => [points[i], point]);
}

function distanceToSegment(px, py, [[ax, ay], [bx, by]]) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed distance to the rounded square (negative inside). */
function roundedSquareDistance(px, py) {
  const half = SIZE_PX / 2;
  const qx = Math.abs(px - half) - (half - CORNER_PX);
  const qy = Math.abs(py - half) - (half - CORNER_PX);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - CORNER_PX;
}

const coverage = (distance) => Math.max(0, Math.min(1, 0.5 - distance));

/** Renders the 512-unit drawing at `sizePx` (geometry is scaled, edges antialiased). */
function renderRgba(sizePx) {
  const scale = sizePx / SIZE_PX;
  const traceSegments = segmentsOf(tracePoints);
  const rgba = new Uint8Array(sizePx * sizePx * 4);
  for (let y = 0; y < sizePx; y++) {
    for (let x = 0; x < sizePx; x++) {
      // Pixel centre in drawing units; distances are converted back to pixels for coverage.
      const px = (x + 0.5) / scale;
      const py = (y + 0.5) / scale;
      const alpha = coverage(roundedSquareDistance(px, py) * scale);
      let color = BACKGROUND;
      const dash = Math.min(...thresholdDashes.map((s) => distanceToSegment(px, py, s)));
      const dashCover = coverage((dash - THRESHOLD_WIDTH_PX / 2) * scale);
      color = color.map((c, i) => c + (THRESHOLD[i] - c) * dashCover);
      const trace = Math.min(...traceSegments.map((s) => distanceToSegment(px, py, s)));
      const traceCover = coverage((trace - TRACE_WIDTH_PX / 2) * scale);
      color = color.map((c, i) => c + (TRACE[i] - c) * traceCover);
      const offset = (y * sizePx + x) * 4;
      rgba.set([...color.map(Math.round), Math.round(alpha * 255)], offset);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(rgba, sizePx) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(sizePx, 0);
  header.writeUInt32BE(sizePx, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter set, no interlace
  const stride = sizePx * 4 + 1;
  const rows = Buffer.alloc(sizePx * stride);
  for (let y = 0; y < sizePx; y++) {
    rows[y * stride] = 0; // filter type None
    rows.set(rgba.subarray(y * sizePx * 4, (y + 1) * sizePx * 4), y * stride + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Windows .ico holding one PNG-compressed 256×256 image (supported since Windows Vista). */
function encodeIco(png256) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.set([0, 0, 0, 0], 6); // width 256, height 256 (0 means 256), no palette, reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png256.length, 14);
  header.writeUInt32LE(header.length, 18); // image data follows the directory
  return Buffer.concat([header, png256]);
}

/** macOS .icns with PNG entries: ic08 is 256×256, ic09 is 512×512. */
function encodeIcns(entries) {
  const blocks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((sum, b) => sum + b.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

const hex = (rgb) => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
const fmt = (points) => points.map(([x, y]) => `${+x.toFixed(1)},${+y.toFixed(1)}`).join(' ');

function svg() {
  const dashes = thresholdDashes
    .map(([[x1, y1], [x2, y2]]) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE_PX}" height="${SIZE_PX}" viewBox="0 0 ${SIZE_PX} ${SIZE_PX}">`,
    '<title>Spikeboard</title>',
    `<rect width="${SIZE_PX}" height="${SIZE_PX}" rx="${CORNER_PX}" fill="${hex(BACKGROUND)}"/>`,
    `<g stroke="${hex(THRESHOLD)}" stroke-width="${THRESHOLD_WIDTH_PX}" stroke-linecap="round">${dashes}</g>`,
    `<polyline points="${fmt(tracePoints)}" fill="none" stroke="${hex(TRACE)}" stroke-width="${TRACE_WIDTH_PX}" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</svg>',
    '',
  ].join('\n');
}

const here = new URL('.', import.meta.url);
const png512 = encodePng(renderRgba(512), 512);
const png256 = encodePng(renderRgba(256), 256);
writeFileSync(new URL('icon.png', here), png512);
writeFileSync(new URL('icon.ico', here), encodeIco(png256));
writeFileSync(
  new URL('icon.icns', here),
  encodeIcns([
    ['ic08', png256],
    ['ic09', png512],
  ]),
);
writeFileSync(new URL('icon.svg', here), svg());
stdout.write('wrote assets/icons/icon.{png,ico,icns,svg}\n');
