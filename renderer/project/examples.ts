/**
 * The example circuits shipped in assets/examples, bundled as text: the app opens them exactly
 * as it would open a user's file (parse, then load), so the examples test that path too.
 */
import lifVersusLiText from '../../assets/examples/lif-versus-li.spikeboard?raw';

export interface ExampleFile {
  fileName: string;
  text: string;
}

/** The seed notebook's second experiment: LIF and LI side by side, input spikes at 20, 85, 150 ms. */
export const LIF_VERSUS_LI: ExampleFile = {
  fileName: 'lif-versus-li.spikeboard',
  text: lifVersusLiText,
};
