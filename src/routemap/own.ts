/**
 * Looks an id up among a record's own entries only. The data comes from a published file and
 * ids come from URLs: on a plain object, "constructor" or "toString" would otherwise be found on
 * the prototype and pass as a partner, step or route.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function hasOwn(record: object, key: unknown): key is string {
  return typeof key === 'string' && Object.hasOwn(record, key);
}
