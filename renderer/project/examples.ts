/**
 * The example circuits shipped in assets/examples, bundled as text: the app opens them exactly
 * as it would open a user's file (parse, then load), so the examples test that path too. The
 * gallery (renderer/examples) lists all of them, in the order of assets/examples/catalog.ts.
 */
import { exampleFileName } from '../../assets/examples/catalog';
import { EXAMPLE_TEXTS } from '../../assets/examples/texts';

export interface ExampleFile {
  fileName: string;
  text: string;
}

/** The seed notebook's second experiment: LIF and LI side by side, input spikes at 20, 85, 150 ms. */
export const LIF_VERSUS_LI: ExampleFile = {
  fileName: exampleFileName('lif-versus-li'),
  text: EXAMPLE_TEXTS['lif-versus-li'],
};
