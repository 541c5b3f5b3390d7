/**
 * A throw-away static server over a copy of the build, for tests that change what the server
 * answers (a new deployment, a broken data file) without touching dist/ under the other tests.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
};

export interface Deployment {
  url: string;
  /** The folder being served: change files here to "deploy". */
  root: string;
  close(): Promise<void>;
}

/** A copy of a build (dist/ by default) in a fresh folder, to change without touching the build the other tests use. */
export function copyOfBuild(build = 'dist'): string {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-deploy-'));
  cpSync(build, root, { recursive: true });
  return root;
}

export async function deployCopyOfBuild(build = 'dist'): Promise<Deployment> {
  const root = copyOfBuild(build);
  const server: Server = createServer((request, response) => {
    const raw = new URL(request.url ?? '/', 'http://x').pathname;
    let path = raw;
    try {
      path = decodeURIComponent(raw);
    } catch {
      // A broken escape names no file: the app shell answers it, as on nginx.
    }
    path = normalize(path);
    let file = join(root, path);
    const found = file.startsWith(root) && existsSync(file) && !statSync(file).isDirectory();
    // As docs/deploy.md tells IT (and deploy/ does): a missing file is a 404, never the app's HTML.
    if (!found && (path.startsWith('/assets/') || /\.[A-Za-z0-9]+$/.test(path))) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    // Step links and other app paths get the app.
    if (!found) file = join(root, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
