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
    // SQL is written only under db/: everything else calls a repository or db/maintenance.ts.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='raw'][callee.property.name=/^(run|all|exec|get)$/]",
          message: 'SQL is written only under db/: add a repository function (or one in db/maintenance.ts) and call it.',
        },
        {
          selector: "Literal[value=/^\\s*(SELECT\\s[^]*\\sFROM\\s|INSERT\\s+INTO\\s|UPDATE\\s+\\w+\\s+SET\\s|DELETE\\s+FROM\\s|PRAGMA\\s|CREATE\\s+(TABLE|INDEX|VIRTUAL)\\s|ALTER\\s+TABLE\\s|DROP\\s+(TABLE|INDEX)\\s)/]",
          message: 'SQL is written only under db/: add a repository function (or one in db/maintenance.ts) and call it.',
        },
        {
          selector: "TemplateElement[value.raw=/^\\s*(SELECT\\s[^]*\\sFROM\\s|INSERT\\s+INTO\\s|UPDATE\\s+\\w+\\s+SET\\s|DELETE\\s+FROM\\s|PRAGMA\\s|CREATE\\s+(TABLE|INDEX|VIRTUAL)\\s|ALTER\\s+TABLE\\s|DROP\\s+(TABLE|INDEX)\\s)/]",
          message: 'SQL is written only under db/: add a repository function (or one in db/maintenance.ts) and call it.',
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
