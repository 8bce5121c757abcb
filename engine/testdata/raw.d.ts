/** Vite's `?raw` imports (used by tests to read example files without Node's fs). */
declare module '*?raw' {
  const text: string;
  export = text;
}
