import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { validateRouteMap } from '../routemap/validate';
import { localDate, nextVersion, versionDate } from '../routemap/version';
import { prepareFile } from './publish';
import { setAt } from './paths';

const published = shipped as RouteMap;
/** The morning after the published version's day, on the maintainer's own clock. */
const now = new Date(`${versionDate(published.version)}T10:00:00`);
now.setDate(now.getDate() + 1);

describe('the file a maintainer downloads', () => {
  it('is numbered above the published version, dated today, and valid', () => {
    const file = prepareFile(published, published.version, now);
    expect(file.problems).toEqual([]);
    expect(file.routeMap.version).toBe(Number(localDate(now).replaceAll('-', '')) * 100 + 1);
    expect(file.routeMap.checked).toBe(localDate(now));
    expect(validateRouteMap(JSON.parse(file.text), { now }).ok).toBe(true);
  });

  it('goes above a version published or downloaded earlier the same day', () => {
    const morning = new Date(2026, 10, 30, 10, 0);
    expect(nextVersion(2026113001, morning)).toBe(2026113002);
    expect(nextVersion(2026112901, morning)).toBe(2026113001);
  });

  it('is refused while a number is not in the Dutch numbering plan, even if it looks like one', () => {
    // 0612345678 passes the app's quick check, and is a real mobile number range: allowed.
    expect(prepareFile(setAt(published, 'partners.shop.phones[1].number', '06-12345678'), published.version, now).problems).toEqual([]);
    // A 10-digit number in an area code that does not exist: only the numbering plan knows.
    const problems = prepareFile(setAt(published, 'partners.shop.phones[1].number', '019-1234567'), published.version, now).problems;
    expect(problems.map((p) => [p.path, p.kind])).toEqual([['partners.shop.phones[1].number', 'phone']]);
  });

  it('lists every problem at once, each on its own field', () => {
    let draft = setAt(published, 'partners.shop.phones[1].number', '06-1234');
    draft = setAt(draft, 'partners.shop.about.en', '');
    const problems = prepareFile(draft, published.version, now).problems;
    expect(problems.map((p) => p.path)).toEqual(['partners.shop.about.en', 'partners.shop.phones[1].number']);
  });
});
