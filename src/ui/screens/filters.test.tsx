// @vitest-environment happy-dom
/** The two filters a user types in, Alle partners and the municipality in Instellingen, match the same way (../parts/search.ts). */
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../../data/routekaart.json';
import { loadTexts } from '../../i18n/i18n';
import type { RouteMap } from '../../routemap/types';
import type { MunicipalityChoice } from '../parts/municipality-choice';
import { PartnersScreen } from './partners-screen';
import { SettingsScreen } from './settings-screen';

const routeMap = shipped as RouteMap;
const NONE_CHOSEN: MunicipalityChoice = { name: undefined, region: undefined, choose: async () => undefined };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  await loadTexts();
});

/** Types into the screen's search box and returns what is listed. */
async function filtered(screen: preact.JSX.Element, box: string, query: string, listed: string): Promise<string[]> {
  const root = document.createElement('main');
  render(screen, root);
  const input = root.querySelector<HTMLInputElement>(box)!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  return [...root.querySelectorAll(listed)].map((element) => element.textContent ?? '');
}

describe('the filters', () => {
  it('in Instellingen find a municipality by every word, in any order, whatever the case', async () => {
    const municipalities = (query: string) =>
      filtered(<SettingsScreen routeMap={routeMap} municipality={NONE_CHOSEN} />, '#municipality-search', query, '.municipality > span:first-of-type');
    expect(await municipalities('haag den')).toEqual(['Den Haag']);
    expect(await municipalities('RIJN AAN')).toEqual(['Alphen aan den Rijn']);
  });

  it('in Alle partners find a partner whatever the accents: "orienterend" finds the partners for an oriënterend gesprek', async () => {
    const partners = (query: string) => filtered(<PartnersScreen routeMap={routeMap} municipality={NONE_CHOSEN} />, '#partner-filter', query, 'article.card h3');
    const accented = await partners('oriënterend');
    expect(accented.length).toBeGreaterThan(0);
    expect(await partners('orienterend')).toEqual(accented);
    expect(await partners('gesprek ORIËNTEREND')).toEqual(accented);
  });
});
