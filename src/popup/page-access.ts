/**
 * Talking to the target tab: ask what it holds, reveal a term, inject the
 * content script (activeTab or a granted host permission) and annotate once.
 */
export { accessOrigins, annotateOnce, askPageTerms, hasSiteAccess, injectContentScript, markGeneric, revealTerm } from '../ext/tab-script';
