/** Whether this browser paints CSS Custom Highlights (the gate asks before it reads the page). */
export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
