import { main } from './main';

/** The `spikeboard` command's entry (bundled to dist/cli/spikeboard.mjs by `npm run build:cli`). */
const code = await main(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
process.exitCode = code;
