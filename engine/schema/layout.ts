import { z } from 'zod';
import { finite, id } from './fields';
import type { CanvasView } from './types';

/**
 * The layout sections of a file (format 2): where the canvas looked and what each scope pane
 * showed. They are presentation, so their rules are lenient where the circuit's are strict: a
 * scope may name a probe that no longer exists (it shows nothing), never making a file unreadable.
 */

export const DEFAULT_VIEW: Readonly<CanvasView> = Object.freeze({ x: 0, y: 0, zoom: 1 });

/** Zoom limits wider than any canvas allows, so only nonsense (0, negative, 1e9) is refused. */
export const MIN_ZOOM = 0.01;
export const MAX_ZOOM = 100;

export const viewSchema = z
  .looseObject({
    x: finite().default(0),
    y: finite().default(0),
    zoom: z
      .number()
      .gte(MIN_ZOOM, { error: `must be between ${MIN_ZOOM} and ${MAX_ZOOM}` })
      .lte(MAX_ZOOM, { error: `must be between ${MIN_ZOOM} and ${MAX_ZOOM}` })
      .default(1),
  })
  .default(() => ({ ...DEFAULT_VIEW }));

export const DEFAULT_SCOPE_HEIGHT_PX = 240;
export const MAX_SCOPES = 64;

export const scopePaneSchema = z.looseObject({
  id: id(),
  title: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  probes: z
    .array(id())
    .max(256, { error: 'must list at most 256 probes' })
    .default(() => []),
  heightPx: z
    .number()
    .int({ error: 'must be a whole number of pixels' })
    .gte(40, { error: 'must be between 40 and 4000 px' })
    .lte(4000, { error: 'must be between 40 and 4000 px' })
    .default(DEFAULT_SCOPE_HEIGHT_PX),
});

export const scopesSchema = z
  .array(scopePaneSchema)
  .max(MAX_SCOPES, { error: `must have at most ${MAX_SCOPES} scope panes` })
  .default(() => [])
  .superRefine((panes, ctx) => {
    const seen = new Map<string, number>();
    panes.forEach((pane, index) => {
      const first = seen.get(pane.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `"${pane.id}" is already used by $.scopes[${first}]: every scope pane needs its own id`,
          input: pane.id,
        });
      } else seen.set(pane.id, index);
    });
  });
