/**
 * The browser tests' reporting, one way for all: a line per check
 * ("ok   …" / "FAIL …: detail"), a last line "N passed, M failed", exit
 * status 1 on any failure, and a deadline after which the run gives up
 * with what it has.
 */

/**
 * `tag` (the browser, or `''`) prefixes every line. Returns `check(name,
 * ok, detail)` and `run(main, {withinMs, late})`, which awaits `main`,
 * counts an exception as a failed check, prints the summary and exits.
 */
export function checks(tag = '') {
  const prefix = tag ? `[${tag}] ` : '';
  let passed = 0;
  let failed = 0;
  const summary = () => console.log(`${passed} passed, ${failed} failed`);
  function check(name, ok, detail = '') {
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${prefix}${name}${detail ? (ok ? ` (${detail})` : `: ${detail}`) : ''}`);
  }
  async function run(main, { withinMs, late = 'finished in time' }) {
    const timer = setTimeout(() => {
      check(late, false, `still running after ${withinMs} ms`);
      summary();
      process.exit(1);
    }, withinMs);
    try {
      await main();
    } catch (e) {
      check('no exception', false, e && e.stack ? e.stack : String(e));
    } finally {
      clearTimeout(timer);
    }
    summary();
    process.exit(failed > 0 ? 1 : 0);
  }
  return { check, run };
}
