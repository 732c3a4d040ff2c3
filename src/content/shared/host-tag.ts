/** The tag of our one UI host element (tooltip.ts), which scanning and the observer skip. */
export const HOST_TAG = 'policy-lens-ui';
