/**
 * The edits of a list an owner changes item by item: a partner's phones, e-mail addresses,
 * websites and notes, an outcome's partners, a choice's options, a region's municipalities.
 * Pure: each returns a new list, which the form sets as the field's value.
 */

/** The list with one more item at its end. */
export function withItem<T>(list: readonly T[], item: T): T[] {
  return [...list, item];
}

/** The list without the item at `index`. */
export function withoutItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with the item at `index` moved one place up (to the front of a list of partners or options). */
export function movedUp<T>(list: readonly T[], index: number): T[] {
  if (index <= 0 || index >= list.length) return [...list];
  const moved = [...list];
  [moved[index - 1], moved[index]] = [moved[index], moved[index - 1]];
  return moved;
}

/** A list typed one item per line: each line trimmed, empty lines left out. */
export function fromLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
