/**
 * The examples gallery's entries: every file of assets/examples/catalog.ts, in its order, with
 * the name and one-line description the file itself holds and its thumbnail as an image URL;
 * the lessons apart, as a group of their own.
 */
import {
  EXAMPLE_NAMES,
  LESSON_NAMES,
  exampleFileName,
  lessonFileName,
  type ExampleName,
  type LessonName,
} from '../../assets/examples/catalog';
import {
  EXAMPLE_TEXTS,
  EXAMPLE_THUMBNAILS,
  LESSON_TEXTS,
  LESSON_THUMBNAILS,
} from '../../assets/examples/texts';

export interface GalleryEntry {
  name: ExampleName | LessonName;
  /** The card's test id: `example-<name>` or `lesson-<name>`. */
  testId: string;
  fileName: string;
  title: string;
  description: string;
  /** A `data:` URL of the SVG thumbnail (the CSP allows data: images). */
  thumbnailUrl: string;
  /** The file's text, opened exactly as a user's file would be. */
  text: string;
}

/** The name and description from the file's text, without validating it (opening does). */
export function summarise(text: string): { title: string; description: string } {
  try {
    const value = JSON.parse(text) as { name?: unknown; description?: unknown };
    return {
      title: typeof value.name === 'string' ? value.name : 'Untitled example',
      description: typeof value.description === 'string' ? value.description : '',
    };
  } catch {
    return { title: 'Unreadable example', description: '' };
  }
}

export const svgDataUrl = (svg: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export const GALLERY: readonly GalleryEntry[] = EXAMPLE_NAMES.map((name) => ({
  name,
  testId: `example-${name}`,
  fileName: exampleFileName(name),
  ...summarise(EXAMPLE_TEXTS[name]),
  thumbnailUrl: svgDataUrl(EXAMPLE_THUMBNAILS[name]),
  text: EXAMPLE_TEXTS[name],
}));

export const LESSONS: readonly GalleryEntry[] = LESSON_NAMES.map((name) => ({
  name,
  testId: `lesson-${name}`,
  fileName: lessonFileName(name),
  ...summarise(LESSON_TEXTS[name]),
  thumbnailUrl: svgDataUrl(LESSON_THUMBNAILS[name]),
  text: LESSON_TEXTS[name],
}));
