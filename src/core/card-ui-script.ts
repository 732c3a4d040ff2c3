/** The built card UI script (src/content/entries/content-ui.ts), which the background injects when a content script asks (load-ui). */
export const CARD_UI_SCRIPT = 'content-ui.js';
