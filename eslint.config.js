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
);
