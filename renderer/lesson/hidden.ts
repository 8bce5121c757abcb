/** What the open lesson hides, and the workspace columns that follow from it. */
import type { CSSProperties } from 'react';
import type { LessonHideable } from '../../engine/schema';
import { useEditorStore } from '../state/editorStore';
import { useLessonStore } from './lessonStore';

export function useLessonHides(part: LessonHideable): boolean {
  return useEditorStore((s) => s.document.lesson?.hidden.includes(part) ?? false);
}

/**
 * Props of the workspace grid while a lesson is open: its columns (palette | canvas | inspector |
 * lesson, each if shown) as a CSS variable that lesson.css applies, and data attributes that
 * presenter mode's layout can follow. Without a lesson: none, the stylesheets decide.
 */
export function useWorkspaceProps(): {
  style?: CSSProperties;
  'data-lesson'?: 'open' | 'collapsed';
  'data-no-inspector'?: true;
} {
  const palette = !useLessonHides('palette');
  const inspector = !useLessonHides('inspector');
  const lesson = useEditorStore((s) => s.document.lesson !== undefined);
  const collapsed = useLessonStore((s) => s.collapsed);
  if (!lesson) return {};
  const lessonColumn = collapsed ? '44px' : 'minmax(280px, 340px)';
  // The panels' sizes follow their splitters (layout/panels: CSS variables).
  const columns = [
    palette ? 'var(--palette-width, 200px)' : null,
    'minmax(0, 1fr)',
    inspector ? 'var(--inspector-width, 290px)' : null,
  ]
    .concat(lessonColumn)
    .filter((c) => c !== null)
    .join(' ');
  return {
    style: { '--workspace-columns': columns } as CSSProperties,
    'data-lesson': collapsed ? 'collapsed' : 'open',
    ...(inspector ? {} : { 'data-no-inspector': true as const }),
  };
}
