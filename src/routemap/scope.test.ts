import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { asksMunicipality, hasMunicipalPartners, isFor, isScoped, partnersFor } from './scope';

const routeMap = shipped as RouteMap;
const houses = ['zvh-haaglanden', 'zvh-hollands-midden'];

/** The shipped map with a contact for Katwijk and Noordwijk only, as an owner would add it. */
const withLocal: RouteMap = {
  ...routeMap,
  partners: {
    ...routeMap.partners,
    'overleg-katwijk': { ...routeMap.partners.shop, name: 'Signalenoverleg Katwijk', municipalities: ['Katwijk', 'Noordwijk'] },
  },
};

describe("the user's own Zorg- en Veiligheidshuis", () => {
  it('is Hollands Midden for Leiden, with Haaglanden as the other region', () => {
    expect(partnersFor(routeMap, houses, 'Leiden')).toEqual({ shown: ['zvh-hollands-midden'], otherRegion: ['zvh-haaglanden'] });
  });

  it('is Haaglanden for Delft', () => {
    expect(partnersFor(routeMap, houses, 'Delft').shown).toEqual(['zvh-haaglanden']);
  });

  it('is both, as on the map, when no municipality is chosen', () => {
    expect(partnersFor(routeMap, houses, undefined)).toEqual({ shown: houses, otherRegion: [] });
  });

  it('leaves partners that serve every region alone', () => {
    expect(partnersFor(routeMap, ['112', 'shop', ...houses], 'Den Haag').shown).toEqual(['112', 'shop', 'zvh-haaglanden']);
  });

  it("shows the other region's partners openly when none is for the user's region: they are the only way on", () => {
    expect(partnersFor(routeMap, ['zvh-haaglanden'], 'Leiden')).toEqual({ shown: ['zvh-haaglanden'], otherRegion: [] });
  });
});

describe('a partner for chosen municipalities', () => {
  const ids = ['riec', 'overleg-katwijk'];

  it("is shown to a user of one of them, in the map's order", () => {
    expect(partnersFor(withLocal, ids, 'Noordwijk')).toEqual({ shown: ids, otherRegion: [] });
    expect(isFor(withLocal, 'overleg-katwijk', 'Katwijk')).toBe(true);
  });

  it('is not shown at all to a user of another municipality, not even apart', () => {
    expect(partnersFor(withLocal, ids, 'Leiden')).toEqual({ shown: ['riec'], otherRegion: [] });
    expect(partnersFor(withLocal, ['overleg-katwijk'], 'Delft')).toEqual({ shown: [], otherRegion: [] });
    expect(isFor(withLocal, 'overleg-katwijk', 'Delft')).toBe(false);
  });

  it('is shown to a user who chose no municipality (the screens then ask for it)', () => {
    expect(partnersFor(withLocal, ids, undefined).shown).toEqual(ids);
    expect(isScoped(withLocal.partners['overleg-katwijk'])).toBe(true);
  });

  it("is what makes the screens offer the picker; today's map has none", () => {
    expect(hasMunicipalPartners(withLocal)).toBe(true);
    expect(hasMunicipalPartners(routeMap)).toBe(false);
    expect(isScoped(routeMap.partners.shop)).toBe(false);
    expect(isScoped(routeMap.partners['zvh-haaglanden'])).toBe(true);
  });
});

describe("when a screen asks for the user's municipality", () => {
  it("is on an outcome with a partner per region or a municipality's own contact, while none is chosen", () => {
    expect(asksMunicipality(routeMap, houses, undefined, 'outcome')).toBe(true);
    expect(asksMunicipality(withLocal, ['shop', 'overleg-katwijk'], undefined, 'outcome')).toBe(true);
    expect(asksMunicipality(routeMap, ['shop', 'nla'], undefined, 'outcome')).toBe(false);
    expect(asksMunicipality(routeMap, houses, 'Delft', 'outcome')).toBe(false);
  });

  it("is in a list of partners only for a municipality's own contact: a list names each regional partner's region", () => {
    expect(asksMunicipality(routeMap, Object.keys(routeMap.partners), undefined, 'list')).toBe(false);
    expect(asksMunicipality(withLocal, Object.keys(withLocal.partners), undefined, 'list')).toBe(true);
    expect(asksMunicipality(withLocal, Object.keys(withLocal.partners), 'Katwijk', 'list')).toBe(false);
  });

  it('never finds a partner on the prototype', () => {
    expect(asksMunicipality(routeMap, ['constructor', 'toString'], undefined, 'outcome')).toBe(false);
  });
});
