import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import beheer from '../../locales/beheer.nl.json';
import { loadTexts } from '../i18n/i18n';
import type { RouteMap } from '../routemap/types';
import { validateRouteMap } from '../routemap/validate';
import { ChangeSummary } from './change-summary';
import { withPublisherField } from './publisher';

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('nl', 'beheer', beheer, true, true);
});

const published = shipped as RouteMap;

describe("the owners' facts as the editor sets them", () => {
  it('adds a fact to a map without any, and keeps the rest of the map as it was', () => {
    const named = withPublisherField(published, 'name', 'Gemeente Voorbeeld');
    expect(named.publisher).toEqual({ name: 'Gemeente Voorbeeld' });
    expect({ ...named, publisher: undefined }).toEqual({ ...published, publisher: undefined });
    expect(withPublisherField(named, 'status', 'B').publisher).toEqual({ name: 'Gemeente Voorbeeld', status: 'B' });
  });

  it('leaves an emptied field out of the file, and the whole publisher once nothing is left', () => {
    const both = withPublisherField(withPublisherField(published, 'name', 'Gemeente Voorbeeld'), 'feedback', 'a@voorbeeld.nl');
    const one = withPublisherField(both, 'name', '  ');
    expect(one.publisher).toEqual({ feedback: 'a@voorbeeld.nl' });
    const none = withPublisherField(one, 'feedback', '');
    expect('publisher' in none).toBe(false);
    expect(validateRouteMap(none).ok).toBe(true);
  });

  it('keeps a value as typed, so the validator judges what the owner wrote', () => {
    const typed = withPublisherField(published, 'feedback', 'toegankelijkheid+app@voorbeeld.nl');
    expect(typed.publisher?.feedback).toBe('toegankelijkheid+app@voorbeeld.nl');
    expect(validateRouteMap(typed).ok).toBe(false);
  });
});

describe("the owners' facts in the change summary", () => {
  it('names each field in words, the status with its meaning', () => {
    let draft = withPublisherField(published, 'name', 'Gemeente Voorbeeld');
    draft = withPublisherField(draft, 'feedback', 'toegankelijkheid@voorbeeld.nl');
    draft = withPublisherField(draft, 'statement', 'https://www.voorbeeld.nl/toegankelijkheid');
    draft = withPublisherField(draft, 'status', 'C');
    const html = renderToString(<ChangeSummary published={published} draft={draft} nextVersion={published.version + 1} />).replace(/<[^>]+>/g, '');
    expect(html).toContain('Uitgever en toegankelijkheid — Naam van de uitgever: — → Gemeente Voorbeeld');
    expect(html).toContain('Uitgever en toegankelijkheid — E-mailadres voor meldingen: — → toegankelijkheid@voorbeeld.nl');
    expect(html).toContain('Uitgever en toegankelijkheid — Webadres van de toegankelijkheidsverklaring: — → https://www.voorbeeld.nl/toegankelijkheid');
    expect(html).toContain('Uitgever en toegankelijkheid — Status van de toegankelijkheidsverklaring: — → C: eerste maatregelen genomen');
  });
});
