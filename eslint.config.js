// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'reports/', 'schemas/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript files (the CI summary, the bin shim, workers) run on Node.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // src/ is the pure domain core: no I/O, no clock reads, no unseeded randomness (ARCHITECTURE.md §2).
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/ does no I/O; pass data in.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/ reads no clock; pass the time in.' },
        {
          object: 'Math',
          property: 'random',
          message: 'src/ uses seeded randomness only (src/world/rng.ts).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'fs', 'node:net', 'node:http', 'express', 'msw'],
              message: 'src/ does no I/O.',
            },
          ],
        },
      ],
    },
  },
);
