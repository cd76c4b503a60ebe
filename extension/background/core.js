/**
 * The Rust core (wasm), instantiated once; retried on the next use if it
 * failed. The wasm-bindgen glue is imported statically: a service worker
 * may not use `import()`.
 *
 * After a trap (a Rust panic is a wasm `unreachable`, thrown here as a
 * `WebAssembly.RuntimeError`) the instance is dropped and a fresh one made:
 * a panic can leave the instance's memory half-changed (a borrow never
 * released, an allocation half-made), and every later page would be
 * judged by it. The call that trapped fails; the next one waits for the
 * fresh instance (`core()`).
 */
import init, * as wasm from '../pkg/notmine.js';

let ready = init();
ready.catch(() => {}); // reported when a handler awaits it
let instances = 1;

/** Resolves when the core is ready. */
export function core() {
  return ready.catch(() => {
    ready = init();
    instances += 1;
    return ready;
  });
}

/** How many instances were made so far (tests: a trap makes one more). */
export const instanceCount = () => instances;

function fresh() {
  wasm.resetInstance();
  ready = init();
  ready.catch(() => {});
  instances += 1;
}

/** `fn`, with a fresh instance started when it traps. */
function guarded(fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        console.warn('NotMine: the core trapped; starting a fresh instance:', e);
        fresh();
      }
      throw e;
    }
  };
}

export const canonicalJson = guarded(wasm.canonicalJson);
export const claim = guarded(wasm.claim);
export const explain = guarded(wasm.explain);
export const incidentRecord = guarded(wasm.incidentRecord);
export const judgeInContext = guarded(wasm.judgeInContext);
export const mergeProfile = guarded(wasm.mergeProfile);
export const peopleOf = guarded(wasm.peopleOf);
export const typedIdentity = guarded(wasm.typedIdentity);
export const trapForTest = guarded(wasm.trapForTest);
