// One lint rule that keeps the layers apart (see ARCHITECTURE.md "Who may import whom").
// Each layer names the folders and packages it may import; the message names them too.
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.dirname(new URL(import.meta.url).pathname);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Most specific first: the first layer whose folder contains the importing file applies. */
const LAYERS = [
  { dir: 'engine/schema', local: ['engine/schema'], packages: ['zod', 'vitest', 'fast-check'] },
  {
    dir: 'engine/models',
    local: ['engine/models', 'engine/testdata'],
    packages: ['vitest', 'fast-check'],
  },
  {
    dir: 'engine/compile',
    local: ['engine/compile', 'engine/schema', 'engine/models', 'engine/testdata'],
    packages: ['vitest', 'fast-check'],
  },
  {
    dir: 'engine/backends',
    local: [
      'engine/backends',
      'engine/compile',
      'engine/models',
      'engine/schema',
      'engine/testdata',
      'assets/examples',
    ],
    packages: ['vitest', 'fast-check', 'gpu.js', 'webgpu'],
  },
  {
    dir: 'engine/lesson',
    local: [
      'engine/lesson',
      'engine/schema',
      'engine/compile',
      'engine/backends',
      'engine/models',
      'engine/testdata',
      'assets/examples',
    ],
    packages: ['vitest', 'fast-check'],
  },
  {
    dir: 'engine/cli',
    local: ['engine', 'package.json', 'assets'],
    packages: ['*node', 'vitest', 'fast-check'],
  },
  // Node built-ins only in the tests that run the exported Python.
  ...[
    'engine/export/brian2.roundtrip.test.ts',
    'engine/export/norse.shim.test.ts',
    'engine/export/pythonForTests.ts',
  ].map((dir) => ({
    dir,
    local: ['engine', 'assets/examples'],
    packages: ['*node', 'vitest', 'h5wasm'],
  })),
  {
    dir: 'engine/export',
    local: [
      'engine/export',
      'engine/schema',
      'engine/compile',
      'engine/models',
      'engine/backends',
      'engine/testdata',
      'assets/examples',
    ],
    packages: ['vitest', 'fast-check', 'h5wasm'],
  },
  { dir: 'engine', local: ['engine'], packages: ['vitest', 'fast-check'] },
  {
    dir: 'renderer',
    local: [
      'renderer',
      'engine/protocol',
      'engine/schema',
      'electron/ipc/contract',
      'assets',
      'engine/testdata',
    ],
    packages: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      'uplot',
      '@xyflow/react',
      'zustand',
      'html-to-image',
      'markdown-it',
      'katex',
      'dompurify',
      'vitest',
      'fast-check',
    ],
  },
  {
    dir: 'electron',
    local: ['electron', 'package.json'],
    packages: ['electron', '*node', 'vitest'],
  },
];

function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  return LAYERS.find((layer) => rel === layer.dir || rel.startsWith(`${layer.dir}/`));
}

function allowedPackage(layer, spec) {
  if (NODE_BUILTINS.has(spec)) return layer.packages.includes('*node');
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  return layer.packages.some((p) => p === spec || p === name || spec.startsWith(`${p}/`));
}

const rule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const layer = layerOf(context.filename);
    if (!layer) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(context.filename), spec.split('?')[0]);
        const rel = path.relative(ROOT, target).split(path.sep).join('/');
        const ok = layer.local.some(
          (dir) => rel === dir || rel.startsWith(`${dir}/`) || rel.startsWith(`${dir}.`),
        );
        if (!ok) {
          context.report({
            node,
            message: `${layer.dir}/ may import only ${layer.local.join(', ')} (and packages ${layer.packages.join(', ')}); "${spec}" reaches ${rel}`,
          });
        }
      } else if (!allowedPackage(layer, spec)) {
        context.report({
          node,
          message: `${layer.dir}/ may use only the packages ${layer.packages.join(', ')}; not "${spec}"`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export const layersPlugin = { rules: { imports: rule } };
