/** Saves a blob as a download (the browser build; the Electron save dialog comes later). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface LegendEntry {
  label: string;
  color: string;
  dash: number[] | null;
}

/** The window's colour variable `name` (the theme's), or `fallback` outside a themed page. */
function themeColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/**
 * A pane as a picture: its title, its plot canvases (axes and traces are drawn on them) stacked,
 * and a legend, on the pane's background (white in the light theme; the axes are drawn in the
 * theme's colours, so a dark pane stays dark).
 */
export function composePng(
  title: string,
  canvases: readonly HTMLCanvasElement[],
  legend: readonly LegendEntry[],
): Promise<Blob> {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(...canvases.map((c) => c.width), 320);
  const titleHeight = Math.round(28 * ratio);
  const legendHeight = Math.round((legend.length > 0 ? 22 : 0) * ratio);
  const plotsHeight = canvases.reduce((h, c) => h + c.height, 0);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = titleHeight + plotsHeight + legendHeight;
  const ctx = out.getContext('2d');
  if (ctx === null) return Promise.reject(new Error('no 2D canvas to draw the picture on'));
  const ink = themeColor('--ink', '#212529');
  ctx.fillStyle = themeColor('--paper', '#ffffff');
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = ink;
  ctx.font = `${Math.round(14 * ratio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 10 * ratio, titleHeight / 2);
  let y = titleHeight;
  for (const canvas of canvases) {
    ctx.drawImage(canvas, 0, y);
    y += canvas.height;
  }
  let x = 10 * ratio;
  ctx.font = `${Math.round(12 * ratio)}px system-ui, sans-serif`;
  for (const entry of legend) {
    const midY = y + legendHeight / 2;
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 2 * ratio;
    ctx.setLineDash((entry.dash ?? []).map((d) => d * ratio));
    ctx.beginPath();
    ctx.moveTo(x, midY);
    ctx.lineTo(x + 18 * ratio, midY);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = ink;
    ctx.fillText(entry.label, x + 24 * ratio, midY);
    x += (30 + ctx.measureText(entry.label).width / ratio + 16) * ratio;
  }
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))),
      'image/png',
    ),
  );
}
