/**
 * "Over deze app": the facts of this phone's data and app, and the owners' part of the
 * accessibility statement only as far as the data file gives it (issue 33).
 */
import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../../data/routekaart.json';
import en from '../../../locales/en.json';
import pkg from '../../../package.json';
import { loadTexts } from '../../i18n/i18n';
import type { Publisher, RouteMap } from '../../routemap/types';
import { validateRouteMap } from '../../routemap/validate';

let AboutScreen: typeof import('./about-screen').AboutScreen;

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('en', 'translation', en);
  ({ AboutScreen } = await import('./about-screen'));
});

const OWNERS: Publisher = {
  name: 'Gemeente Voorbeeld',
  feedback: 'toegankelijkheid@voorbeeld.nl',
  statement: 'https://www.voorbeeld.nl/toegankelijkheidsverklaring',
  status: 'B',
};

function withOwners(publisher: Publisher): RouteMap {
  const routeMap = { ...(shipped as RouteMap), publisher };
  expect(validateRouteMap(routeMap).ok).toBe(true);
  return routeMap;
}

/** A date as the platform writes it, not by the app's own code. */
const dateIn = (locale: string, isoDate: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** Every link's target on the screen. */
const hrefsOf = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replaceAll('&amp;', '&'));

async function render(routeMap: RouteMap, language: 'nl' | 'en' = 'nl'): Promise<string> {
  await i18next.changeLanguage(language);
  const html = renderToString(<AboutScreen routeMap={routeMap} />);
  await i18next.changeLanguage('nl');
  return html;
}

describe('Over deze app', () => {
  it("names the map, the data's version and date and the app's version, in both languages", async () => {
    const routeMap = shipped as RouteMap;
    const nl = textOf(await render(routeMap));
    expect(nl).toContain(routeMap.texts!.title!.nl);
    expect(nl).toContain(`versie ${routeMap.version}, bijgewerkt op ${dateIn('nl-NL', routeMap.checked)}`);
    expect(nl).toContain(`App versie ${pkg.version}`);
    expect(nl).toContain('Privacy');
    expect(nl).toContain('Toegankelijkheid');
    const english = textOf(await render(routeMap, 'en'));
    expect(english).toContain('About this app');
    expect(english).toContain(routeMap.texts!.title!.en);
    expect(english).toContain(`version ${routeMap.version}, updated on ${dateIn('en-GB', routeMap.checked)}`);
    expect(english).toContain('Accessibility');
  });

  it("shows none of the owners' parts while the data file has none of their facts, and no link at all", async () => {
    const html = await render(shipped as RouteMap);
    for (const part of ['Uitgever', 'Status', 'Lees de toegankelijkheidsverklaring', 'Een probleem melden', 'Stuur een mail']) {
      expect(textOf(html)).not.toContain(part);
    }
    expect(hrefsOf(html)).toEqual([]);
  });

  it("shows each owners' fact the data file gives, and links only to the addresses in it", async () => {
    const html = await render(withOwners(OWNERS));
    const text = textOf(html);
    expect(text).toContain('Uitgever Gemeente Voorbeeld');
    expect(text).toContain('De officiële toegankelijkheidsverklaring heeft status B: voldoet gedeeltelijk.');
    expect(text).toContain('Lees de toegankelijkheidsverklaring');
    expect(text).toContain('Een probleem melden');
    expect(hrefsOf(html)).toEqual([OWNERS.statement, 'mailto:toegankelijkheid@voorbeeld.nl?subject=Melding%20over%20de%20app']);
  });

  it('shows one fact without the others: a status without a statement, an address without a status', async () => {
    const statusOnly = await render(withOwners({ status: 'C' }));
    expect(textOf(statusOnly)).toContain('status C: eerste maatregelen genomen');
    expect(hrefsOf(statusOnly)).toEqual([]);
    const feedbackOnly = await render(withOwners({ feedback: OWNERS.feedback }));
    expect(textOf(feedbackOnly)).not.toContain('Status');
    expect(hrefsOf(feedbackOnly)).toEqual(['mailto:toegankelijkheid@voorbeeld.nl?subject=Melding%20over%20de%20app']);
  });

  it("makes no link from a value that fails the map's rules, should one reach the screen unchecked", async () => {
    const routeMap = { ...(shipped as RouteMap), publisher: { feedback: 'a+b@voorbeeld.nl', statement: 'javascript:alert(1)' } };
    const html = await render(routeMap);
    expect(hrefsOf(html)).toEqual([]);
    expect(textOf(html)).not.toContain('a+b@voorbeeld.nl');
  });
});
