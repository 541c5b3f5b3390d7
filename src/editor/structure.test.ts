import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from '../routemap/types';
import { validateRouteMap } from '../routemap/validate';
import { checkEditable } from './editable';
import { setAt } from './paths';
import { addPartner, idFromName, removePartner, stepsListing } from './structure';

const published = shipped as RouteMap;

describe('a partner\'s id, made from its name', () => {
  it('is lower case, without accents or spaces, and passes the validator\'s id rule', () => {
    expect(idFromName('Stichting Voorbeeld', [])).toBe('stichting-voorbeeld');
    expect(idFromName('  Zorg- en Veiligheidshuis Hollands-Midden! ', [])).toBe('zorg-en-veiligheidshuis-hollands-midden');
    expect(idFromName('Coördinatiepunt Ééntje', [])).toBe('coordinatiepunt-eentje');
    expect(idFromName('x'.repeat(100), [])).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  it('is unique, and something even for a name of only signs', () => {
    expect(idFromName('SHOP', ['shop'])).toBe('shop-2');
    expect(idFromName('SHOP', ['shop', 'shop-2'])).toBe('shop-3');
    expect(idFromName('???', [])).toBe('partner');
  });
});

describe('adding a partner', () => {
  it('adds it under a new id with only its name; the map stays editable and the validator names what is missing', () => {
    const { routeMap, id } = addPartner(published, 'Stichting Voorbeeld');
    expect(id).toBe('stichting-voorbeeld');
    expect(routeMap.partners[id].name).toBe('Stichting Voorbeeld');
    expect(Object.keys(routeMap.partners)).toEqual([...Object.keys(published.partners), id]);
    expect(checkEditable(routeMap).ok).toBe(true);
    const validation = validateRouteMap(routeMap);
    expect(validation.ok ? [] : validation.problems.map((problem) => problem.path)).toContain(`partners.${id}.about.nl`);
    expect(published.partners[id]).toBeUndefined();
  });

  it('is valid once its texts and a contact are filled in', () => {
    let { routeMap, id } = addPartner(published, 'Stichting Voorbeeld');
    routeMap = setAt(routeMap, `partners.${id}.about`, { nl: 'Een verzonnen partner voor deze test', en: 'A made-up partner for this test' });
    routeMap = setAt(routeMap, `partners.${id}.purpose`, { nl: 'Voor niets: alleen voor de test.', en: 'For nothing: only for the test.' });
    routeMap = setAt(routeMap, `partners.${id}.phones`, [{ number: '070-1234567' }]);
    expect(validateRouteMap(routeMap).ok).toBe(true);
  });
});

describe('removing a partner', () => {
  it('is refused while a step lists it, saying which steps', () => {
    const removal = removePartner(published, 'shop');
    expect(removal).toEqual({ ok: false, listedIn: [{ routeId: 'persoon', stepId: 'ondersteuning-shop' }] });
    expect(stepsListing(published, 'nla').map((step) => step.routeId)).toEqual(['persoon', 'persoon', 'locatie']);
  });

  it('takes out a partner no step lists, and the map stays valid', () => {
    const { routeMap, id } = addPartner(published, 'Stichting Voorbeeld');
    const removal = removePartner(routeMap, id);
    expect(removal.ok).toBe(true);
    if (removal.ok) expect(removal.routeMap).toEqual(published);
  });
});
