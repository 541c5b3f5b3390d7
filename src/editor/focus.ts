/** Taking a maintainer to a field: from the problem list, or to what was just added. */
import { fieldId } from './paths';

/** Opens the closed sections around a field, then moves focus to it. */
export function focusField(path: string): void {
  const field = document.getElementById(fieldId(path));
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
