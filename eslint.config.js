import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint.layers.js';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.vite/',
      'test-results/',
      'playwright-report/',
      '.gpu-carry/',
      '.gl/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { layers: layersPlugin },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'layers/imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (config files excepted).',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/cli/**', 'engine/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator in engine/models/rng.ts.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'The engine has no clock; results depend only on the file.',
        },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'forge.config.ts', 'vite.*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['bin/**', '*.js', 'scripts/**', 'engine/cli/**', 'electron/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['engine/worker/**'], languageOptions: { globals: { ...globals.worker } } },
);
