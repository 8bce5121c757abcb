// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderLessonMarkdown, sanitizeLessonHtml } from './markdown';

function dom(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderLessonMarkdown(markdown);
  return root;
}

describe('lesson Markdown', () => {
  it('renders Markdown text', () => {
    const root = dom('A **leaky** neuron.\n\n- one\n- two\n\n[Norse](https://norse.github.io)');
    expect(root.querySelector('strong')?.textContent).toBe('leaky');
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://norse.github.io');
  });

  it('renders inline and displayed maths with KaTeX', () => {
    const root = dom(
      'The leak $\\tau_{mem}\\,\\dot v = v_{leak} - v + i$ matters.\n\n$$\nv > v_{th}\n$$\n\n$$\\frac{di}{dt} = -i$$',
    );
    const inline = root.querySelectorAll('p .katex');
    expect(inline).toHaveLength(1);
    expect(inline[0]!.closest('.katex-display')).toBeNull();
    const displays = root.querySelectorAll('.katex-display');
    expect(displays).toHaveLength(2);
    // KaTeX's MathML keeps the source for screen readers and copying.
    expect(root.querySelector('math')).not.toBeNull();
    expect(root.querySelector('annotation[encoding="application/x-tex"]')?.textContent).toBe(
      '\\tau_{mem}\\,\\dot v = v_{leak} - v + i',
    );
    expect(root.querySelector('.katex-html')).not.toBeNull();
  });

  it('leaves dollar amounts and escaped dollars alone', () => {
    const root = dom('It costs $5 and $10, or \\$3.');
    expect(root.querySelector('.katex')).toBeNull();
    expect(root.textContent?.trim()).toBe('It costs $5 and $10, or $3.');
  });

  it('shows a formula KaTeX cannot read as its source, without failing', () => {
    const root = dom('Broken: $\\frac{1}{$ and fine: $x$');
    expect(root.querySelectorAll('.katex').length).toBeGreaterThanOrEqual(1);
    expect(root.textContent).toContain('fine');
  });

  it('removes script tags and other active content', () => {
    const html = renderLessonMarkdown(
      [
        '<script>window.hacked = 1</script>',
        '<img src="x" onerror="window.hacked = 2">',
        '<iframe src="https://example.com"></iframe>',
        '[click](javascript:alert(1))',
        '$\\href{javascript:alert(1)}{x}$',
      ].join('\n\n'),
    );
    const root = document.createElement('div');
    root.innerHTML = html;
    expect(root.querySelector('script, img, iframe')).toBeNull();
    expect(html).not.toMatch(/<script/i);
    const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => `${a.name}=${a.value}`),
    );
    expect(attributes.filter((a) => /^on|javascript:/i.test(a))).toEqual([]);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([]);
    // Raw HTML is shown as the text the teacher typed, never run.
    expect(root.textContent).toContain('<script>window.hacked = 1</script>');
  });

  it('sanitises HTML even if Markdown let some through (the second wall)', () => {
    const root = document.createElement('div');
    root.innerHTML = sanitizeLessonHtml(
      '<p onclick="x()">ok</p><script>1</script><img src=x onerror="y()"><a href="javascript:z()">a</a><iframe></iframe><math><mi>v</mi></math>',
    );
    expect(root.querySelector('script, iframe')).toBeNull();
    expect(root.querySelector('p')?.getAttribute('onclick')).toBeNull();
    expect(root.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).toBeNull();
    expect(root.querySelector('math mi')?.textContent).toBe('v');
  });
});
