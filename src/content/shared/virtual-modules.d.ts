/** Built by scripts/matcher-data-plugin.ts: the glossary's matcher, compiled at build time. */
declare module 'virtual:policy-lens-matcher' {
  import type { MatcherData } from '../core/matcher';

  const data: MatcherData;
  export default data;
}

/** Built by scripts/matcher-data-plugin.ts: the glossary's prefilter (src/core/prefilter-build.ts). */
declare module 'virtual:policy-lens-prefilter' {
  import type { PrefilterData } from '../../core/prefilter';

  const data: PrefilterData;
  export default data;
}
