// Placeholder entry: replaced by the real content script (issue 5).
const name = 'policy-lens';
if (typeof CSS !== 'undefined' && 'highlights' in CSS && !CSS.highlights.has(name)) {
  CSS.highlights.set(name, new Highlight());
}
