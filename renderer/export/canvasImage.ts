/**
 * The circuit canvas as a picture, with html-to-image (as React Flow's docs do): the flow's
 * viewport is rendered at 100 % zoom, framed on the nodes' bounds with a margin, on the canvas's
 * background colour. PNG at twice the CSS resolution; SVG as html-to-image makes it (the cards
 * are HTML inside a foreignObject, the wiring is SVG), so it scales without blurring.
 */
import { getNodesBounds, type Node } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import { NothingToExport } from './nothingToExport';

const MARGIN_PX = 60;

export interface CanvasSource {
  /** The canvas section (section.canvas): holds the viewport and the arrow-marker defs. */
  root: HTMLElement;
  nodes: Node[];
}

/** The canvas section of the window, or null when no canvas is mounted. */
export function findCanvasRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="canvas"]');
}

/** What the edges, their labels and the arrowheads take from the style sheets. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
];

/**
 * html-to-image copies computed styles onto HTML elements but clones an <svg> as it is, so the
 * wiring would lose what the style sheets give it (colours, dashes). Its computed values are
 * written inline for the render; the returned function puts the elements back as they were.
 */
function inlineSvgStyles(root: Element): () => void {
  const saved: [Element, string | null][] = [];
  for (const svg of root.querySelectorAll('svg')) {
    for (const element of svg.querySelectorAll('*')) {
      const computed = getComputedStyle(element);
      const own = element.getAttribute('style');
      saved.push([element, own]);
      const resolved = SVG_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`);
      element.setAttribute('style', [own ?? '', ...resolved].join(';'));
    }
  }
  return () => {
    for (const [element, own] of saved) {
      if (own === null) element.removeAttribute('style');
      else element.setAttribute('style', own);
    }
  };
}

function backgroundColor(root: HTMLElement): string {
  const value = getComputedStyle(root).getPropertyValue('--panel').trim();
  return value === '' ? '#ffffff' : value;
}

/**
 * Runs `render` on the viewport framed for the picture. The edges' arrowheads are <marker>s
 * defined beside the viewport; a copy of their defs goes inside it for the render, then out.
 * (The viewport's own transform is replaced in the copy only, through html-to-image's `style`.)
 */
async function withFramedViewport<T>(
  source: CanvasSource,
  render: (viewport: HTMLElement, options: Parameters<typeof toSvg>[1]) => Promise<T>,
): Promise<T> {
  const viewport = source.root.querySelector<HTMLElement>('.react-flow__viewport');
  if (viewport === null) throw new Error('the canvas is not on screen');
  if (source.nodes.length === 0)
    throw new NothingToExport('The canvas is empty: there is nothing to draw.');
  const bounds = getNodesBounds(source.nodes);
  const width = Math.ceil(bounds.width + 2 * MARGIN_PX);
  const height = Math.ceil(bounds.height + 2 * MARGIN_PX);
  const markers = source.root.querySelector('.arrow-markers')?.cloneNode(true) ?? null;
  if (markers !== null) viewport.append(markers);
  const restore = inlineSvgStyles(viewport);
  try {
    return await render(viewport, {
      width,
      height,
      backgroundColor: backgroundColor(source.root),
      skipFonts: true,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${MARGIN_PX - bounds.x}px, ${MARGIN_PX - bounds.y}px) scale(1)`,
      },
    });
  } finally {
    restore();
    markers?.parentNode?.removeChild(markers);
  }
}

export async function canvasPng(source: CanvasSource): Promise<Blob> {
  const blob = await withFramedViewport(source, (viewport, options) =>
    toBlob(viewport, { ...options, pixelRatio: 2 }),
  );
  if (blob === null) throw new Error('the picture could not be encoded');
  return blob;
}

export async function canvasSvg(source: CanvasSource): Promise<Blob> {
  const url = await withFramedViewport(source, (viewport, options) => toSvg(viewport, options));
  const text = decodeURIComponent(url.slice(url.indexOf(',') + 1));
  return new Blob([text], { type: 'image/svg+xml' });
}
