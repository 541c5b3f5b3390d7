const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Contacts not checked for over twelve months may be out of date. */
export function isOutdated(checked: string, now: Date): boolean {
  return now.getTime() - new Date(`${checked}T00:00:00Z`).getTime() > YEAR_MS;
}
