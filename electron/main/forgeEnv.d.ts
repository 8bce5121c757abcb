// Constants that Forge's Vite plugin defines when it bundles main (see vite.main.config.ts for
// the values used by a plain `vite build`). The dev server URL is undefined in packaged builds.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
