import { describe, expect, it } from 'vitest';
import { DEFAULT_PANELS, clampSize, panelCssVars, parsePanels } from './panelModel';

describe('panel layout', () => {
  it('keeps sizes within each panel’s limits', () => {
    expect(clampSize('palette', 10)).toBe(140);
    expect(clampSize('inspector', 5000)).toBe(640);
    expect(clampSize('dock', 250.4)).toBe(250);
  });

  it('reads a stored layout, clamping sizes and ignoring what is malformed', () => {
    const stored = JSON.stringify({
      palette: { sizePx: 9999, collapsed: true },
      inspector: { sizePx: 'wide' },
      dock: { sizePx: 300, collapsed: 'yes' },
      extra: 1,
    });
    expect(parsePanels(stored)).toEqual({
      palette: { sizePx: 420, collapsed: true },
      inspector: { sizePx: null, collapsed: false },
      dock: { sizePx: 300, collapsed: false },
    });
    expect(parsePanels('{not json')).toEqual(DEFAULT_PANELS);
    expect(parsePanels(null)).toEqual(DEFAULT_PANELS);
    expect(parsePanels('[1,2]')).toEqual(DEFAULT_PANELS);
  });

  it('gives the grid a variable per panel: a rail when collapsed, the default when unset', () => {
    expect(
      panelCssVars({
        palette: { sizePx: 250, collapsed: false },
        inspector: { sizePx: 300, collapsed: true },
        dock: { sizePx: null, collapsed: false },
      }),
    ).toEqual({
      '--palette-width': 'min(250px, 40vw)',
      '--inspector-width': '30px',
      '--dock-height': null,
    });
  });
});
