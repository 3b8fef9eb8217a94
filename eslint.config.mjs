// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers may not import upward: the core knows nothing of Electron, the renderer nothing of main. */
const noElectron = {
  name: 'electron',
  message: 'The core must run without Electron (CLI, HTTP bridge, tests).',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'VariableDeclarator[id.name=/^(exports|module|require)$/]',
          message: 'main compiles to CommonJS, where this name is already taken (it threw at start once).',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'bin/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['preload/api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*'], message: 'The contract imports nothing.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through src/api.ts.' }],
          patterns: [
            {
              group: ['**/main/**', 'node:*'],
              message: 'The renderer talks to main only through src/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components change the library only through named actions (store/actions.ts), and
    // subscribe to a store through a selector, never to all of it.
    files: ['renderer/src/components/**/*.tsx', 'renderer/src/views/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through src/api.ts.' },
            { name: '../api', message: 'Components call the named actions in store/actions.ts.' },
          ],
          patterns: [
            {
              group: ['**/main/**', 'node:*'],
              message: 'The renderer talks to main only through src/api.ts.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^use\\w+Store$/][arguments.length=0]',
          message: 'Subscribe through a selector: useLibraryStore((state) => state.papers).',
        },
      ],
    },
  },
);
