import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tasks/**/dist/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no runner libraries and no process.env (runtimes pass what they need).
    files: ['src/core/**', 'src/clouds/**', 'src/sources/**', 'src/targets/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', 'azure-pipelines-task-lib*', '**/runtimes/**'] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only runtimes read process.env.' },
      ],
    },
  },
  {
    files: ['src/targets/*/**'],
    rules: {
      // A target never imports another target (a sibling folder: `../<target>/…`).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*', 'azure-pipelines-task-lib*', '**/runtimes/**'] },
            { regex: '^\\.\\./(?!\\.\\.)', message: 'A target never imports another target.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
