import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { Choice, RouteMap } from '../routemap/types';
import { reachChangesBetween } from '../routemap/reach-changes';
import { changesBetween } from './changes';
import { addPartner, addRoute, insertStep, removeRoute, removeStep, withOption, withoutOption } from './structure';
import { setAt } from './paths';

const published = shipped as RouteMap;

describe('the change summary', () => {
  it('lists nothing for an unchanged map, also when only the version and date differ', () => {
    expect(changesBetween(published, { ...published, version: published.version + 1, checked: '2099-12-31' })).toEqual([]);
  });

  it('lists a changed number as old → new', () => {
    const draft = setAt(published, 'partners.shop.phones[1].number', '06-12345678');
    expect(changesBetween(published, draft)).toEqual([{ path: 'partners.shop.phones[1].number', before: published.partners.shop.phones[1].number, after: '06-12345678' }]);
  });

  it('lists a municipality moved to another region as one removal and one addition', () => {
    let draft = setAt(
      published,
      'regions.haaglanden.municipalities',
      published.regions.haaglanden.municipalities.filter((m) => m !== 'Delft'),
    );
    draft = setAt(draft, 'regions.hollands-midden.municipalities', [...published.regions['hollands-midden'].municipalities, 'Delft']);
    expect(changesBetween(published, draft)).toEqual([
      { path: 'regions.haaglanden.municipalities', before: 'Delft', after: undefined },
      { path: 'regions.hollands-midden.municipalities', before: undefined, after: 'Delft' },
    ]);
  });

  it('lists an added note and a new verification date', () => {
    let draft = setAt(published, 'partners.shop.notes', [{ nl: 'Nieuw', en: 'New' }]);
    draft = setAt(draft, 'partners.shop.checked', '2026-11-30');
    expect(changesBetween(published, draft)).toEqual([
      { path: 'partners.shop.notes[0].nl', before: undefined, after: 'Nieuw' },
      { path: 'partners.shop.notes[0].en', before: undefined, after: 'New' },
      { path: 'partners.shop.checked', before: undefined, after: '2026-11-30' },
    ]);
  });
});

describe("what an editor's operations change for whom a worker reaches", () => {
  it('names a partner added, a step put in with the answer that now leads to it, and a step taken out', () => {
    const withPartner = addPartner(published, 'Stichting Voorbeeld');
    const withQuestion = insertStep(withPartner.routeMap, 'routes.persoon.steps.ondersteuning.no', 'question');
    const removal = removeStep(withQuestion.routeMap, 'locatie', 'arbeid');
    const changes = removal.ok ? reachChangesBetween(published, removal.routeMap) : [];
    expect(changes).toContainEqual({ kind: 'partnerAdded', partnerId: 'stichting-voorbeeld' });
    expect(changes).toContainEqual({ kind: 'stepAdded', routeId: 'persoon', stepId: 'vraag' });
    expect(changes).toContainEqual({ kind: 'answer', routeId: 'persoon', path: 'routes.persoon.steps.ondersteuning.no', before: 'zorgen', after: 'vraag' });
    expect(changes).toContainEqual({ kind: 'stepRemoved', routeId: 'locatie', stepId: 'arbeid' });
    expect(reachChangesBetween(withPartner.routeMap, published)).toEqual([{ kind: 'partnerRemoved', partnerId: 'stichting-voorbeeld' }]);
  });

  it('names a route added or removed once, not each of its steps', () => {
    const added = addRoute(published, 'Online uitbuiting');
    expect(reachChangesBetween(published, added.routeMap)).toEqual([{ kind: 'routeAdded', routeId: 'online-uitbuiting' }]);
    expect(reachChangesBetween(published, removeRoute(published, 'locatie')!)).toEqual([{ kind: 'routeRemoved', routeId: 'locatie' }]);
  });

  it('names an option added to or taken out of a choice by its label, not as the options after it renamed', () => {
    const choice = published.routes.persoon.steps['aangifte-vorm'] as Choice;
    const fewer = setAt(published, 'routes.persoon.steps.aangifte-vorm', withoutOption(choice, 0));
    expect(reachChangesBetween(published, fewer)).toEqual([{ kind: 'optionRemoved', routeId: 'persoon', stepId: 'aangifte-vorm', option: 'Arbeidsuitbuiting' }]);
    const more = setAt(published, 'routes.persoon.steps.aangifte-vorm', withOption(choice));
    expect(reachChangesBetween(published, more)).toEqual([{ kind: 'optionAdded', routeId: 'persoon', stepId: 'aangifte-vorm', option: '' }]);
  });
});
