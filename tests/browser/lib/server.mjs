/**
 * The one static server of the browser tests and tools: a throwaway HTTP
 * (or HTTPS) server on 127.0.0.1 that serves directories read-only and/or
 * pages from memory, and nothing else (a 404 for anything outside).
 *
 *   const site = await serve({ dirs: { '/': WWW, '/t/': PAGES } });
 *   await page.goto(site.url('/gewinnspiel.html'));   // site.origin, site.port
 *   site.close();
 *
 * Options (all optional):
 *   dirs     { prefix: dir }: each URL path under `prefix` is the file under
 *            `dir` (a path ending in "/" is its index.html); the longest
 *            prefix wins; `..` cannot leave `dir`.
 *   page     (path, req) => {body, type?, headers?} | null: a page from
 *            memory, asked first (path %-decoded, no query); null falls
 *            through to `dirs`, then to a 404.
 *   htmlType the Content-Type of .html files from `dirs`
 *            (default "text/html; charset=utf-8"; "text/html" leaves the
 *            encoding to the page's own declaration, as for a saved file).
 *   vars     { NAME: value }: `{{NAME}}` in .html files from `dirs` is
 *            replaced (read at each request, so it may be filled in later).
 *   headers  extra response headers of every 200 (e.g. Cache-Control), or
 *            (path) => headers.
 *   tls      {key, cert}: serve HTTPS instead.
 *   port     default 0 (any free port).
 * Returns the node server with `origin`, `port`, `url(path)` and a `close()`
 * that also drops keep-alive connections.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { extname, resolve, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Listens on 127.0.0.1:`port` (0: any free port); resolves to the server. */
export function listen(server, port = 0) {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

/** The URL path of `req`, %-decoded (as it is where an escape is malformed). */
export function pathOf(req) {
  const p = new URL(req.url, 'http://x').pathname;
  try {
    return decodeURIComponent(p);
  } catch (_) {
    return p;
  }
}

/** The file `path` names under one of `dirs`, or null. */
function fileFor(dirs, path) {
  const prefix = Object.keys(dirs).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const base = resolve(dirs[prefix]);
  const rel = '/' + path.slice(prefix.length);
  const file = resolve(base, '.' + (rel.endsWith('/') ? rel + 'index.html' : rel));
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

export async function serve({ dirs = {}, page = null, htmlType = TYPES['.html'], vars = null, headers = {}, tls = null, port = 0 } = {}) {
  const extra = (path) => (typeof headers === 'function' ? headers(path) : headers);
  const handler = (req, res) => {
    const path = pathOf(req);
    const mem = page ? page(path, req) : null;
    if (mem) {
      res.writeHead(200, { 'Content-Type': mem.type || 'text/html', ...extra(path), ...(mem.headers || {}) });
      res.end(mem.body);
      return;
    }
    const file = fileFor(dirs, path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    const html = ext === '.html' || ext === '.htm';
    let body = readFileSync(file);
    if (html && vars) body = body.toString('utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k] ?? '');
    res.writeHead(200, { 'Content-Type': html ? htmlType : TYPES[ext] || 'application/octet-stream', ...extra(path) });
    res.end(body);
  };
  const server = await listen(tls ? createHttps(tls, handler) : createHttp(handler), port);
  const scheme = tls ? 'https' : 'http';
  server.port = server.address().port;
  server.origin = `${scheme}://127.0.0.1:${server.port}`;
  server.url = (path = '/') => server.origin + path;
  const close = server.close.bind(server);
  server.close = (cb) => {
    server.closeAllConnections?.();
    return close(cb);
  };
  return server;
}
