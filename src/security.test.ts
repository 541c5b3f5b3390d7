import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

/**
 * The one exception: the screen's root keeps its element for itself with a constant empty HTML
 * (src/app/screen-root.tsx), which the shell's render never writes into the page.
 */
const SCREEN_ROOT_MARK = /const OWNED_BY_SCREEN_ROOT = \{ __html: '' \};|dangerouslySetInnerHTML=\{OWNED_BY_SCREEN_ROOT\}/g;

describe('the renderer', () => {
  it('never turns data into HTML', () => {
    const offenders = sourceFiles('src').filter((file) =>
      /dangerouslySetInnerHTML|__html|\.innerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(file, 'utf8').replace(SCREEN_ROOT_MARK, '')),
    );
    expect(offenders).toEqual([]);
    expect(readFileSync('src/app/screen-root.tsx', 'utf8').match(SCREEN_ROOT_MARK)).toHaveLength(2);
  });
});
