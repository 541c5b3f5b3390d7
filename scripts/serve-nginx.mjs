/**
 * `npm run serve:nginx`: serves dist/ (or $ROOT) with deploy/nginx.conf on http://127.0.0.1:$PORT
 * (default 8080), in the foreground, until Ctrl-C; the live data file from the folder $DATA
 * (default: the build's own data/). Needs a build and Debian's nginx.
 */
import { existsSync } from 'node:fs';
import { findNginx, NGINX_MISSING, startNginx } from './nginx.mjs';

const root = process.env.ROOT ?? 'dist';
const port = Number(process.env.PORT ?? 8080);
const data = process.env.DATA;
if (!findNginx()) {
  console.error(NGINX_MISSING);
  process.exit(1);
}
if (!existsSync(`${root}/index.html`)) {
  console.error(`${root}/index.html does not exist: run \`npm run build\` first, or set ROOT to a built folder.`);
  process.exit(1);
}
const server = await startNginx({ root, data, port, stdio: 'inherit' });
console.log(
  `nginx serves ${root} (the live data file from ${data ?? `${root}/data`}) with deploy/nginx.conf at ${server.url} (configuration in ${server.prefix}). Ctrl-C stops it.`,
);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
