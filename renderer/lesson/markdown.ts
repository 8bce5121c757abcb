/**
 * Lesson text → safe HTML: Markdown (markdown-it, raw HTML off, so `<script>` in a lesson file is
 * shown as text, never parsed) with `$…$` / `$$…$$` maths (KaTeX), then DOMPurify over the
 * result as a second wall (it keeps KaTeX's HTML, MathML and SVG and drops anything executable).
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { mathPlugin } from './mathPlugin';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false }).use(
  mathPlugin,
);

/** Keeps text, KaTeX's HTML, MathML and SVG; drops scripts, handlers, frames, forms, styles. */
export function sanitizeLessonHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true, mathMl: true, svg: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    // KaTeX's MathML keeps the TeX source for screen readers and copying (plain text only).
    ADD_TAGS: ['semantics', 'annotation'],
    ADD_ATTR: ['encoding'],
  });
}

export function renderLessonMarkdown(text: string): string {
  return sanitizeLessonHtml(md.render(text));
}
