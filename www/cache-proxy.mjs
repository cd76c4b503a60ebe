// A real shared cache in front of the demo site: Debian's nginx with the
// configuration of www/cache/nginx.conf (the shop's pages cached without
// regard to the session cookie, as in the incidents).
//
//   import { startCacheProxy } from './www/cache-proxy.mjs';
//   const proxy = await startCacheProxy({ originPort: 8080 });  // port 0: a free one
//   // proxy.url: 'http://127.0.0.1:PORT/', try PORT/shop/konto twice
//   await proxy.close();
//
// nginx runs in the foreground as one process of the current user, with
// every file it writes (config, logs, pid, cache, temp files) in a fresh
// temp dir that close() removes. Install it with
// `bash scripts/setup.sh --browsers` (Debian's nginx, /usr/sbin/nginx);
// NGINX=/path/to/nginx picks another.

import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'cache', 'nginx.conf');
const HOST = '127.0.0.1';
const READY_WITHIN_MS = 5000;

const executable = (f) => {
  try {
    accessSync(f, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The nginx binary: $NGINX when set, else Debian's /usr/sbin/nginx (not on
 * a normal user's PATH), else `nginx` on PATH; null when there is none.
 */
export function findNginx(env = process.env) {
  if (env.NGINX) return executable(env.NGINX) ? env.NGINX : null;
  if (executable('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  for (const dir of (env.PATH || '').split(delimiter)) {
    if (dir && executable(join(dir, 'nginx'))) return join(dir, 'nginx');
  }
  return null;
}

/** What to do when findNginx() found nothing, in one sentence. */
export function nginxMissing(env = process.env) {
  return env.NGINX
    ? `NGINX=${env.NGINX} is not an executable file`
    : 'nginx is not installed (no /usr/sbin/nginx, none on PATH): install it with `bash scripts/setup.sh --browsers` (as root), or set NGINX=/path/to/nginx';
}

/** A port free right now on 127.0.0.1 (nginx cannot report one it picked itself). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on HOST:port. */
function accepts(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ host: HOST, port });
    sock.once('connect', () => { sock.destroy(); resolve(true); });
    sock.once('error', () => resolve(false));
  });
}

/** The config for one run: the template with its placeholders filled. */
export function nginxConfig({ dir, port, originPort }) {
  const values = { dir, port: String(port), origin_port: String(originPort) };
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (m, k) => {
    if (!(k in values)) throw new Error(`www/cache/nginx.conf: unknown placeholder ${m}`);
    return values[k];
  });
}

/**
 * Starts nginx as a shared cache on 127.0.0.1 in front of the origin on
 * 127.0.0.1:originPort. `port: 0` picks a free port. Resolves to
 * {url, port, close()} once nginx accepts connections; rejects with what
 * nginx said when it does not start, or with how to install it.
 */
export async function startCacheProxy({ originPort, port = 0 } = {}) {
  if (!Number.isInteger(originPort) || originPort <= 0 || originPort > 65535) {
    throw new Error(`startCacheProxy: originPort must be a port number, got ${originPort}`);
  }
  const nginx = findNginx();
  if (!nginx) throw new Error(`cannot start the cache proxy: ${nginxMissing()}`);
  // The free port is free only until someone takes it: when nginx then
  // finds it in use, try another (only when the caller let us pick).
  const attempts = port === 0 ? 3 : 1;
  let last;
  for (let i = 0; i < attempts; i++) {
    try {
      return await startOnce(nginx, originPort, port || await freePort());
    } catch (e) {
      last = e;
      if (!e.addressInUse) break;
    }
  }
  throw last;
}

async function startOnce(nginx, originPort, port) {
  const dir = mkdtempSync(join(tmpdir(), 'notmine-cache-'));
  const conf = join(dir, 'nginx.conf');
  const errorLog = join(dir, 'error.log');
  writeFileSync(conf, nginxConfig({ dir, port, originPort }));
  // -e: messages from before the config is read go to the temp dir too,
  // not to the package's /var/log/nginx (not writable by a normal user).
  const child = spawn(nginx, ['-p', `${dir}/`, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  let exited = null;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => { exited = { code, signal }; resolve(); });
    child.once('error', (err) => { exited = { err }; resolve(); });
  });
  // nginx outliving this process would keep its port, and its temp dir
  // would stay: both go with us, also on a process.exit() without close().
  const onExit = () => {
    try { child.kill('SIGKILL'); } catch { /* gone */ }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const said = () => {
    const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
    return `${stderr}\n${log}`.trim().split('\n').filter(Boolean).slice(-5).join('\n');
  };
  const cleanup = () => {
    process.off('exit', onExit);
    rmSync(dir, { recursive: true, force: true });
  };

  const end = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (exited) {
      const text = exited.err ? exited.err.message : said();
      cleanup();
      const e = new Error(`nginx (${nginx}) did not start on ${HOST}:${port}: ${text || `exit ${exited.code ?? exited.signal}`}`);
      e.addressInUse = /Address already in use/.test(text);
      throw e;
    }
    if (await accepts(port)) break;
    if (Date.now() > end) {
      child.kill('SIGKILL');
      await exit;
      const text = said();
      cleanup();
      throw new Error(`nginx (${nginx}) did not accept connections on ${HOST}:${port} within ${READY_WITHIN_MS} ms${text ? `: ${text}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  let closing = null;
  const close = () => {
    closing ??= (async () => {
      if (!exited) {
        // TERM: nginx's fast shutdown; KILL if it is still there after 2 s.
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exit;
        clearTimeout(timer);
      }
      cleanup();
    })();
    return closing;
  };
  return { url: `http://${HOST}:${port}/`, port, close, nginx, dir };
}
