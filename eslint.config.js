// Lint keeps the layers apart (see README "Layout"): glossary/ and src/core/
// are pure; src/ui/ builds DOM but calls no extension API; each extension
// context imports core, ui and glossary, never another context.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CONTEXTS = ['content', 'background', 'popup', 'options', 'reader', 'sidepanel'];

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

// Further ways to turn a string into markup or script; shipped code only (tests parse fixtures).
const noParseSinks = [
  { selector: "Property[key.name='allowHTML'][value.value=true]", message: 'No allowHTML: tippy content is built as DOM nodes.' },
  { selector: "Property[key.value='allowHTML'][value.value=true]", message: 'No allowHTML: tippy content is built as DOM nodes.' },
  { selector: "AssignmentExpression[left.property.name='allowHTML'][right.value=true]", message: 'No allowHTML: tippy content is built as DOM nodes.' },
  { selector: "NewExpression[callee.name='DOMParser']", message: 'No HTML parsing of strings.' },
  { selector: "CallExpression[callee.property.name='parseFromString']", message: 'No HTML parsing of strings.' },
  { selector: "CallExpression[callee.property.name=/^(setHTMLUnsafe|parseHTMLUnsafe)$/]", message: 'No HTML parsing of strings.' },
  { selector: "CallExpression[callee.property.value=/^(setHTMLUnsafe|parseHTMLUnsafe)$/]", message: 'No HTML parsing of strings.' },
  { selector: "AssignmentExpression[left.property.name='srcdoc']", message: 'No srcdoc: it is markup.' },
  { selector: "AssignmentExpression[left.property.value='srcdoc']", message: 'No srcdoc: it is markup.' },
  { selector: "CallExpression[callee.property.name=/^setAttribute(NS)?$/][arguments.0.value=/^srcdoc$/i]", message: 'No srcdoc: it is markup.' },
  { selector: "CallExpression[callee.property.name=/^setAttribute(NS)?$/][arguments.1.value=/^srcdoc$/i]", message: 'No srcdoc: it is markup.' },
  { selector: 'Literal[value=/^\\s*javascript:/i]', message: 'No javascript: URLs.' },
  { selector: 'TemplateElement[value.raw=/^\\s*javascript:/i]', message: 'No javascript: URLs.' },
];

const C = './src/content';
// The content script reads top to bottom: entries → wiring → stages → shared helpers and core.
const contentZones = [
  { target: [`${C}/page`, `${C}/paint`, `${C}/pointer`, `${C}/card`, `${C}/shared`], from: [`${C}/wiring`, `${C}/entries`], message: 'Stages know nothing of the wiring or the entries.' },
  { target: `${C}/wiring`, from: `${C}/entries`, message: 'The wiring is started by an entry, not the other way round.' },
  { target: `${C}/page`, from: [`${C}/paint`, `${C}/pointer`, `${C}/card`], message: 'The page model knows no stage that follows it.' },
  { target: `${C}/paint`, from: [`${C}/pointer`, `${C}/card`], message: 'Painting knows nothing of the pointer or the card.' },
  { target: `${C}/card`, from: [`${C}/page`, `${C}/paint`, `${C}/pointer`], message: 'The card UI is built from term ids and geometry alone.' },
  { target: `${C}/shared`, from: [`${C}/page`, `${C}/paint`, `${C}/pointer`, `${C}/card`], message: 'Shared helpers import no stage.' },
];

const layerZones = [
  // Pure layers import no context, no UI and no browser API.
  { target: ['./src/core', './glossary'], from: ['./src/content', './src/background', './src/popup', './src/options', './src/reader', './src/sidepanel', './src/ui', './src/ext'], message: 'core/glossary are pure.' },
  { target: ['./src/core', './glossary', './src/ui'], from: ['./node_modules/webextension-polyfill', './node_modules/@types/webextension-polyfill'], message: 'Browser APIs belong in the context folders.' },
  { target: './src/ui', from: CONTEXTS.map((c) => `./src/${c}`), message: 'ui builds DOM from data; it knows no context.' },
  { target: './src/ui', from: './src/ext', message: 'ui calls no extension API.' },
  { target: './src/i18n', from: ['./src', './node_modules/webextension-polyfill'], except: ['./i18n'], message: 'i18n holds strings only.' },
  // Browser-facing helpers shared by several contexts; they know none of them.
  { target: './src/ext', from: CONTEXTS.map((c) => `./src/${c}`), message: 'ext is shared by contexts; it imports none.' },
  ...CONTEXTS.map((c) => ({
    target: `./src/${c}`,
    from: CONTEXTS.filter((o) => o !== c).map((o) => `./src/${o}`),
    message: 'Contexts talk through src/core/messages, not imports.',
  })),
  ...contentZones,
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
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use webextension-polyfill.' }],
      'no-restricted-syntax': ['error', ...noHtmlSinks, ...noParseSinks],
      'no-console': ['error', { allow: ['warn', 'error', 'info', 'debug'] }],
      // What ships holds no benchmark or test code (tests beside the code may use test helpers).
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, { target: './src', from: ['./bench', './tests'], message: 'Product code imports nothing from bench/ or tests/.' }] },
      ],
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
