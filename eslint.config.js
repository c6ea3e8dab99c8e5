import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import direction (README "Layout"), top to bottom: a layer imports only the layers below it,
 * never one above or a peer on its own row. A view's page and controls sit above the data access
 * they call; the views' pure models sit below the drawings that take them and the worker that
 * runs them.
 */
const LAYERS = [
  { app: 'src/app' },
  { views: 'src/views/!(common)/*.{ts,tsx}' },
  { common: 'src/views/common' },
  { sources: 'src/sources' },
  { charts: 'src/charts', export: 'src/export', embed: 'src/embed' },
  { models: 'src/views/*/model' },
  { model: 'src/model' },
  { state: 'src/state' },
  { transforms: 'src/transforms' },
  { data: 'src/data' },
  { ui: 'src/ui' },
  { i18n: 'src/i18n' },
  { lib: 'src/lib' },
];
// A folder stands for everything below it; a pattern that names files, for those files.
const glob = (path) => (/\.({[a-z,]+}|[a-z]+)$/.test(path) ? path : `${path}/**`);
const layerZones = LAYERS.flatMap((row, index) =>
  Object.entries(row).flatMap(([name, path]) => {
    const above = LAYERS.slice(0, index).flatMap((r) => Object.values(r));
    const peers = Object.entries(row)
      .filter(([other]) => other !== name)
      .map(([, p]) => p);
    const from = [...above, ...peers].map(glob);
    return from.length === 0
      ? []
      : [
          {
            target: glob(path),
            from,
            message: `${path} imports only the layers below it (README "Layout"): move the shared piece down, or the caller up.`,
          },
        ];
  }),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'tests/fixtures'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from data or the URL.',
        },
      ],
    },
  },
  {
    // No import cycles in the app or the build (its plugins and the config that loads them),
    // dynamic import() included: a cycle through a lazy chunk still ties the two modules
    // together, and one module then sees the other half-initialised. Type-only imports are free.
    files: ['src/**/*.{ts,tsx}', 'vite.config.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Follow TypeScript modules (import-x reads .js alone unless told), parsed as ESLint does.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': [
        'error',
        { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false },
      ],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // Every import names its file, as Node and Vite's native config loader need (the build
      // plugins load the data checks): one style everywhere rather than only where it matters.
      'import-x/extensions': ['error', 'always', { ignorePackages: true, checkTypeImports: true }],
    },
  },
);
