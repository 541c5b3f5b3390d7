/**
 * Fields of a route map named by the validator's JSON paths (`partners.shop.phones[1].number`),
 * so a problem lands on the field that caused it. Pure; every change returns a new value.
 */

export type Segment = string | number;

export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? match[1] : Number(match[2]));
  }
  return segments;
}

export function joinPath(segments: Segment[]): string {
  return segments.reduce<string>((path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}

export function getAt(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of parsePath(path)) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced; undefined removes an object's key. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const set = (node: unknown, segments: Segment[]): unknown => {
    const [head, ...rest] = segments;
    if (head === undefined) return value;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[head as number] = set(copy[head as number], rest);
      return copy;
    }
    const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
    const next = set(copy[head], rest);
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  };
  return set(root, parsePath(path)) as T;
}

/** A field id for the page: the path with only characters that need no escaping anywhere. */
export function fieldId(path: string): string {
  return `veld-${path.replace(/[^A-Za-z0-9-]/g, '_')}`;
}

/** Whether a problem at `problemPath` belongs to the field at `fieldPath` (or to one of its items). */
export function belongsTo(problemPath: string, fieldPath: string): boolean {
  return problemPath === fieldPath || problemPath.startsWith(`${fieldPath}[`);
}
