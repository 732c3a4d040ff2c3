// Lint keeps the layers apart (see README "Layout"): glossary/ and src/core/
// are pure; src/ui/ builds DOM but calls no extension API; each extension
// context imports core, ui and glossary, never another context.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CONTEXTS = ['content', 'background', 'popup', 'options', 'reader'];

// Dotted and computed (el['innerHTML']) forms alike; tests/reliability/html-sinks.test.ts probes each.
const noHtmlSinks = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: build DOM nodes.' },
  { selector: "AssignmentExpression[left.property.value='innerHTML']", message: 'No innerHTML: build DOM nodes.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML: build DOM nodes.' },
  { selector: "AssignmentExpression[left.property.value='outerHTML']", message: 'No outerHTML: build DOM nodes.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: build DOM nodes.' },
  { selector: "CallExpression[callee.property.value='insertAdjacentHTML']", message: 'No insertAdjacentHTML: build DOM nodes.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.object.property.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No HTML parsing of strings.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'artifacts/', 'node_modules/', 'out/', 'bench/results/', 'bench/tmp/', 'tests/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Pure layers import no context, no UI and no browser API.
            { target: ['./src/core', './glossary'], from: ['./src/content', './src/background', './src/popup', './src/options', './src/reader', './src/ui', './src/ext'], message: 'core/glossary are pure.' },
            { target: ['./src/core', './glossary', './src/ui'], from: ['./node_modules/webextension-polyfill', './node_modules/@types/webextension-polyfill'], message: 'Browser APIs belong in the context folders.' },
            { target: './src/ui', from: CONTEXTS.map((c) => `./src/${c}`), message: 'ui builds DOM from data; it knows no context.' },
            { target: './src/ui', from: './src/ext', message: 'ui calls no extension API.' },
            // Browser-facing helpers shared by several contexts; they know none of them.
            { target: './src/ext', from: CONTEXTS.map((c) => `./src/${c}`), message: 'ext is shared by contexts; it imports none.' },
            ...CONTEXTS.map((c) => ({
              target: `./src/${c}`,
              from: CONTEXTS.filter((o) => o !== c).map((o) => `./src/${o}`),
              message: 'Contexts talk through src/core/messages, not imports.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use webextension-polyfill.' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info', 'debug'] }],
    },
  },
  {
    // Pure layers: no DOM or extension globals either.
    files: ['src/core/**/*.ts', 'glossary/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'window', 'document', 'browser', 'navigator', 'CSS', 'Node', 'Element'],
    },
  },
);
