/** Taking a maintainer to a field: from the problem list, or to what was just added. */
import { fieldId } from './paths';

/** A path's last segment: `[0]` or `.name`. */
const LAST_SEGMENT = /(\[\d+\]|\.[^.[]+)$/;

/** The field's element, or its nearest enclosing one (a list's item has none of its own: `….municipalities[0]`). */
function elementFor(path: string): HTMLElement | null {
  for (let at = path; ; at = at.replace(LAST_SEGMENT, '')) {
    const element = document.getElementById(fieldId(at));
    if (element) return element;
    if (!LAST_SEGMENT.test(at)) return null;
  }
}

/** Opens the closed sections around a field, then moves focus to it. */
export function focusField(path: string): void {
  const field = elementFor(path);
  if (!field) return;
  for (let parent = field.parentElement; parent; parent = parent.parentElement) {
    if (parent instanceof HTMLDetailsElement) parent.open = true;
  }
  field.focus();
}

/** The same for a field the change just made, once it is rendered. */
export function focusFieldSoon(path: string): void {
  requestAnimationFrame(() => focusField(path));
}
