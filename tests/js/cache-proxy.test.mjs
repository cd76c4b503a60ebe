// www/cache-proxy.mjs: the demo site behind a real nginx cache, set up as
// in the incidents. The first visitor's shop account page is kept and
// handed to the next visitor (a HIT), without the first one's session
// cookie; the public shop page is cached as it should be.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findNginx, nginxMissing, startCacheProxy } from '../../www/cache-proxy.mjs';
import { startServer } from '../../www/server.mjs';

/** The name the page greets ("Hallo …" in the header). */
const greeted = (html) => html.match(/data-greeting>Hallo ([^<]+)</)?.[1] ?? null;

async function get(url, headers = {}) {
  const r = await fetch(url, { headers, redirect: 'manual' });
  return {
    status: r.status,
    cache: r.headers.get('x-cache-status'),
    setCookie: r.headers.getSetCookie(),
    cacheControl: r.headers.get('cache-control'),
    body: await r.text(),
  };
}

test('the shop behind nginx: a second visitor gets the first one\'s account page as a HIT, without its cookie', async (t) => {
  // Skipped only when nginx is not installed; a wrong NGINX=… fails below.
  if (!process.env.NGINX && !findNginx()) {
    t.skip(nginxMissing());
    return;
  }
  const origin = await startServer({ port: 0 });
  t.after(() => origin.close());
  const proxy = await startCacheProxy({ originPort: origin.server.address().port });
  t.after(() => proxy.close());
  const konto = `${proxy.url}shop/konto`;

  // Visitor 1: no cookie. The origin makes a session and its customer.
  const a = await get(konto);
  assert.equal(a.status, 200);
  assert.equal(a.cache, 'MISS', 'first request: X-Cache-Status');
  assert.equal(a.setCookie.length, 1, `first request: one Set-Cookie, got ${JSON.stringify(a.setCookie)}`);
  const session = a.setCookie[0].match(/^shop_session=([0-9a-f]{32});/)?.[1];
  assert.ok(session, `first request: a shop_session cookie, got ${a.setCookie[0]}`);
  assert.equal(a.cacheControl, 'public, max-age=600', 'the origin marks its account page public (the mistake)');
  const customer = greeted(a.body);
  assert.ok(customer, 'first request: the page greets its customer');

  // Visitor 2: no cookie either; served from the cache: visitor 1's page.
  const b = await get(konto);
  assert.equal(b.cache, 'HIT', 'second visitor: X-Cache-Status');
  assert.equal(greeted(b.body), customer, 'second visitor sees the first visitor\'s customer');
  assert.ok(b.body.includes(customer), 'the name is in the body');
  assert.deepEqual(b.setCookie, [], 'the HIT carries no Set-Cookie (not the first visitor\'s session)');

  // The origin itself would have shown visitor 2 someone else.
  // (The data list, not only the name: two made-up people may share a name.)
  const data = (html) => html.match(/<dl class="data">[\s\S]*?<\/dl>/)?.[0];
  const direct = await get(`${origin.url}shop/konto`);
  assert.notEqual(data(direct.body), data(a.body), 'the origin gives a new visitor a new customer');
  // And the same session always the same customer.
  const again = await get(`${origin.url}shop/konto`, { cookie: `shop_session=${session}` });
  assert.equal(greeted(again.body), customer, 'the origin shows a session its own customer again');
  assert.deepEqual(again.setCookie, [], 'a known session gets no new cookie');

  // The public shop page: cacheable, nobody's data.
  const s1 = await get(`${proxy.url}shop/`);
  const s2 = await get(`${proxy.url}shop/`);
  assert.deepEqual([s1.cache, s2.cache], ['MISS', 'HIT'], '/shop/ twice: X-Cache-Status');
  assert.equal(s1.cacheControl, 'public, max-age=300');
  assert.equal(greeted(s2.body), null, '/shop/ greets nobody');
  assert.deepEqual(s2.setCookie, []);

  // The rest of the site goes through as the origin says (no-store: MISS).
  const rest = await get(`${proxy.url}impressum`);
  const rest2 = await get(`${proxy.url}impressum`);
  assert.deepEqual([rest.cache, rest2.cache], ['MISS', 'MISS'], 'a no-store page is never a HIT');
});

test('startCacheProxy says how to install nginx when there is none', async (t) => {
  const saved = process.env.NGINX;
  process.env.NGINX = '/nonexistent/nginx';
  t.after(() => {
    if (saved === undefined) delete process.env.NGINX;
    else process.env.NGINX = saved;
  });
  await assert.rejects(startCacheProxy({ originPort: 8080 }), /NGINX=\/nonexistent\/nginx is not an executable file/);
  assert.match(nginxMissing({ PATH: '' }), /bash scripts\/setup\.sh --browsers/);
});
