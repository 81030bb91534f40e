import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Municipal data stays on the machine: the app makes no network requests.',
}))

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      eqeqeq: 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', ...NETWORK] },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine is plain TypeScript on decimal.js: it runs from the command line and in tests
    // with no browser, and knows nothing of the layers above it.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/|decimal\\.js$)',
              message: 'src/model may import only decimal.js and its own files.',
            },
            {
              group: ['**/state/**', '**/ui/**', '**/i18n/**', '**/cli/**'],
              message: 'Dependencies point one way: ui → state → model.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...NETWORK,
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
          (name) => ({
            name,
            message: 'src/model runs without a browser.',
          }),
        ),
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/cli/**'],
              message: 'Dependencies point one way: ui → state → model.',
            },
          ],
        },
      ],
    },
  },
  {
    // The interface shows figures the state layer derives, once per evaluation: it never calls
    // the engine or computes a scenario itself. From src/model it takes types, and values only
    // from pure helpers: exact decimals and their rounding, own-key look-ups, problem severity,
    // the schema's enumerations and text rules, driver kinds' input descriptions, KOSTRA names,
    // UTF-8 decoding, and the size limits of files.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+model/(?!(money/(decimal|rounding)|own|problems|schema/(measure|textCharacters)|drivers/(inputSpec|registry)|kostraName|load/decodeUtf8|load/validateModel|scenario/readScenario)$)',
              allowTypeImports: true,
              message:
                'The interface never calls the engine: read derived figures from a selector in src/state.',
            },
            {
              regex: '^(\\.\\./)+model/(load/validateModel|scenario/readScenario)$',
              allowTypeImports: true,
              allowImportNames: ['MAX_MODEL_CHARACTERS', 'MAX_SCENARIO_CHARACTERS'],
              message:
                'The interface takes only the size limits from here: loading is the state layer’s.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/state/**', '**/ui/**', '**/cli/**'],
              message: 'i18n serves the layers above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
)
