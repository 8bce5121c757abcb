/** Every shipped example opens, is stored canonically, names itself and shows what it probes. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES } from '../../../assets/examples/catalog';
import { EXAMPLE_TEXTS } from '../../../assets/examples/texts';
import { compile } from '../../compile';
import { readFieldPath, serializeCircuit } from '../../schema';
import { example } from './load';

describe('the examples gallery files', () => {
  it('lists nine classroom examples and CUBA, the seed notebook first', () => {
    expect(EXAMPLE_NAMES).toHaveLength(10);
    expect(EXAMPLE_NAMES.slice(0, 2)).toEqual(['li-two-spikes', 'lif-versus-li']);
  });

  for (const name of EXAMPLE_NAMES) {
    it(`${name}: canonical, described, compiles, every scope shows probes that exist`, () => {
      const doc = example(name);
      expect(serializeCircuit(doc)).toBe(EXAMPLE_TEXTS[name]);
      expect(doc.name.length).toBeGreaterThan(5);
      expect(doc.description).toMatch(/^[^\n]{20,200}$/);
      const compiled = compile(doc);
      expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const probes = new Set(doc.nodes.filter((n) => n.kind === 'probe').map((n) => n.id));
      expect(doc.scopes?.length).toBeGreaterThan(0);
      for (const pane of doc.scopes ?? []) {
        expect(pane.probes.length).toBeGreaterThan(0);
        for (const id of pane.probes) expect(probes.has(id), `${pane.id} → ${id}`).toBe(true);
      }
    });
  }

  for (const name of ['li-two-spikes', 'lif-versus-li'] as const) {
    it(`${name}: a lesson whose sliders name numeric fields inside their range`, () => {
      const lesson = example(name).lesson;
      expect(lesson?.markdown).toMatch(/\$/);
      expect(lesson?.controls.length).toBeGreaterThanOrEqual(4);
      const doc = example(name);
      for (const control of lesson?.controls ?? []) {
        const target = [...doc.nodes, ...doc.edges].find((e) => e.id === control.target);
        const value = readFieldPath(target, control.field);
        expect(typeof value, `${control.id}: ${control.target}.${control.field}`).toBe('number');
        expect(value as number).toBeGreaterThanOrEqual(control.min);
        expect(value as number).toBeLessThanOrEqual(control.max);
      }
      const fields = lesson?.controls.map((c) => c.field);
      expect(fields).toContain('params.tauMemMs');
      expect(fields).toContain('params.tauSynMs');
    });
  }
});
