import { describe, expect, it } from 'vitest';
import { parseCircuitJson } from './parse';
import { checkStructure, LONG_LIST, MAX_DEPTH, MAX_LISTED_NON_NUMBERS } from './structure';

describe('checkStructure', () => {
  it('accepts ordinary documents', () => {
    expect(checkStructure({ nodes: [{ params: { tauMemMs: [1, 2] } }] })).toBeNull();
  });

  it('refuses nesting deeper than the limit, naming where it goes too deep', () => {
    const deep = `{"formatVersion":2,"nodes":[],"notes":${'['.repeat(100)}${']'.repeat(100)}}`;
    const result = parseCircuitJson(deep);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: `$.notes${'[0]'.repeat(MAX_DEPTH - 1)}`,
        message: `nests deeper than ${MAX_DEPTH} levels; a Spikeboard file is never this deep`,
      },
    ]);
  });

  it('survives nesting far deeper than any recursion could', () => {
    const deep = `{"formatVersion":2,"nodes":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const result = parseCircuitJson(deep);
    expect(result.ok).toBe(false);
  });

  it('refuses a "__proto__" field rather than losing it on save', () => {
    const result = parseCircuitJson(
      '{"formatVersion":2,"nodes":[{"id":"a","kind":"lif","__proto__":{"x":1}}]}',
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$.nodes[0].__proto__', message: '"__proto__" cannot be used as a field name' },
    ]);
  });
});

describe('long lists', () => {
  const withSpikeTimes = (times: unknown[]) =>
    JSON.stringify({
      formatVersion: 2,
      nodes: [{ id: 'in', kind: 'spikeTimes', spikeTimesMs: [times] }],
    });

  it('a long list of numbers is validated as usual', () => {
    const times = Array.from({ length: 50_000 }, (_, k) => k);
    expect(parseCircuitJson(withSpikeTimes(times)).ok).toBe(true);
  });

  it('a long list with one wrong value names that value', () => {
    const times: unknown[] = Array.from({ length: 50_000 }, (_, k) => k);
    times[31_337] = 'soon';
    const result = parseCircuitJson(withSpikeTimes(times));
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$.nodes[0].spikeTimesMs[0][31337]', message: 'expected a number, got "soon"' },
    ]);
  });

  it('a million wrong values give one message, quickly', () => {
    const result = parseCircuitJson(withSpikeTimes(new Array(1_000_000).fill('x')));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: '$.nodes[0].spikeTimesMs[0]',
        message: `has 1000000 entries; only lists of numbers may be longer than ${LONG_LIST}`,
      },
    ]);
  });

  it('a long list of objects is refused at the list', () => {
    const nodes = Array.from({ length: 20_000 }, (_, k) => ({ id: `n${k}`, kind: 'lif' }));
    const result = parseCircuitJson(JSON.stringify({ formatVersion: 2, nodes }));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: '$.nodes',
        message: `has 20000 entries; only lists of numbers may be longer than ${LONG_LIST}`,
      },
    ]);
  });
});

describe('a million out-of-range numbers', () => {
  it('are located by their first problems, not by a stack overflow', () => {
    const times = new Array(1_000_000).fill(-1);
    const result = parseCircuitJson(
      JSON.stringify({
        formatVersion: 2,
        nodes: [{ id: 'in', kind: 'spikeTimes', spikeTimesMs: [times] }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({
      path: '$.nodes[0].spikeTimesMs[0][0]',
      message: 'must be ≥ 0 ms, got -1',
    });
  });
});

describe('many short lists of text', () => {
  it('are refused once the whole file lists too many non-numbers', () => {
    const rows = Array.from({ length: 200 }, () => new Array(1000).fill('x'));
    const result = parseCircuitJson(
      JSON.stringify({
        formatVersion: 2,
        nodes: [{ id: 'in', kind: 'spikeTimes', spikeTimesMs: rows }],
      }),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        // The node itself is the first listed non-number.
        path: '$.nodes[0].spikeTimesMs[99][999]',
        message: `is one entry too many: a file may list at most ${MAX_LISTED_NON_NUMBERS} values that are not numbers`,
      },
    ]);
  });
});
