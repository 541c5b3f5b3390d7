import { describe, expect, it } from 'vitest';
import { nextVersion, versionDate } from './version';

/** A maintainer's clock, in their own time zone: the day on their calendar counts. */
const at = (year: number, month: number, day: number, hour = 10) => new Date(year, month - 1, day, hour, 0);

describe('the version of the next file the editor downloads', () => {
  it('is the first of today, or one above the last one published or downloaded', () => {
    expect(nextVersion(2026112901, at(2026, 11, 30))).toBe(2026113001);
    expect(nextVersion(2026113001, at(2026, 11, 30))).toBe(2026113002);
    expect(nextVersion(2026113098, at(2026, 11, 30))).toBe(2026113099);
  });

  it.each([
    ['after counter 99 of today: the first of tomorrow', 2026120399, at(2026, 12, 3), 2026120401],
    ['late in the evening', 2026120399, at(2026, 12, 3, 23), 2026120401],
    ['at the end of a month', 2026113099, at(2026, 11, 30), 2026120101],
    ['at the end of February', 2027022899, at(2027, 2, 28), 2027030101],
    ['on a leap day', 2028022899, at(2028, 2, 28), 2028022901],
    ['at the end of a year', 2026123199, at(2026, 12, 31), 2027010101],
    ['after counter 99 of a day ahead of the clock', 2026120599, at(2026, 12, 3), 2026120601],
  ])('%s: a real date, with counter 01', (_when, floor, now, expected) => {
    const next = nextVersion(floor, now);
    expect(next).toBe(expected);
    expect(versionDate(next)).toBeDefined();
  });

  it('is always a real date above the floor, for every counter of every day of a year', () => {
    for (let day = at(2027, 1, 1); day.getFullYear() === 2027; day.setDate(day.getDate() + 1)) {
      const today = day.getFullYear() * 10000 + (day.getMonth() + 1) * 100 + day.getDate();
      for (const counter of [1, 50, 98, 99]) {
        const floor = today * 100 + counter;
        const next = nextVersion(floor, day);
        expect(next).toBeGreaterThan(floor);
        expect(versionDate(next), `after ${floor}`).toBeDefined();
        expect(next % 100, `after ${floor}`).toBeGreaterThan(0);
      }
    }
  });
});
