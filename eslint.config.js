import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import direction, after the layering in docs of the projects we learn from:
 * app → sources → {charts, export, embed} → view → transforms → data → {ui, i18n, lib}.
 * (sources: where datasets come from, answering the views' queries where the data lives.)
 * A folder may import only folders further down; charts, export and embed not each other.
 */
const layers = {
  sources: ['app'],
  charts: ['app', 'sources', 'export', 'embed'],
  export: ['app', 'sources', 'charts', 'embed'],
  embed: ['app', 'sources', 'charts', 'export'],
  view: ['app', 'sources', 'charts', 'export', 'embed'],
  transforms: ['app', 'sources', 'charts', 'export', 'embed', 'view'],
  data: ['app', 'sources', 'charts', 'export', 'embed', 'view', 'transforms'],
  ui: ['app', 'sources', 'charts', 'export', 'embed', 'view', 'transforms', 'data'],
  i18n: ['app', 'sources', 'charts', 'export', 'embed', 'view', 'transforms', 'data', 'ui'],
  lib: ['app', 'sources', 'charts', 'export', 'embed', 'view', 'transforms', 'data', 'ui', 'i18n'],
};

const importDirection = Object.entries(layers).map(([folder, above]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: above.map((name) => ({
          // From a subfolder too (src/charts/map → ../../app).
          group: [`../${name}`, `../${name}/*`, `../../${name}`, `../../${name}/*`],
          message: `src/${folder} sits below src/${name}: move the shared piece down, or the caller up.`,
        })),
      },
    ],
  },
}));

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
  ...importDirection,
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
    },
  },
);
