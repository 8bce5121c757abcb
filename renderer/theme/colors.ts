/**
 * One colour per node family (PRODUCT.md, "Visual language"), as CSS variables defined per theme
 * in styles.css: generators, LI populations, LIF populations, probes. The scopes' trace colours
 * (renderer/scopes/scopeColors.ts) use the same hues.
 */
import { familyOf, type NodeKind } from '../../engine/schema';

export type ColorKey = 'generator' | 'li' | 'lif' | 'probe';

export function colorKey(kind: NodeKind): ColorKey {
  if (kind === 'li' || kind === 'lif') return kind;
  return familyOf(kind) === 'generator' ? 'generator' : 'probe';
}

/** `var(--color-lif)`: usable in inline styles and SVG fills, follows the theme. */
export function colorVar(kind: NodeKind): string {
  return `var(--color-${colorKey(kind)})`;
}
