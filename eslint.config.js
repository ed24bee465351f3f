import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The domain must run anywhere: no Electron, Node built-ins, database or React.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'shared/ must not import Node built-ins.' },
            { group: ['**/db/**', '../db', '../../db', 'sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'shared/ must not import the database.' },
            { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'shared/ must not import React.' },
          ],
        },
      ],
    },
  },
  {
    // The Electron stand-in is what the CommonJS main bundle's require('electron') resolves to.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The renderer talks to the tracker only through window.api (or the web host's HTTP client).
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'renderer/ must not import Electron: use window.api.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'renderer/ must not import Node built-ins: it runs sandboxed.' },
            { group: ['**/db/**', 'sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/electron/**'], message: 'renderer/ must not import the database or the main process: use window.api.' },
          ],
        },
      ],
    },
  },
  {
    // The database layer knows nothing of the shell or the screen.
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', '**/electron/**'], message: 'db/ must not import Electron or the main process.' },
            { group: ['**/renderer/**', 'react', 'react-dom', 'react/*', '@fluentui/*'], message: 'db/ must not import the renderer or React.' },
          ],
        },
      ],
    },
  },
);
