/**
 * The source of `virtual:policy-lens-matcher` (see matcher-data-plugin.ts):
 * the glossary's matcher compiled now, as data for loadMatcher().
 */
import { surfaceForms } from '../glossary/core';
import { matcherData } from '../src/core/matcher';

/** JSON.parse of a string literal: V8 parses that faster than the same object written as a JS literal. */
export function matcherModuleSource(): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(matcherData(surfaceForms())))});\n`;
}
