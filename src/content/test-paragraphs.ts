/** Test helper (happy-dom tests): replaces the body with n paragraphs "block i" and returns them. */
export function paragraphs(n: number): Element[] {
  document.body.replaceChildren();
  return Array.from({ length: n }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `block ${i}`;
    document.body.appendChild(p);
    return p;
  });
}
