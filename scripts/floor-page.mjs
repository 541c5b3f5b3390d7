/**
 * The floor for speed: the built home page with its scripts removed, served beside the app by
 * `vite preview` from a copy of the build (which itself stays as deployed): dist, or BUILD_DIR
 * to measure another build (say, one with a much larger route map).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from './preview-server.mjs';

export const FLOOR_PATH = '/floor.html';

/** index.html without what makes it an app: its scripts and their preloads. */
export function floorPage(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '').replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
}

export async function startFloorPreview(port) {
  const dir = mkdtempSync(join(tmpdir(), 'floor-'));
  cpSync(process.env.BUILD_DIR ?? 'dist', dir, { recursive: true });
  writeFileSync(join(dir, FLOOR_PATH), floorPage(readFileSync(join(dir, 'index.html'), 'utf8')));
  const preview = await startPreview(port, dir);
  return {
    ...preview,
    floorPath: FLOOR_PATH,
    stop: () => {
      preview.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
