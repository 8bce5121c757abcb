import { describe, expect, it } from 'vitest';
import { MIGRATIONS, OLDEST_FORMAT_VERSION, migrate } from './migrations';
import { parseCircuit, parseCircuitJson } from './parse';
import { serializeCircuit } from './serialize';
import liTwoSpikesV1 from './testdata/format-1/li-two-spikes.spikeboard?raw';
import lifVersusLiV1 from './testdata/format-1/lif-versus-li.spikeboard?raw';
import unknownFieldsV1 from './testdata/format-1/unknown-fields.spikeboard?raw';
import { FORMAT_VERSION, type CircuitDocument } from './types';

const FORMAT_1_FIXTURES = {
  'li-two-spikes.spikeboard': liTwoSpikesV1,
  'lif-versus-li.spikeboard': lifVersusLiV1,
  'unknown-fields.spikeboard': unknownFieldsV1,
};

function open(text: string): CircuitDocument {
  const parsed = parseCircuitJson(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.document;
}

/** The circuit without its layout sections, for comparing a file before and after upgrade. */
function circuitOf(document: object): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...document };
  for (const key of ['formatVersion', 'view', 'scopes']) delete rest[key];
  return rest;
}

describe('the migration list', () => {
  it('is ordered and contiguous from the oldest format to the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from(
        { length: FORMAT_VERSION - OLDEST_FORMAT_VERSION },
        (_, k) => OLDEST_FORMAT_VERSION + k,
      ),
    );
    for (const step of MIGRATIONS) expect(step.description.length).toBeGreaterThan(10);
  });

  it('reports what it applied, and nothing for a current file', () => {
    const result = migrate({ formatVersion: 1, nodes: [] }, 1);
    expect(result.ok && result.applied).toEqual([
      '1 → 2: add the canvas view and the scope layout',
    ]);
    expect(migrate({ formatVersion: 2 }, 2)).toEqual({
      ok: true,
      document: { formatVersion: 2 },
      applied: [],
    });
  });

  it('never mutates the document it is given', () => {
    const input = JSON.parse(lifVersusLiV1) as Record<string, unknown>;
    const before = JSON.stringify(input);
    migrate(input, 1);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('tolerates any shape (validation reports problems afterwards), never throws', () => {
    for (const nodes of [undefined, null, 5, 'x', [null, 1, 'a', [], { kind: 'probe' }], {}]) {
      const result = migrate({ formatVersion: 1, nodes }, 1);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.document.scopes).toEqual([]);
    }
  });
});

describe('format 1 → 2', () => {
  for (const [name, text] of Object.entries(FORMAT_1_FIXTURES)) {
    it(`${name}: opens, with the circuit unchanged and the layout added`, () => {
      const v1 = JSON.parse(text) as { formatVersion: number };
      expect(v1.formatVersion).toBe(1);
      const document = open(text);
      expect(document.formatVersion).toBe(2);
      expect(document.view).toEqual({ x: 0, y: 0, zoom: 1 });
      // Parsing the old file as if it were format 2 must give the same circuit.
      const asV2 = parseCircuit({ ...JSON.parse(text), formatVersion: 2 });
      expect(asV2.ok && circuitOf(asV2.document)).toEqual(circuitOf(document));
    });

    it(`${name}: saves as format 2, and saving again changes nothing`, () => {
      const saved = serializeCircuit(open(text));
      expect(saved).toMatch(/^\{\n {2}"formatVersion": 2,\n/);
      expect(serializeCircuit(open(saved))).toBe(saved);
    });
  }

  it('groups probes into one scope pane per variable, in file order', () => {
    expect(open(lifVersusLiV1).scopes).toEqual([
      {
        id: 'membrane',
        title: 'Membrane potential v',
        probes: ['probe-v-lif', 'probe-v-li'],
        heightPx: 240,
      },
      { id: 'spikes', title: 'Spikes', probes: ['probe-spikes-lif'], heightPx: 240 },
    ]);
    expect(open(unknownFieldsV1).scopes?.map((s) => [s.id, s.probes])).toEqual([
      ['membrane', ['pv']],
      ['current', ['pi']],
    ]);
  });

  it('keeps every unknown field, at every level, through upgrade and save', () => {
    const saved = JSON.parse(serializeCircuit(open(unknownFieldsV1))) as Record<string, unknown>;
    const original = JSON.parse(unknownFieldsV1) as Record<string, unknown>;
    expect(saved.author).toEqual(original.author);
    expect(saved.lessonHints).toEqual(original.lessonHints);
    expect(saved).toMatchObject({
      simulation: { notes: 'kept' },
      nodes: [
        { colour: '#ff8800', position: { x: 10, y: 20, snap: true } },
        { params: { comment: 'two taus' } },
        {},
        {},
      ],
      edges: [{ rule: { why: 'strong enough' }, plasticity: null }, {}, {}],
    });
  });

  it('keeps layout a format-1 file already had under those names, then validates it', () => {
    const own = { ...JSON.parse(liTwoSpikesV1), view: { x: 5, y: 6, zoom: 2 }, scopes: [] };
    const parsed = parseCircuit(own);
    expect(parsed.ok && [parsed.document.view, parsed.document.scopes]).toEqual([
      { x: 5, y: 6, zoom: 2 },
      [],
    ]);
    const bad = parseCircuit({ ...JSON.parse(liTwoSpikesV1), view: { zoom: 0 } });
    expect(bad.ok ? [] : bad.errors).toEqual([
      { path: '$.view.zoom', message: 'must be between 0.01 and 100, got 0' },
    ]);
  });
});
