/**
 * The Rust core (wasm), instantiated once; retried on the next use if it
 * failed. The wasm-bindgen glue is imported statically: a service worker
 * may not use `import()`.
 */
import init, * as wasm from '../pkg/notmine.js';

let ready = init();
ready.catch(() => {}); // reported when a handler awaits it

/** Resolves when the core is ready. */
export function core() {
  return ready.catch(() => {
    ready = init();
    return ready;
  });
}

export const { claim, incidentRecord, judgeInContext, mergeProfile, peopleOf, typedIdentity } = wasm;
