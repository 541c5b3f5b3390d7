/**
 * The app's modules import each other in one direction only: a circle makes the order in which
 * they load (and so what is defined when) depend on which module happens to be loaded first.
 * And the folders are layers (README, Layout): the shell (app/) on top, the pure route map
 * (routemap/) at the bottom, the editor apart.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = resolve('src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Static imports, side-effect imports and re-exports. */
const STATIC = /^(?:import|export)\s(?:[^;'"]*?from\s+)?'(\.[^']+)'/gms;
/**
 * Lazy loads, `import('./x')`: a module loaded later still runs against the one that loaded it,
 * so a circle through one is as real (only a type, `typeof import('./x')`, is not an edge).
 */
const LAZY = /(?<!typeof\s*)\bimport\(\s*'(\.[^']+)'\s*\)/g;

interface Import {
  target: string;
  lazy: boolean;
}

function importsOf(file: string, files: Set<string>): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const [pattern, lazy] of [
    [STATIC, false],
    [LAZY, true],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const base = resolve(dirname(file), match[1]);
      const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => files.has(candidate));
      if (target) found.push({ target, lazy });
    }
  }
  return found;
}

function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return undefined;
}

describe('the import graph', () => {
  const files = new Set(sourceFiles(SOURCE));
  const imports = new Map([...files].map((file) => [file, importsOf(file, files)]));
  const graph = new Map([...imports].map(([file, found]) => [file, found.map((each) => each.target)]));
  const staticGraph = new Map([...imports].map(([file, found]) => [file, found.filter((each) => !each.lazy).map((each) => each.target)]));

  it('is read from the real sources, lazy loads included', () => {
    expect(graph.get(join(SOURCE, 'ui', 'screens', 'step', 'step-screen.tsx'))).toContain(join(SOURCE, 'ui', 'screens', 'step', 'outcome.tsx'));
    expect(imports.get(join(SOURCE, 'app', 'screens.tsx'))).toContainEqual({ target: join(SOURCE, 'editor', 'editor-screen.tsx'), lazy: true });
  });

  it('has no circle', () => {
    expect(findCircle(graph)?.map((file) => file.slice(SOURCE.length + 1))).toBeUndefined();
  });

  const folderOf = (file: string) => file.slice(SOURCE.length + 1).split('/')[0];
  const importsFrom = (folders: string[]) =>
    [...graph].flatMap(([file, targets]) =>
      folders.includes(folderOf(file)) ? targets.map((target) => `${file.slice(SOURCE.length + 1)} → ${target.slice(SOURCE.length + 1)}`) : [],
    );

  it('keeps the route map pure: routemap/ imports only routemap/', () => {
    expect(importsFrom(['routemap']).filter((edge) => !edge.split(' → ')[1].startsWith('routemap/'))).toEqual([]);
  });

  it('has the shell on top: nothing imports app/ but app/ and the boots (main, prerender)', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      ['app', 'main.tsx', 'prerender.tsx'].includes(folderOf(file)) ? [] : targets.filter((target) => folderOf(target) === 'app').map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps the editor apart: only the editor imports editor/ (the app loads it with import())', () => {
    const into = [...staticGraph].flatMap(([file, targets]) =>
      folderOf(file) === 'editor' ? [] : targets.filter((target) => folderOf(target) === 'editor').map((target) => `${file} → ${target}`),
    );
    expect(into).toEqual([]);
  });

  it('would find one', () => {
    expect(
      findCircle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  it('sees a lazy load, and not a type written as one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-graph-'));
    const write = (name: string, text: string) => writeFileSync(join(folder, name), text);
    write('a.ts', "export const load = () => import('./b');\nexport type B = typeof import('./c');\n");
    write('b.ts', "import { load } from './a';\nexport { load };\n");
    write('c.ts', 'export const c = 1;\n');
    const here = new Set(['a.ts', 'b.ts', 'c.ts'].map((name) => join(folder, name)));
    const found = new Map([...here].map((file) => [file, importsOf(file, here).map((each) => each.target)]));
    expect(found.get(join(folder, 'a.ts'))).toEqual([join(folder, 'b.ts')]);
    expect(findCircle(found)?.map((file) => file.slice(folder.length + 1))).toEqual(['a.ts', 'b.ts', 'a.ts']);
    rmSync(folder, { recursive: true });
  });
});
