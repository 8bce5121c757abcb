/**
 * Every example file and thumbnail as text, bundled by Vite (`?raw`) for the renderer and for
 * tests that read them without Node's fs. Keyed by the names of catalog.ts, lessons apart.
 */
import balancedNetwork from './balanced-network.spikeboard?raw';
import type { ExampleName, LessonName } from './catalog';
import coincidenceDetection from './coincidence-detection.spikeboard?raw';
import cuba from './cuba.spikeboard?raw';
import excitationInhibition from './excitation-inhibition.spikeboard?raw';
import halfCentreOscillator from './half-centre-oscillator.spikeboard?raw';
import firstSpike from './lessons/first-spike.spikeboard?raw';
import firstSpikeSvg from './lessons/thumbnails/first-spike.svg?raw';
import lifVersusLi from './lif-versus-li.spikeboard?raw';
import liTwoSpikes from './li-two-spikes.spikeboard?raw';
import poissonPopulation from './poisson-population.spikeboard?raw';
import synfireChain from './synfire-chain.spikeboard?raw';
import balancedNetworkSvg from './thumbnails/balanced-network.svg?raw';
import coincidenceDetectionSvg from './thumbnails/coincidence-detection.svg?raw';
import cubaSvg from './thumbnails/cuba.svg?raw';
import excitationInhibitionSvg from './thumbnails/excitation-inhibition.svg?raw';
import halfCentreOscillatorSvg from './thumbnails/half-centre-oscillator.svg?raw';
import lifVersusLiSvg from './thumbnails/lif-versus-li.svg?raw';
import liTwoSpikesSvg from './thumbnails/li-two-spikes.svg?raw';
import poissonPopulationSvg from './thumbnails/poisson-population.svg?raw';
import synfireChainSvg from './thumbnails/synfire-chain.svg?raw';
import winnerTakeAllSvg from './thumbnails/winner-take-all.svg?raw';
import winnerTakeAll from './winner-take-all.spikeboard?raw';

/** The example files' text. */
export const EXAMPLE_TEXTS: Record<ExampleName, string> = {
  'li-two-spikes': liTwoSpikes,
  'lif-versus-li': lifVersusLi,
  'coincidence-detection': coincidenceDetection,
  'excitation-inhibition': excitationInhibition,
  'half-centre-oscillator': halfCentreOscillator,
  'winner-take-all': winnerTakeAll,
  'synfire-chain': synfireChain,
  'poisson-population': poissonPopulation,
  'balanced-network': balancedNetwork,
  cuba,
};

/** The committed thumbnails (SVG text), as `npm run thumbnails` wrote them. */
export const EXAMPLE_THUMBNAILS: Record<ExampleName, string> = {
  'li-two-spikes': liTwoSpikesSvg,
  'lif-versus-li': lifVersusLiSvg,
  'coincidence-detection': coincidenceDetectionSvg,
  'excitation-inhibition': excitationInhibitionSvg,
  'half-centre-oscillator': halfCentreOscillatorSvg,
  'winner-take-all': winnerTakeAllSvg,
  'synfire-chain': synfireChainSvg,
  'poisson-population': poissonPopulationSvg,
  'balanced-network': balancedNetworkSvg,
  cuba: cubaSvg,
};

/** The lesson files' text. */
export const LESSON_TEXTS: Record<LessonName, string> = {
  'first-spike': firstSpike,
};

/** The lessons' committed thumbnails, as `npm run thumbnails` wrote them. */
export const LESSON_THUMBNAILS: Record<LessonName, string> = {
  'first-spike': firstSpikeSvg,
};
