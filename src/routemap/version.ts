/**
 * The data file's version: `YYYYMMDDnn`, the publication date and a serial number of that day.
 * A version only ever goes up, so a wrong one is a poison pill: a file numbered far in the future
 * would keep every later, correct file out. Pure.
 */

/** How far ahead of the device's clock a version's date may be (clocks and time zones differ). */
export const MAX_DAYS_AHEAD = 31;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The date a version names, as YYYY-MM-DD; undefined when it is not a real `YYYYMMDDnn`. */
export function versionDate(version: number): string | undefined {
  if (!Number.isSafeInteger(version)) return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})\d{2}$/.exec(String(version));
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isRealDate(date) ? date : undefined;
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Why a version is not acceptable, or undefined when it is; the clock rule only with `now`. */
export function versionProblem(version: unknown, checked: unknown, now?: Date): string | undefined {
  const date = typeof version === 'number' ? versionDate(version) : undefined;
  if (date === undefined) return 'must be written as YYYYMMDDnn with a real date, e.g. 2026112901';
  if (typeof checked === 'string' && isRealDate(checked) && date < checked) {
    return `names ${date}, before the checked date ${checked}`;
  }
  if (now === undefined) return undefined;
  const latest = new Date(now.getTime() + MAX_DAYS_AHEAD * DAY_MS).toISOString().slice(0, 10);
  if (date > latest) return `names ${date}, more than ${MAX_DAYS_AHEAD} days from today`;
  return undefined;
}

/** The device's local date as YYYY-MM-DD: the day a maintainer sees on their calendar. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The version for a file published today: the first of today (`YYYYMMDD01`), or one above
 * `floor` (the published version, or one downloaded before) when that is higher, so the apps
 * always take the new file. After counter 99 of the floor's day, the next real date's `01`
 * (`…120399` → `…120401`, never `…120400`, which names no date).
 */
export function nextVersion(floor: number, now: Date): number {
  const firstOfToday = Number(localDate(now).replaceAll('-', '')) * 100 + 1;
  const floorDate = versionDate(floor);
  if (floor % 100 !== 99 || floorDate === undefined) return Math.max(firstOfToday, floor + 1);
  const dayAfter = new Date(Date.parse(`${floorDate}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return Math.max(firstOfToday, Number(dayAfter.replaceAll('-', '')) * 100 + 1);
}
