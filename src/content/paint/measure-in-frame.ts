/**
 * Document-coordinate rects of many elements at once, from the browser's
 * next rendering update: one IntersectionObserver, observed and then
 * disconnected after its first report. The browser computes every target's
 * box natively inside the frame; calling getBoundingClientRect from script
 * for each costs several times more than reading an observer's report.
 *
 * Not kept observing: with thousands of targets the browser recomputes all of
 * them on every scrolled frame.
 */
import type { DocRect } from './geometry';

/**
 * Resolves with each target's border box in document coordinates, or null
 * when no report came within waitMs (no rendering: a background tab, an
 * undisplayed frame). Targets missing from the report are missing from the map.
 */
export function measureInFrame(doc: Document, targets: readonly Element[], waitMs: number): Promise<Map<Element, DocRect> | null> {
  const win = doc.defaultView;
  if (!win || typeof win.IntersectionObserver !== 'function' || targets.length === 0) return Promise.resolve(null);
  const html = doc.documentElement;
  const wanted = new Set(targets);
  return new Promise((resolve) => {
    const boxes = new Map<Element, DOMRectReadOnly>();
    let origin: DOMRectReadOnly | null = null;
    let done = false;
    const finish = (ok: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      io.disconnect();
      if (!ok || !origin) return resolve(null);
      // The report was computed in the frame; the page may have scrolled
      // since. html's box then moved by exactly the scroll.
      const now = html.getBoundingClientRect();
      const dx = win.scrollX - (origin.left - now.left);
      const dy = win.scrollY - (origin.top - now.top);
      const out = new Map<Element, DocRect>();
      for (const [el, r] of boxes) out.set(el, { l: r.left + dx, t: r.top + dy, r: r.right + dx, b: r.bottom + dy });
      resolve(out);
    };
    const io = new win.IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.target === html) origin = e.boundingClientRect;
        if (wanted.has(e.target)) boxes.set(e.target, e.boundingClientRect);
      }
      // Every target is reported in the first computation: one callback, normally.
      if (origin && boxes.size === wanted.size) finish(true);
    });
    const timer = setTimeout(() => finish(origin !== null && boxes.size > 0), waitMs);
    io.observe(html);
    for (const t of wanted) if (t !== html) io.observe(t);
  });
}
