/**
 * The examples gallery, in the order it shows them: the seed notebook's two circuits first, then
 * the classroom examples of issue 6, then the CUBA benchmark. Each name is a file
 * `<name>.spikeboard` beside this one, with its thumbnail in `thumbnails/<name>.svg`
 * (`npm run thumbnails`). Names only, so Node scripts, tests and the renderer share the list.
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
