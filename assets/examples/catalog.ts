/**
 * The examples gallery, in the order it shows them: the seed notebook's two circuits first, then
 * the classroom examples of issue 6, then the CUBA benchmark. Each name is a file
 * `<name>.spikeboard` beside this one, with its thumbnail in `thumbnails/<name>.svg`
 * (`npm run thumbnails`). Names only, so Node scripts, tests and the renderer share the list.
 * The lessons (`lessons/<name>.spikeboard`, thumbnails in `lessons/thumbnails/`) follow as a
 * group of their own.
 */
export const EXAMPLE_NAMES = [
  'li-two-spikes',
  'lif-versus-li',
  'coincidence-detection',
  'excitation-inhibition',
  'half-centre-oscillator',
  'winner-take-all',
  'synfire-chain',
  'poisson-population',
  'balanced-network',
  'cuba',
] as const;

export type ExampleName = (typeof EXAMPLE_NAMES)[number];

export const exampleFileName = (name: ExampleName): string => `${name}.spikeboard`;

/** The lessons (assets/examples/lessons/README.md), shown after the examples as their own group. */
export const LESSON_NAMES = ['first-spike'] as const;

export type LessonName = (typeof LESSON_NAMES)[number];

/** A lesson's file, relative to this folder. */
export const lessonFileName = (name: LessonName): string => `lessons/${name}.spikeboard`;

/** Where `npm run thumbnails` writes a thumbnail, relative to this folder. */
export const thumbnailFileName = (name: ExampleName | LessonName): string =>
  (LESSON_NAMES as readonly string[]).includes(name)
    ? `lessons/thumbnails/${name}.svg`
    : `thumbnails/${name}.svg`;
