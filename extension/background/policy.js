/**
 * The background's policy, as plain functions with no browser call (tested
 * in node: tests/js/policy.test.mjs): what "the same page" and "the
 * previous load" are for the drift rule, when a load counts for its site,
 * when the profile offer is shown, which pages no extension may read.
 * The rules themselves are in the core (src/rules/).
 */

/** Origin and path of a URL: what "the same page" means for drift; '' if not http(s). */
export function pageOf(url) {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin + u.pathname : '';
  } catch (_) {
    return '';
  }
}

/**
 * "The previous load" of a page, from what was remembered (`seen`: `{load,
 * people, cached, previous, previousCached}`) and the current document's
 * load id: `{people, cached}`, the people it showed and whether a shared
 * cache served it. While one document changes (a single-page app filling
 * in), the load before it stays the comparison; a new load compares with
 * the last one.
 */
export function previousLoad(seen, load) {
  if (!seen) return { people: [], cached: false };
  return seen.load === load
    ? { people: seen.previous ?? [], cached: Boolean(seen.previousCached) }
    : { people: seen.people ?? [], cached: Boolean(seen.cached) };
}

/**
 * What to remember of this load for the next one, or null when it showed
 * nobody: its people, whether a shared cache served it (`cached`, from the
 * core), and the load before it (`previous`, as previousLoad gives it).
 */
export function seenAfter(load, people, cached, previous) {
  return people.length > 0
    ? { load, people, cached: Boolean(cached), previous: previous.people, previousCached: previous.cached }
    : null;
}

/**
 * Whether this verdict makes the tab's page load count for its site: once
 * per load, on its first finding, in whichever frame and whenever (single-
 * page apps warn after load). `top` is the tab's top-frame entry.
 */
export function countsAsLoad(verdict, top) {
  return !!(verdict?.warn && top && !top.counted);
}

/**
 * What to do with the tab's pending profile offer for a top-frame verdict:
 * `drop` it (learning is off), `show` it (nothing to warn about and the
 * page not being left; once), or `keep` it for later.
 */
export function offerAction(offer, learn, show) {
  if (!offer) return 'keep';
  if (!learn) return 'drop';
  if (offer.shown || !show) return 'keep';
  return 'show';
}

/** True when a profile object holds at least one entry. */
/**
 * The site whose memory (who it shows as the user) a frame's page may
 * teach: its own, never the tab's when they differ. A cross-origin frame
 * (an embedded widget, an ad, a payment form) sending a form, or showing
 * its own account view, tells nothing about who the top site shows as the
 * user. `frameUrl` is the sending frame's URL, `tabUrl` the tab's; the
 * host, or '' when neither names one.
 */
export function memoryHost(frameUrl, tabUrl) {
  const host = (u) => {
    try {
      return new URL(u).hostname;
    } catch (_) {
      return '';
    }
  };
  return host(frameUrl) || host(tabUrl);
}

export function hasEntries(profile) {
  return Object.values(profile ?? {}).some((v) => Array.isArray(v) && v.length > 0);
}

/** Pages no extension may read: the browser's own, and the add-on stores. */
export function unreadable(url) {
  if (!url) return false;
  if (!/^(https?|file|ftp):/i.test(url)) return true;
  return /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\//i.test(url);
}

/** `2026-11-22T07:30:12+01:00`: the instant in the user's own time zone. */
export function localTime(d) {
  const off = -d.getTimezoneOffset();
  const pad = (n) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:` +
    `${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(off / 60)}:${pad(off % 60)}`;
}

const RANK = { none: 0, low: 1, medium: 2, high: 3 };

/** The severity of a tab: its frames' highest, "high" for a frame the user said is not them. */
export function tabSeverity(tab) {
  let top = 'none';
  for (const f of Object.values(tab?.frames ?? {})) {
    const s = f.raised ? 'high' : (f.verdict?.severity ?? 'none');
    if ((RANK[s] ?? 0) > RANK[top]) top = s;
  }
  return top;
}

/** Badge colours by severity (white text on each: contrast 5.6:1 or more). */
export const BADGE_COLOURS = { high: '#c62828', medium: '#b34700', low: '#6b5900' };

/**
 * The badge for a tab: the number of findings over its frames, and the
 * severity in its colour and its sign — "3!" on red for high, "3?" on
 * orange (medium) or olive (low), the question the banner asks ("Is this
 * you?"); grey when the site is silenced.
 */
export function badgeFor(tab, silenced) {
  let count = 0;
  for (const f of Object.values(tab?.frames ?? {})) count += f.verdict?.findings?.length ?? 0;
  if (count === 0) return { text: '' };
  const severity = tabSeverity(tab);
  const n = count > 99 ? '99' : String(count);
  const text = `${n}${severity === 'high' ? '!' : '?'}`;
  return { text, severity, color: silenced ? '#616161' : (BADGE_COLOURS[severity] ?? BADGE_COLOURS.high) };
}
