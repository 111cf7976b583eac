// SHIPS TO THE BROWSER, EAGERLY (kb-diagnose.ts imports it to hold a paste made before the
// controller has loaded): keep it one constant.

/**
 * Pastes longer than this (in characters) are held in memory rather than inserted into the field:
 * Chromium takes over a second to insert 2.5 MB into a textarea, and every later redraw of the page
 * is slower while the field holds it.
 */
export const HOLD_PASTE_CHARS = 200_000;
