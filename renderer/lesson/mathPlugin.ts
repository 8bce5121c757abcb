/**
 * A markdown-it plugin for maths: `$…$` inline, `$$…$$` displayed (on its own lines, or inline),
 * rendered by KaTeX. `\$` is a dollar sign; `$` followed or preceded by a space, or closed just
 * before a digit, is not maths ("costs $5 and $10"). A formula KaTeX cannot read is shown as its
 * source in red, never as an error that stops the page.
 */
import katex from 'katex';
import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;

function closingIndex(src: string, from: number, marker: string): number {
  let end = from;
  while ((end = src.indexOf(marker, end)) !== -1) {
    if (src.charCodeAt(end - 1) !== BACKSLASH) return end;
    end += 1;
  }
  return -1;
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos: start } = state;
  if (src.charCodeAt(start) !== DOLLAR) return false;
  const display = src.charCodeAt(start + 1) === DOLLAR;
  const marker = display ? '$$' : '$';
  const end = closingIndex(src, start + marker.length, marker);
  if (end === -1) return false;
  const content = src.slice(start + marker.length, end);
  if (content.trim() === '') return false;
  if (!display && (/^\s/.test(content) || /\s$/.test(content) || /\d/.test(src[end + 1] ?? ''))) {
    return false;
  }
  if (!silent) {
    const token = state.push(display ? 'math_display' : 'math_inline', 'math', 0);
    token.content = content;
    token.markup = marker;
  }
  state.pos = end + marker.length;
  return true;
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean) {
  const lineText = (line: number) =>
    state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!).trim();
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const first = lineText(startLine);
  if (!first.startsWith('$$')) return false;
  const lines: string[] = [];
  let last = startLine;
  let rest = first.slice(2);
  for (;;) {
    if (rest.endsWith('$$') && (last > startLine || rest.length >= 2)) {
      lines.push(rest.slice(0, -2));
      break;
    }
    lines.push(rest);
    last += 1;
    if (last >= endLine) return false;
    rest = lineText(last);
  }
  if (silent) return true;
  state.line = last + 1;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = lines.join('\n').trim();
  token.map = [startLine, state.line];
  return true;
}

function render(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    // No \href, \url, \includegraphics or \htmlClass from a lesson file.
    trust: false,
    maxSize: 50,
    maxExpand: 500,
  });
}

export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.renderer.rules.math_inline = (tokens, idx) => render(tokens[idx]!.content, false);
  md.renderer.rules.math_display = (tokens, idx) =>
    `<span class="lesson-math-display">${render(tokens[idx]!.content, true)}</span>`;
  md.renderer.rules.math_block = (tokens, idx) =>
    `<div class="lesson-math-display">${render(tokens[idx]!.content, true)}</div>\n`;
}
