import { describe, expect, it } from 'vitest';
import firstSpikeText from '../../assets/examples/lessons/first-spike.spikeboard?raw';
import { simulate } from '../backends/reference';
import { compile } from '../compile';
import { parseCircuitJson } from '../schema';
import type { CircuitDocument, Lesson, LessonCondition } from '../schema/types';
import { doc, li, lif, oneToOne, probe, attach, spikeTimes } from '../testdata/circuits';
import { evaluateLesson } from './evaluate';

function lessonFile(): CircuitDocument {
  const parsed = parseCircuitJson(firstSpikeText);
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.document;
}

function withWeight(document: CircuitDocument, weight: number): CircuitDocument {
  const copy = JSON.parse(JSON.stringify(document)) as CircuitDocument;
  const edge = copy.edges.find((e) => e.id === 'input-to-lif')!;
  if (edge.kind !== 'projection') throw new Error('not a projection');
  edge.rule = { type: 'oneToOne', weight };
  return copy;
}

/** A document with one check made of `conditions`. */
function checking(document: CircuitDocument, ...conditions: LessonCondition[]): CircuitDocument {
  const lesson: Lesson = {
    title: 't',
    markdown: '',
    steps: [
      { id: 's', title: 's', markdown: '', checks: [{ id: 'c', description: 'c', conditions }] },
    ],
    controls: [],
    locks: { elements: [], fields: [], structure: false },
    hidden: [],
  };
  return { ...document, lesson };
}

const circuit = doc(
  [spikeTimes('in', [[5, 10, 15], [30]]), lif('pop', 2, { tauMemMs: 10 }), li('leaky')],
  [
    oneToOne('w', 'in', 'pop', 3),
    {
      kind: 'projection',
      id: 'w2',
      source: 'in',
      target: 'leaky',
      rule: { type: 'allToAll', weight: 1 },
      delaySteps: 0,
      seed: 0,
    },
  ],
);

describe('evaluateLesson on the first-spike lesson', () => {
  it('fails "fire exactly once" at the starting weight, with what it measured', () => {
    const result = evaluateLesson(lessonFile(), ['fires-once']);
    expect(result.results).toEqual([
      {
        stepId: 'fire-once',
        checkId: 'fires-once',
        status: 'fail',
        conditions: [
          expect.objectContaining({
            measured: 0,
            holds: false,
            text: 'LIF fired 0 times; want exactly 1',
          }),
        ],
      },
    ]);
    expect(result.simulatedMs).toBe(300);
  });

  it('passes once the weight makes it fire once, and fails again when it fires twice', () => {
    expect(evaluateLesson(withWeight(lessonFile(), 1), ['fires-once']).results[0]!.status).toBe(
      'pass',
    );
    const twice = evaluateLesson(withWeight(lessonFile(), 1.2), ['fires-once']).results[0]!;
    expect(twice.status).toBe('fail');
    expect(twice.conditions[0]!.text).toBe('LIF fired 2 times; want exactly 1');
  });

  it('"smallest weight" passes only at the smallest slider step that fires (0.90)', () => {
    const status = (w: number) =>
      evaluateLesson(withWeight(lessonFile(), w), ['smallest-fires']).results[0]!.status;
    expect([0.88, 0.89, 0.9, 0.91, 1].map(status)).toEqual([
      'fail',
      'fail',
      'pass',
      'fail',
      'fail',
    ]);
    const never = evaluateLesson(withWeight(lessonFile(), 0.89), ['smallest-fires']).results[0]!;
    expect(never.conditions.map((c) => c.text)).toEqual([
      'LIF fired 0 times; want at least 1',
      'LIF never fired; want at least 172 ms',
    ]);
  });
});

describe('measures', () => {
  it('agree with the reference simulation of probes on the same circuit', () => {
    const probed = doc(
      [...circuit.nodes, probe('pv', 'v'), probe('ps', 'spikes'), probe('lv', 'v')],
      [
        ...circuit.edges,
        attach('a1', 'pop', 'pv'),
        attach('a2', 'pop', 'ps'),
        attach('a3', 'leaky', 'lv'),
      ],
    );
    const compiled = compile(probed);
    if (!compiled.ok) throw new Error(compiled.diagnostics[0]!.message);
    const run = simulate(compiled.plan);
    const trace = (id: string) => run.probes.find((p) => p.probeId === id)!;
    const spikes = trace('ps').spikeSteps!;
    const v = trace('pv').values!;
    const leakyV = trace('lv').values![0]!;
    expect(spikes.flat().length).toBeGreaterThan(1);

    const measure = (condition: Omit<LessonCondition, 'op' | 'value'>) =>
      evaluateLesson(checking(circuit, { ...condition, op: '>=', value: -1e9 })).results[0]!
        .conditions[0]!.measured;
    expect(measure({ measure: { kind: 'spikeCount', node: 'pop' } })).toBe(spikes.flat().length);
    expect(measure({ measure: { kind: 'spikeCount', node: 'pop', neuron: 1 } })).toBe(
      spikes[1]!.length,
    );
    expect(measure({ measure: { kind: 'firstSpikeMs', node: 'pop' } })).toBe(
      Math.min(...spikes.flat()),
    );
    expect(measure({ measure: { kind: 'maxV', node: 'pop', neuron: 0 } })).toBe(Math.max(...v[0]!));
    expect(measure({ measure: { kind: 'minV', node: 'pop' } })).toBe(Math.min(...v[0]!, ...v[1]!));
    expect(measure({ measure: { kind: 'maxV', node: 'leaky' } })).toBe(Math.max(...leakyV));
    expect(measure({ measure: { kind: 'spikeCount', node: 'in' } })).toBe(4);
    expect(measure({ measure: { kind: 'firstSpikeMs', node: 'in', neuron: 1 } })).toBe(30);
    expect(measure({ measure: { kind: 'param', target: 'w', field: 'rule.weight' } })).toBe(3);
    expect(measure({ measure: { kind: 'param', target: 'pop', field: 'params.tauMemMs' } })).toBe(
      10,
    );
  });

  it('needs every condition of a check to hold', () => {
    const both = checking(
      circuit,
      { measure: { kind: 'param', target: 'w', field: 'rule.weight' }, op: '==', value: 3 },
      { measure: { kind: 'spikeCount', node: 'in' }, op: '<', value: 4 },
    );
    const result = evaluateLesson(both).results[0]!;
    expect(result.status).toBe('fail');
    expect(result.conditions.map((c) => c.holds)).toEqual([true, false]);
    expect(result.conditions[1]!.text).toBe('in fired 4 times; want less than 4');
  });

  it('does not simulate when no check needs a run', () => {
    const paramOnly = checking(circuit, {
      measure: { kind: 'param', target: 'pop', field: 'size' },
      op: '==',
      value: 2,
    });
    expect(evaluateLesson(paramOnly)).toEqual({
      results: [expect.objectContaining({ status: 'pass' })],
      simulatedMs: 0,
      steps: 0,
    });
  });
});

describe('checks that cannot be evaluated say why', () => {
  const reasonOf = (document: CircuitDocument, condition: LessonCondition['measure']) => {
    const result = evaluateLesson(checking(document, { measure: condition, op: '==', value: 1 }))
      .results[0]!;
    expect(result.status).toBe('unevaluable');
    return result.status === 'unevaluable' ? result.reason : '';
  };
  const withProbe = doc(
    [...circuit.nodes, probe('pv', 'v')],
    [...circuit.edges, attach('a', 'pop', 'pv')],
  );

  it('a missing node or connection', () => {
    expect(reasonOf(circuit, { kind: 'spikeCount', node: 'gone' })).toBe(
      'no node "gone" in the circuit',
    );
    expect(reasonOf(circuit, { kind: 'param', target: 'gone', field: 'rule.weight' })).toBe(
      'no node or connection "gone" in the circuit',
    );
  });

  it('a node that is not a population (or cannot fire)', () => {
    expect(reasonOf(withProbe, { kind: 'maxV', node: 'pv' })).toBe(
      '"pv" is a probe; maxV needs a population',
    );
    expect(reasonOf(circuit, { kind: 'spikeCount', node: 'leaky' })).toContain('it never fires');
    expect(reasonOf(circuit, { kind: 'minV', node: 'in' })).toBe(
      '"in" is a generator: minV needs a population (LI or LIF)',
    );
    expect(reasonOf(circuit, { kind: 'maxV', node: 'pop', neuron: 2 })).toBe(
      '"pop" has 2 neurons; neuron 2 does not exist',
    );
  });

  it('a field that is not a number', () => {
    expect(reasonOf(circuit, { kind: 'param', target: 'pop', field: 'params.tauSyn' })).toBe(
      'params.tauSyn of "pop" is not a number (it holds nothing)',
    );
    expect(reasonOf(circuit, { kind: 'param', target: 'in', field: 'spikeTimesMs' })).toBe(
      'spikeTimesMs of "in" is not a number (it holds a list)',
    );
  });

  it('a circuit that does not compile (param checks still evaluate)', () => {
    const broken = doc(circuit.nodes, [...circuit.edges, oneToOne('bad', 'leaky', 'pop')]);
    expect(reasonOf(broken, { kind: 'spikeCount', node: 'pop' })).toMatch(
      /^the circuit does not compile: /,
    );
    const param = evaluateLesson(
      checking(broken, {
        measure: { kind: 'param', target: 'w', field: 'rule.weight' },
        op: '==',
        value: 3,
      }),
    );
    expect(param.results[0]!.status).toBe('pass');
  });

  it('a document without a lesson has no checks', () => {
    expect(evaluateLesson(circuit)).toEqual({ results: [], simulatedMs: 0, steps: 0 });
  });
});
