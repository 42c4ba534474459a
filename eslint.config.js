import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Time, randomness, network and storage are ports in the core, so every run replays from its seed.
const impureGlobals = [
  { name: 'fetch', message: 'Network is a port: inject it (src/core/ports).' },
  { name: 'setTimeout', message: 'Time is a port: use the Clock port.' },
  { name: 'setInterval', message: 'Time is a port: use the Clock port.' },
  { name: 'window', message: 'The core runs in Node and workers: no window.' },
  { name: 'document', message: 'The core runs in Node and workers: no document.' },
  { name: 'localStorage', message: 'Storage is a port.' },
];
const impureProperties = [
  { object: 'Date', property: 'now', message: 'Time is a port: use the Clock port.' },
  { object: 'Math', property: 'random', message: 'Randomness is a port: use createRng(seed).' },
];
const uiPackages = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*', 'comlink'];

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'coverage', 'test-results', 'playwright-report', 'public', '.tmp'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'operators/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': ['error', ...impureProperties],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'The core never imports UI code.' },
            {
              group: ['**/app/**', '**/adapters/**', '**/workers/**', '**/cli/**', '**/operators/*/**'],
              message: 'The core imports only the core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['operators/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'Operators never import UI code.' },
            {
              group: [
                '**/app/**',
                '**/adapters/**',
                '**/workers/**',
                '**/cli/**',
                '**/llm/**',
                '**/canvas/**',
              ],
              message: 'Operators import only core/operators, core/ports and shared helpers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/workers/**/*.ts', 'src/adapters/browser/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
);
