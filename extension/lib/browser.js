/**
 * The WebExtension API object: `browser` (Firefox, and Chromium since it
 * added the promise-based namespace) or `chrome`. Both return promises from
 * the calls NotMine makes, so no polyfill is needed.
 */
export const api = globalThis.browser ?? globalThis.chrome;
