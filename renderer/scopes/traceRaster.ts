/**
 * Traces drawn as pixels: for every pixel column a trace crosses, the vertical span it covers
 * there is filled. No path is built and nothing is anti-aliased: one pass over the points finds
 * each column's span, then the spans are painted in tiles of a few columns, all traces per tile,
 * so the pixels being written stay in the processor's cache. Stroking the same lines as canvas
 * paths cost several times more (uPlot's path building and Skia's software stroker).
 */

export interface TraceBitmap {
  width: number;
  height: number;
  /** RGBA pixels as one uint32 each (little-endian: 0xAABBGGRR). */
  pixels: Uint32Array;
}

export interface Mapping {
  /** Pixel x of data x: (x - x0) * sx - pxOffset; pixel y of data y: (y0 - y) * sy. */
  x0: number;
  sx: number;
  y0: number;
  sy: number;
  /**
   * Whole pixels subtracted after scaling: a scrolling pane maps x * sx, the same for a sample in
   * every frame, and moves the window by an integer, so a sample always lands in the same column.
   */
  pxOffset?: number;
}

export interface TraceInput {
  ys: ArrayLike<number>;
  color: number;
}

/** 0xAABBGGRR for '#rrggbb'. */
export function packColor(hex: string, alpha = 255): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const r = (value >> 16) & 255;
  const g = (value >> 8) & 255;
  const b = value & 255;
  return ((alpha << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

const packedColors = new Map<string, number>();

/** `packColor(hex)` of an opaque colour, parsed once per colour. */
export function packedColor(hex: string): number {
  let value = packedColors.get(hex);
  if (value === undefined) packedColors.set(hex, (value = packColor(hex)));
  return value;
}

const EMPTY = 0x7fff;
const TILE_COLUMNS = 16;

/**
 * Widens `column`'s span to [top, bottom] (clamped to the bitmap). Spans are kept for columns -1
 * to width - 1, at index column + 1: the column left of the bitmap lends a wide line its pixels.
 */
function closeColumn(
  tops: Int16Array,
  bottoms: Int16Array,
  column: number,
  width: number,
  height: number,
  top: number,
  bottom: number,
): void {
  if (column < -1 || column >= width) return;
  const from = top < 0 ? 0 : top;
  const to = bottom >= height ? height - 1 : bottom;
  if (from > to) return;
  const at = column + 1;
  if (tops[at] === EMPTY) {
    tops[at] = from;
    bottoms[at] = to;
  } else {
    if (from < tops[at]!) tops[at] = from;
    if (to > bottoms[at]!) bottoms[at] = to;
  }
}

/**
 * Each column's [top, bottom] pixel rows for one trace (top = EMPTY where it has none), grown by
 * the line's thickness; rows are clamped to the bitmap.
 */
function columnSpans(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
  map: Mapping,
  width: number,
  height: number,
  up: number,
  down: number,
  tops: Int16Array,
  bottoms: Int16Array,
): void {
  tops.fill(EMPTY, 0, width + 1);
  let column = 0;
  let lo = 0;
  let hi = 0;
  let open = false;
  let prevX = 0;
  let prevY = 0;
  const offset = map.pxOffset ?? 0;
  for (let k = 0; k < count; k++) {
    const px = (xs[k]! - map.x0) * map.sx - offset;
    const py = (map.y0 - ys[k]!) * map.sy;
    if (!(py > -1e9 && py < 1e9)) {
      // NaN or off any scale: the line ends here.
      if (open)
        closeColumn(
          tops,
          bottoms,
          column,
          width,
          height,
          Math.round(lo) - up,
          Math.round(hi) + down,
        );
      open = false;
      continue;
    }
    const c = Math.floor(px);
    if (!open) {
      open = true;
      column = c;
      lo = hi = py;
    } else if (c === column) {
      if (py < lo) lo = py;
      if (py > hi) hi = py;
    } else {
      // The segment leaves `column`: close each column it crosses at its right edge.
      const slope = (py - prevY) / (px - prevX);
      if (column < -1) {
        column = Math.min(-1, c);
        lo = hi = prevY + (column - prevX) * slope;
      }
      const last = Math.min(c, width);
      while (column < last) {
        const edge = prevY + (column + 1 - prevX) * slope;
        if (edge < lo) lo = edge;
        if (edge > hi) hi = edge;
        closeColumn(
          tops,
          bottoms,
          column,
          width,
          height,
          Math.round(lo) - up,
          Math.round(hi) + down,
        );
        column++;
        lo = hi = edge;
      }
      column = c;
      if (py < lo) lo = py;
      if (py > hi) hi = py;
    }
    prevX = px;
    prevY = py;
  }
  if (open)
    closeColumn(tops, bottoms, column, width, height, Math.round(lo) - up, Math.round(hi) + down);
}

/** Scratch the spans of many traces are kept in between frames. */
export interface SpanScratch {
  tops: Int16Array[];
  bottoms: Int16Array[];
}

export function createSpanScratch(): SpanScratch {
  return { tops: [], bottoms: [] };
}

/**
 * Draws traces (x ascending, shared) into the bitmap, later ones on top, at least `thickness`
 * pixels tall and two columns wide from a thickness of 2: a trace covers a pixel of column c when
 * c's span or, for a wide line, c - 1's span holds its row, whatever the tiling. Only columns from
 * `fromColumn` on are written (the columns before only lend their spans), so a scrolling pane can
 * draw just its newest columns and get the pixels a whole redraw would.
 */
export function drawTraces(
  bitmap: TraceBitmap,
  xs: ArrayLike<number>,
  traces: readonly TraceInput[],
  count: number,
  map: Mapping,
  thickness: number,
  scratch: SpanScratch = createSpanScratch(),
  fromColumn = 0,
): void {
  const { width, height, pixels } = bitmap;
  const up = Math.floor((thickness - 1) / 2);
  const down = thickness - 1 - up;
  const wide = thickness >= 2;
  traces.forEach((trace, t) => {
    if ((scratch.tops[t]?.length ?? 0) < width + 1) {
      scratch.tops[t] = new Int16Array(width + 1);
      scratch.bottoms[t] = new Int16Array(width + 1);
    }
    columnSpans(
      xs,
      trace.ys,
      count,
      map,
      width,
      height,
      up,
      down,
      scratch.tops[t]!,
      scratch.bottoms[t]!,
    );
  });
  for (let tile = Math.max(0, fromColumn); tile < width; tile += TILE_COLUMNS) {
    const end = Math.min(width, tile + TILE_COLUMNS);
    for (let t = 0; t < traces.length; t++) {
      const tops = scratch.tops[t]!;
      const bottoms = scratch.bottoms[t]!;
      const color = traces[t]!.color;
      for (let c = tile; c < end; c++) {
        // Column c's span is at index c + 1, the span of the column left of it at index c.
        const top = tops[c + 1]!;
        if (top !== EMPTY) {
          const stop = bottoms[c + 1]! * width + c;
          for (let at = top * width + c; at <= stop; at += width) pixels[at] = color;
        }
        const left = wide ? tops[c]! : EMPTY;
        if (left !== EMPTY) {
          const stop = bottoms[c]! * width + c;
          for (let at = left * width + c; at <= stop; at += width) pixels[at] = color;
        }
      }
    }
  }
}

/** One trace (tests, single series). */
export function drawTrace(
  bitmap: TraceBitmap,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
  map: Mapping,
  color: number,
  thickness = 2,
): void {
  drawTraces(bitmap, xs, [{ ys, color }], count, map, thickness);
}
