/**
 * The sources of `virtual:policy-lens-matcher` and `virtual:policy-lens-prefilter`
 * (see matcher-data-plugin.ts): the glossary's matcher and prefilter
 * compiled now, as data for loadMatcher() and loadPrefilter().
 */
import { surfaceForms } from '../glossary/core';
import { matcherData } from '../src/core/matcher';
import { prefilterData } from '../src/core/prefilter-build';

/** JSON.parse of a string literal: V8 parses that faster than the same object written as a JS literal. */
export function matcherModuleSource(): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(matcherData(surfaceForms())))});\n`;
}

/** The prefilter's two stages (src/core/prefilter.ts), as JSON.parse of a string literal likewise. */
export function prefilterModuleSource(): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(prefilterData(surfaceForms())))});\n`;
}
