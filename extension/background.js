/**
 * NotMine background: the only place the Rust core (wasm) runs besides the
 * extension's own pages. Messages and storage keys: docs/extension.md.
 *
 * Chrome runs this file as a module service worker, Firefox as a module event
 * page (manifest `background.service_worker` / `background.scripts`). Rules
 * both impose (see ../shared/platform-notes.md):
 *   - the wasm-bindgen glue is imported statically (`import()` is not allowed
 *     in a service worker): background/core.js;
 *   - no top-level `await`;
 *   - listeners are registered synchronously, on the first turn, so an event
 *     that woke the worker is delivered: `register()` below;
 *   - the worker is stopped when idle: per-tab verdicts live in
 *     `storage.session`, everything the user owns in the owned area
 *     (lib/vault.js), never in globals only.
 *
 * The parts: background/listeners.js (messages, admitted by
 * lib/messages.js), background/tabs.js (per-tab state, queues, badge),
 * background/policy.js (what counts as a load, the previous load, offers;
 * no browser calls), background/records.js (incident records),
 * background/core.js (the wasm core).
 */
import './lib/messages.js';
import { register } from './background/listeners.js';

register();
