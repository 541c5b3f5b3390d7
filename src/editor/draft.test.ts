import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { localDate, versionDate } from '../routemap/version';
import { downloadFloor, downloadRefusal, isSpent, keptDraft, newestPublished, onlineOf, readImport, withField } from './draft';
import type { Draft } from './draft-store';
import { setAt } from './paths';
import { prepareFile } from './publish';

const published = shipped as RouteMap;
/** The morning after the published version's day. */
const now = new Date(`${versionDate(published.version)}T10:00:00`);
now.setDate(now.getDate() + 1);
const newer = { ...published, version: published.version + 1 };
const draftOf = (routeMap: RouteMap, more: Partial<Draft> = {}): Draft => ({ routeMap, basedOn: published.version, savedAt: now.toISOString(), ...more });
const changed = setAt(published, 'partners.shop.phones[1].number', '06-12345678');

describe('the published version a draft works from', () => {
  it("is the live file once known and newer, else this device's copy", () => {
    expect(newestPublished(published, { state: 'known', routeMap: newer })).toBe(newer);
    expect(newestPublished(newer, { state: 'known', routeMap: published })).toBe(newer);
    expect(newestPublished(published, { state: 'checking' })).toBe(published);
    expect(onlineOf({ state: 'known', routeMap: newer })).toEqual({ state: 'known', version: newer.version });
    expect(onlineOf({ state: 'unknown' })).toEqual({ state: 'unknown' });
  });
});

describe('a stored draft', () => {
  it('has done its job once it holds nothing beyond what is published, and is kept while it does', () => {
    expect(isSpent(published, draftOf(structuredClone(published)))).toBe(true);
    expect(isSpent(published, draftOf(changed))).toBe(false);
    // Begun on a version this device does not have yet: kept.
    expect(isSpent(published, draftOf(structuredClone(published), { basedOn: newer.version }))).toBe(false);
  });

  it('keeps the version it began on and its last download through every change; a new one begins on the newest', () => {
    expect(keptDraft(undefined, changed, newer.version, now)).toEqual({ routeMap: changed, basedOn: newer.version, downloaded: undefined, savedAt: now.toISOString() });
    const kept = keptDraft(draftOf(published, { downloaded: 7 }), changed, newer.version, now);
    expect(kept).toMatchObject({ routeMap: changed, basedOn: published.version, downloaded: 7 });
    expect(keptDraft(kept, changed, newer.version, now, { basedOn: newer.version, downloaded: undefined })).toMatchObject({ basedOn: newer.version, downloaded: undefined });
  });

  it('takes a field as typed, and stamps a partner checked today only when a contact changed', () => {
    expect(withField(published, 'partners.shop.phones[1].number', '06-12345678', now).partners.shop).toMatchObject({ checked: localDate(now) });
    expect(withField(published, 'partners.shop.phones[1].label', undefined, now).partners.shop.checked).toBe(published.partners.shop.checked);
    expect(withField(published, 'texts.title', undefined, now).texts?.title).toBeUndefined();
  });
});

describe('downloading a draft', () => {
  it('numbers it above what is published and what this draft downloaded before', () => {
    expect(downloadFloor(published, undefined)).toBe(published.version);
    expect(downloadFloor(published, draftOf(changed, { downloaded: published.version + 5 }))).toBe(published.version + 5);
    expect(downloadFloor(newer, draftOf(changed, { downloaded: published.version }))).toBe(newer.version);
  });

  it('is refused for a draft begun before a newer published version, and while it has problems', () => {
    const good = prepareFile(changed, published.version, now);
    const bad = prepareFile(setAt(published, 'partners.shop.phones[1].number', '06-1234'), published.version, now);
    expect(downloadRefusal({ kind: 'older', version: published.version, published: newer.version }, good)).toBe('older');
    expect(downloadRefusal({ kind: 'live', version: published.version }, bad)).toBe('problems');
    expect(downloadRefusal({ kind: 'device', version: published.version }, good)).toBeUndefined();
  });
});

describe('importing a file', () => {
  const read = (text: string) => () => Promise.resolve(text);

  it('takes a map the editor can open, with problems a field can fix', async () => {
    const text = JSON.stringify(setAt(published, 'partners.shop.phones[1].number', '06-1234'));
    expect(await readImport(text.length, read(text))).toEqual({ ok: true, routeMap: JSON.parse(text) });
  });

  it('refuses a file too large before reading it, a file that is not JSON, and a map whose structure is broken', async () => {
    let wasRead = false;
    const tooLarge = await readImport(300 * 1024, () => {
      wasRead = true;
      return Promise.resolve('{}');
    });
    expect(tooLarge).toMatchObject({ ok: false, reason: 'refused', problems: expect.stringContaining('(file):') });
    expect(wasRead).toBe(false);
    expect(await readImport(5, read('{nee'))).toEqual({ ok: false, reason: 'notJson' });
    const broken = JSON.stringify(setAt(published, 'routes.persoon.steps.acuut.yes', 'nergens'));
    expect(await readImport(broken.length, read(broken))).toEqual({ ok: false, reason: 'refused', problems: expect.stringContaining('routes.persoon.steps.acuut.yes') });
  });
});
