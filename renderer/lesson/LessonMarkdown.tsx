/**
 * A lesson's Markdown with maths, rendered once per text (renderer/lesson/markdown.ts sanitises
 * it). Links never navigate the window away: they open outside it, where the platform allows.
 */
import { useMemo, type MouseEvent } from 'react';
import 'katex/dist/katex.min.css';
import { renderLessonMarkdown } from './markdown';

function openLinksOutside(event: MouseEvent<HTMLDivElement>): void {
  const link = (event.target as HTMLElement).closest('a');
  if (link === null) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (/^https?:\/\//i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
}

export function LessonMarkdown({ text, testId }: { text: string; testId?: string }) {
  const html = useMemo(() => renderLessonMarkdown(text), [text]);
  if (text.trim() === '') return null;
  return (
    <div
      className="lesson-md"
      data-testid={testId}
      onClick={openLinksOutside}
      // Sanitised by DOMPurify in renderLessonMarkdown; the lesson's raw HTML never gets here.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
