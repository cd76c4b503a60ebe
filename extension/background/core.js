/**
 * The Rust core (wasm), in two packages (scripts/build-wasm.sh):
 *
 * - `pkg/notmine.js` judges. It is instantiated as the service worker
 *   starts, since a page is waiting for its verdict.
 * - `pkg/records.js` builds incident records. It is instantiated only
 *   when the user documents a page, so the judging core a cold service
 *   worker loads stays small (BENCHMARKS.md).
 *
 * Each glue is imported statically (a service worker may not use
 * `import()`); importing it fetches nothing, `init()` fetches the .wasm.
 * A failed instantiation is retried on the next use.
 *
 * After a trap (a Rust panic is a wasm `unreachable`, thrown here as a
 * `WebAssembly.RuntimeError`) the instance is dropped and a fresh one made:
 * a panic can leave the instance's memory half-changed (a borrow never
 * released, an allocation half-made), and every later page would be
 * judged by it. The call that trapped fails; the next one waits for the
 * fresh instance.
 */
import initJudge, * as judging from '../pkg/notmine.js';
import initRecords, * as recording from '../pkg/records.js';

let instances = 0;

/** One package's instance: `ready()` resolves once it is instantiated. */
function instance(glue, init, eager) {
  let ready = null;
  const start = () => {
    ready = init();
    ready.catch(() => {}); // reported when a caller awaits it
    instances += 1;
  };
  if (eager) start();
  return {
    ready() {
      if (!ready) start();
      return ready.catch(() => {
        start();
        return ready;
      });
    },
    /** `fn`, with a fresh instance started when it traps. */
    guarded(fn) {
      return (...args) => {
        try {
          return fn(...args);
        } catch (e) {
          if (e instanceof WebAssembly.RuntimeError) {
            console.warn('NotMine: the core trapped; starting a fresh instance:', e);
            glue.resetInstance();
            start();
          }
          throw e;
        }
      };
    },
  };
}

const judge = instance(judging, initJudge, true);
const records = instance(recording, initRecords, false);

/** Resolves when the judging core is ready. */
export const core = () => judge.ready();

/** Resolves when the records core is ready (instantiated on first use). */
export const recordsCore = () => records.ready();

/** How many instances were made so far (tests: a trap makes one more). */
export const instanceCount = () => instances;

export const claim = judge.guarded(judging.claim);
export const explain = judge.guarded(judging.explain);
export const judgeInContext = judge.guarded(judging.judgeInContext);
export const mergeProfile = judge.guarded(judging.mergeProfile);
export const peopleOf = judge.guarded(judging.peopleOf);
export const typedIdentity = judge.guarded(judging.typedIdentity);
export const trapForTest = judge.guarded(judging.trapForTest);

export const canonicalJson = records.guarded(recording.canonicalJson);
export const incidentRecord = records.guarded(recording.incidentRecord);
