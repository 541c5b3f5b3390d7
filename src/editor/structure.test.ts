import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { Choice, RouteMap } from '../routemap/types';
import { validateRouteMap } from '../routemap/validate';
import { checkEditable } from './editable';
import { setAt } from './paths';
import { questionName } from '../routemap/numbering';
import { isId } from '../routemap/schema';
import {
  addPartner,
  addRoute,
  idFromName,
  municipalityChoices,
  insertStep,
  removePartner,
  removeRoute,
  removeStep,
  scopeOf,
  stepsListing,
  withOption,
  withoutOption,
  withMunicipality,
  withScope,
} from './structure';

const published = shipped as RouteMap;

describe("a partner's id, made from its name", () => {
  it("is lower case, without accents or spaces, and passes the validator's id rule", () => {
    expect(idFromName('Stichting Voorbeeld', [])).toBe('stichting-voorbeeld');
    expect(idFromName('  Zorg- en Veiligheidshuis Hollands-Midden! ', [])).toBe('zorg-en-veiligheidshuis-hollands-midden');
    expect(idFromName('Coördinatiepunt Ééntje', [])).toBe('coordinatiepunt-eentje');
    expect(isId(idFromName('x'.repeat(100), []))).toBe(true);
    expect(isId(idFromName(`-${'é'.repeat(80)}-`, []))).toBe(true);
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

describe('putting a step in and taking one out', () => {
  it('puts a new question between "Ja" and where it led; once it has a text the map is valid', () => {
    const { routeMap, id } = insertStep(published, 'routes.persoon.steps.zorgen.yes', 'question');
    expect(id).toBe('vraag');
    const route = routeMap.routes.persoon;
    expect(route.steps.zorgen).toMatchObject({ yes: 'vraag' });
    expect(route.steps.vraag).toEqual({ type: 'question', text: { nl: '', en: '' }, yes: 'zorgen-zvh', no: 'zorgen-zvh' });
    const filled = setAt(routeMap, 'routes.persoon.steps.vraag.text', { nl: 'Is er een kind bij betrokken?', en: 'Is a child involved?' });
    expect(validateRouteMap(filled).ok).toBe(true);
    // As the app shows it: a question only "Ja" leads to is named after that question, with a letter.
    expect(questionName(filled.routes.persoon, 'vraag')).toBe('4a');
  });

  it('puts in an outcome that asks for a partner, then is valid with one', () => {
    const { routeMap, id } = insertStep(published, 'routes.locatie.steps.arbeid.no', 'outcome');
    const validation = validateRouteMap(routeMap);
    expect(validation.ok ? [] : validation.problems.map((p) => [p.path, p.kind])).toEqual([[`routes.locatie.steps.${id}.partners`, 'noPartners']]);
    expect(checkEditable(routeMap).ok).toBe(true);
    expect(validateRouteMap(setAt(routeMap, `routes.locatie.steps.${id}.partners`, ['nla'])).ok).toBe(true);
  });

  it('takes a question out and lets what led to it go where its "Nee" went; the route stays valid', () => {
    const removal = removeStep(published, 'locatie', 'arbeid');
    expect(removal.ok).toBe(true);
    if (!removal.ok) return;
    const route = removal.routeMap.routes.locatie;
    expect(route.steps.arbeid).toBeUndefined();
    // "Nee" at the question before it, and the outcome before it, now lead on to the next question.
    expect(route.steps.prostitutie).toMatchObject({ no: 'branches' });
    // The outcome only "Ja" there led to is left over: the validator says so, in the editor's words.
    const validation = validateRouteMap(removal.routeMap);
    expect(validation.ok ? [] : validation.problems.map((p) => [p.path, p.kind])).toEqual([['routes.locatie.steps.arbeid-nla', 'unreachable']]);
    const again = removeStep(removal.routeMap, 'locatie', 'arbeid-nla');
    expect(again.ok && validateRouteMap(again.routeMap).ok).toBe(true);
  });

  it('takes out the first question too: the route then starts at the next', () => {
    const removal = removeStep(published, 'persoon', 'acuut');
    expect(removal.ok && removal.routeMap.routes.persoon.start).toBe('aangifte');
  });

  it('leaves the end alone: a route needs one', () => {
    expect(removeStep(published, 'persoon', 'einde')).toEqual({ ok: false, reason: 'end' });
  });

  it('takes a choice out: what led to it goes where its first option went', () => {
    const removal = removeStep(published, 'persoon', 'aangifte-vorm');
    expect(removal.ok && removal.routeMap.routes.persoon.steps.aangifte).toMatchObject({ yes: 'aangifte-nla' });
  });

  it('puts in a choice of two options, both going on where the answer led; valid once labelled', () => {
    const { routeMap, id } = insertStep(published, 'routes.locatie.steps.arbeid.yes', 'choice');
    expect(id).toBe('keuze');
    expect(routeMap.routes.locatie.steps.arbeid).toMatchObject({ yes: 'keuze' });
    const choice = routeMap.routes.locatie.steps.keuze as Choice;
    expect(choice.options.map((option) => option.next)).toEqual(['arbeid-nla', 'arbeid-nla']);
    expect(checkEditable(routeMap).ok).toBe(true);
    let filled = setAt(routeMap, 'routes.locatie.steps.keuze.text', { nl: 'Welk werk?', en: 'What work?' });
    filled = setAt(filled, 'routes.locatie.steps.keuze.options[0].label', { nl: 'In de bouw', en: 'In construction' });
    filled = setAt(filled, 'routes.locatie.steps.keuze.options[1].label', { nl: 'Ander werk', en: 'Other work' });
    expect(validateRouteMap(filled).ok).toBe(true);
  });

  it('adds an option going where the last one goes, and takes one out, keeping at least two', () => {
    const choice = published.routes.persoon.steps['aangifte-vorm'] as Choice;
    const more = withOption(choice);
    expect(more.options).toHaveLength(4);
    expect(more.options[3]).toEqual({ label: { nl: '', en: '' }, next: choice.options[2].next });
    expect(withoutOption(choice, 1)?.options.map((option) => option.next)).toEqual(['aangifte-nla', choice.options[2].next]);
    expect(withoutOption(withoutOption(choice, 0)!, 0)).toBeUndefined();
  });

  it('relinks an answer into a loop: the validator calls it a loop, and the draft can still be edited', () => {
    const looped = setAt(published, 'routes.persoon.steps.ondersteuning-shop.next', 'acuut');
    const validation = validateRouteMap(looped);
    expect(validation.ok ? [] : validation.problems.map((p) => p.kind)).toContain('loop');
    expect(checkEditable(looped).ok).toBe(true);
  });
});

describe('for whom a partner is', () => {
  it('is everyone, one region or chosen municipalities, and never a region and municipalities at once', () => {
    expect(scopeOf(published.partners.shop)).toEqual({ for: 'everyone' });
    expect(scopeOf(published.partners['zvh-haaglanden'])).toEqual({ for: 'region', region: 'haaglanden' });
    const local = withScope(published, 'zvh-haaglanden', { for: 'municipalities', municipalities: ['Katwijk'] });
    expect(local.partners['zvh-haaglanden']).not.toHaveProperty('region');
    expect(scopeOf(local.partners['zvh-haaglanden'])).toEqual({ for: 'municipalities', municipalities: ['Katwijk'] });
    expect(validateRouteMap(local).ok).toBe(true);
    const back = withScope(local, 'zvh-haaglanden', { for: 'everyone' });
    expect(back.partners['zvh-haaglanden']).not.toHaveProperty('municipalities');
    expect(published.partners['zvh-haaglanden'].region).toBe('haaglanden');
  });

  it("keeps a draft editable when a chosen municipality is renamed in its region: the validator names it in the editor's words", () => {
    const local = withScope(published, 'shop', { for: 'municipalities', municipalities: ['Katwijk'] });
    const renamed = setAt(
      local,
      'regions.hollands-midden.municipalities',
      published.regions['hollands-midden'].municipalities.map((name) => (name === 'Katwijk' ? 'Katwijk aan Zee' : name)),
    );
    const validation = validateRouteMap(renamed);
    expect(validation.ok ? [] : validation.problems.map((problem) => [problem.path, problem.kind])).toEqual([['partners.shop.municipalities[0]', 'unknownMunicipality']]);
    expect(checkEditable(renamed).ok).toBe(true);
  });

  it("is ticked municipality by municipality, in the map's order; one no region has any more stays listed apart until unticked", () => {
    const hollandsMidden = published.regions['hollands-midden'].municipalities;
    const [first, second] = hollandsMidden;
    expect(withMunicipality(published, [], second, true)).toEqual([second]);
    expect(withMunicipality(published, [second], first, true)).toEqual([first, second]);
    expect(withMunicipality(published, [first, second], first, false)).toEqual([second]);
    expect(municipalityChoices(published, [first]).map((group) => group.region)).toEqual(Object.keys(published.regions));
    const stale = municipalityChoices(published, [first, 'Oud-Gemeente']);
    expect(stale.at(-1)).toEqual({ municipalities: ['Oud-Gemeente'] });
    expect(withMunicipality(published, [first, 'Oud-Gemeente'], second, true)).toEqual([first, second, 'Oud-Gemeente']);
    expect(withMunicipality(published, [first, 'Oud-Gemeente'], 'Oud-Gemeente', false)).toEqual([first]);
  });

  it('needs at least one municipality: the validator says so, and the draft can still be edited', () => {
    const none = withScope(published, 'shop', { for: 'municipalities', municipalities: [] });
    const validation = validateRouteMap(none);
    expect(validation.ok ? [] : validation.problems.map((problem) => problem.kind)).toEqual(['noMunicipality']);
    expect(checkEditable(none).ok).toBe(true);
  });
});

describe('adding and removing a route', () => {
  it('adds a route with its title, one question and its end; valid once its texts are written', () => {
    const { routeMap, id } = addRoute(published, 'Online uitbuiting');
    expect(id).toBe('online-uitbuiting');
    expect(Object.keys(routeMap.routes)).toEqual(['persoon', 'locatie', id]);
    const route = routeMap.routes[id];
    expect(route).toMatchObject({ title: { nl: 'Online uitbuiting', en: '' }, start: 'vraag' });
    expect(route.steps).toEqual({ vraag: { type: 'question', text: { nl: '', en: '' }, yes: 'einde', no: 'einde' }, einde: { type: 'end' } });
    expect(checkEditable(routeMap).ok).toBe(true);
    let filled = setAt(routeMap, `routes.${id}.title.en`, 'Online exploitation');
    filled = setAt(filled, `routes.${id}.when`, { nl: 'Bij een signaal op internet.', en: 'For a sign online.' });
    filled = setAt(filled, `routes.${id}.steps.vraag.text`, { nl: 'Is iemand in direct gevaar?', en: 'Is someone in immediate danger?' });
    expect(validateRouteMap(filled).ok).toBe(true);
    expect(addRoute(routeMap, 'Online uitbuiting').id).toBe('online-uitbuiting-2');
    // Named like a page, the route gets another address: /partners/vraag would open Alle partners.
    const partners = addRoute(published, 'Partners');
    expect(partners.id).toBe('partners-2');
    expect(validateRouteMap({ ...published, routes: { ...published.routes, partners: partners.routeMap.routes['partners-2'] } }).ok).toBe(false);
  });

  it('removes a route, but never the last one', () => {
    const fewer = removeRoute(published, 'locatie');
    expect(fewer && Object.keys(fewer.routes)).toEqual(['persoon']);
    expect(fewer && validateRouteMap(fewer).ok).toBe(true);
    expect(removeRoute(fewer!, 'persoon')).toBeUndefined();
  });
});
