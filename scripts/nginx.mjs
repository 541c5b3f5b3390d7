/**
 * Runs Debian's nginx with deploy/nginx.conf over a built folder, on loopback over plain http:
 * the same site configuration as in production, with the https and redirect servers swapped for
 * one http server, and pid, logs and temp files in a folder of its own (no root-owned paths).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
const DEPLOYED_ROOT = '/var/www/signalenroutekaart';
const DEPLOYED_DATA = '/var/lib/signalenroutekaart';
const DEPLOYED_SITE = '/etc/nginx/signalenroutekaart-site.conf';

export function findNginx() {
  return NGINX.find((path) => existsSync(path));
}

export const NGINX_MISSING = "nginx is not installed. On Debian or Ubuntu: `sudo apt-get install nginx` (the tests need Debian's nginx 1.22 or newer).";

/**
 * Writes the configuration for the site in `root`, with the live data file in the folder `data`
 * (by default the build's own data/, as a first release is seeded), on 127.0.0.1:`port` into a
 * fresh folder; returns that folder.
 */
export function writeLocalConfig({ root, port, data = join(root, 'data') }) {
  const prefix = mkdtempSync(join(tmpdir(), 'routekaart-nginx-'));
  mkdirSync(join(prefix, 'tmp'));
  const site = readFileSync('deploy/signalenroutekaart-site.conf', 'utf8').replaceAll(DEPLOYED_ROOT, resolve(root)).replaceAll(DEPLOYED_DATA, resolve(data));
  writeFileSync(join(prefix, 'site.conf'), site);

  const local = `    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        set $hsts "";
        include ${join(prefix, 'site.conf')};
    }`;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(prefix, 'tmp', kind)};`).join('\n');
  const config = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^user .*;$/m, process.getuid?.() === 0 ? 'user root;' : '')
    .replace(/^pid .*;$/m, `pid ${join(prefix, 'nginx.pid')};`)
    .replace(/^error_log .*;$/m, `error_log ${join(prefix, 'error.log')} warn;`)
    .replace(/ {4}# BEGIN PUBLIC[\s\S]*# END PUBLIC/, () => local)
    .replace(/^http \{$/m, () => `http {\n${temp}`);
  if (config.includes(DEPLOYED_SITE)) throw new Error('deploy/nginx.conf: the public servers were not replaced');
  writeFileSync(join(prefix, 'nginx.conf'), config);
  return prefix;
}

/** nginx's own check of the configuration (`nginx -t`); throws with its message when it fails. */
export function testConfig(prefix) {
  execFileSync(findNginx(), ['-t', '-q', '-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], {
    stdio: 'pipe',
  });
}

/** Starts nginx in the foreground; resolves once it answers. */
export async function startNginx({ root = 'dist', data, port = 8080, stdio = 'ignore' } = {}) {
  const nginx = findNginx();
  if (!nginx) throw new Error(NGINX_MISSING);
  const prefix = writeLocalConfig({ root, port, data });
  testConfig(prefix);
  const server = spawn(nginx, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`nginx stopped: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    prefix,
    stop: () =>
      new Promise((done) => {
        if (server.exitCode !== null) return done();
        server.once('exit', () => done());
        server.kill('SIGQUIT');
      }),
  };
}
