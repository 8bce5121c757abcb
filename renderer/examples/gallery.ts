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

function entries<Name extends ExampleName | LessonName>(
  names: readonly Name[],
  kind: 'example' | 'lesson',
  fileName: (name: Name) => string,
  texts: Readonly<Record<Name, string>>,
  thumbnails: Readonly<Record<Name, string>>,
): readonly GalleryEntry[] {
  return names.map((name) => ({
    name,
    testId: `${kind}-${name}`,
    fileName: fileName(name),
    ...summarise(texts[name]),
    thumbnailUrl: svgDataUrl(thumbnails[name]),
    text: texts[name],
  }));
}

export const GALLERY = entries(
  EXAMPLE_NAMES,
  'example',
  exampleFileName,
  EXAMPLE_TEXTS,
  EXAMPLE_THUMBNAILS,
);

export const LESSONS = entries(
  LESSON_NAMES,
  'lesson',
  lessonFileName,
  LESSON_TEXTS,
  LESSON_THUMBNAILS,
);
