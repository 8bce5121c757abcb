import { describe, expect, it } from 'vitest';
import { GALLERY, LESSONS, summarise, svgDataUrl } from './gallery';

describe('the gallery entries', () => {
  it('lists the seed notebook first, each with a name, one line and a thumbnail', () => {
    expect(GALLERY.map((e) => e.name).slice(0, 2)).toEqual(['li-two-spikes', 'lif-versus-li']);
    expect(GALLERY).toHaveLength(10);
    for (const entry of GALLERY) {
      expect(entry.title.length).toBeGreaterThan(5);
      expect(entry.description.length).toBeGreaterThan(20);
      expect(entry.thumbnailUrl).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
      expect(entry.fileName).toBe(`${entry.name}.spikeboard`);
    }
  });

  it('lists the lessons apart, each a lesson file with a thumbnail', () => {
    expect(LESSONS.map((e) => [e.testId, e.fileName])).toEqual([
      ['lesson-first-spike', 'lessons/first-spike.spikeboard'],
    ]);
    for (const entry of LESSONS) {
      expect(entry.title).toBe('Lesson: the first spike');
      expect(entry.description.length).toBeGreaterThan(20);
      expect(entry.thumbnailUrl).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
      expect(JSON.parse(entry.text)).toHaveProperty('lesson');
    }
    expect(GALLERY.every((e) => e.testId === `example-${e.name}`)).toBe(true);
  });

  it('reads the name and description without failing on a broken file', () => {
    expect(summarise('{"name":"A","description":"B"}')).toEqual({ title: 'A', description: 'B' });
    expect(summarise('{"name":3}')).toEqual({ title: 'Untitled example', description: '' });
    expect(summarise('not json').title).toBe('Unreadable example');
    expect(decodeURIComponent(svgDataUrl('<svg a="#"/>').split(',')[1]!)).toBe('<svg a="#"/>');
  });
});
