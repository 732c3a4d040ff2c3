/** Test helpers (happy-dom tests): the body replaced by paragraphs. */

/** One paragraph per text; returns them. */
export function paragraphsOf(texts: readonly string[]): Element[] {
  const ps = texts.map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    return p;
  });
  document.body.replaceChildren(...ps);
  return ps;
}

/** n paragraphs "block i". */
export function paragraphs(n: number): Element[] {
  return paragraphsOf(Array.from({ length: n }, (_, i) => `block ${i}`));
}
