/** The built card UI script (src/content/ui-entry.ts), which the background injects when a content script asks (load-ui). */
export const CARD_UI_SCRIPT = 'content-ui.js';
