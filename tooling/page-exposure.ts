/**
 * What a page's own script can find of an extension, run in the page's
 * world (pass it to page.evaluate, Playwright's or Puppeteer's, with the
 * extension's id or per-install UUID). Self-contained: it is serialised.
 */
export interface PageExposure {
  /** Elements whose shadowRoot the page can read. */
  shadowRoots: number;
  /** Extension URLs, or the id, in the page's markup and attributes. */
  extensionUrls: string[];
  /** Own properties on page elements that name us or tippy (Xrays let a content script's expandos through as wrappers). */
  expandos: string[];
  /** Performance entries that are ours, or any mark or measure at all (the fixture pages set none). */
  marks: string[];
  adoptedSheets: number;
}

export function pageExposure(id: string): PageExposure {
  const all = [...document.querySelectorAll('*')];
  const html = document.documentElement.outerHTML;
  const extensionUrls = [...html.matchAll(/(chrome|moz)-extension:\/\/[^\s"'<>)]*/g)].map((m) => m[0]);
  if (html.includes(id)) extensionUrls.push(`the extension id ${id}`);
  const expandos: string[] = [];
  for (const e of all) {
    for (const a of e.getAttributeNames()) if ((e.getAttribute(a) ?? '').includes('extension://')) extensionUrls.push(`${e.tagName}@${a}`);
    for (const k of Object.keys(e)) if (/policy|lens|tippy/i.test(k)) expandos.push(`${e.tagName}.${k}`);
  }
  return {
    shadowRoots: all.filter((e) => e.shadowRoot !== null).length,
    extensionUrls,
    expandos,
    marks: performance
      .getEntries()
      .map((e) => `${e.entryType}:${e.name}`)
      .filter((n) => /policy|lens|extension:/i.test(n) || n.startsWith('mark:') || n.startsWith('measure:')),
    adoptedSheets: document.adoptedStyleSheets.length,
  };
}
