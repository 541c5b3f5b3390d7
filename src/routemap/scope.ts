/**
 * For whom a partner is: everyone, one region (the two Zorg- en Veiligheidshuizen) or chosen
 * municipalities (a municipality's own contact, such as its signalenoverleg). One rule for every
 * screen that lists partners. Pure.
 */
import { own } from './own';
import { regionOf } from './regions';
import type { Partner, RouteMap } from './types';

type Fit = 'own' | 'otherRegion' | 'otherMunicipality';

/** Without a municipality chosen, every partner is the user's own: the screens ask for it. */
function fitOf(routeMap: RouteMap, partner: Partner | undefined, municipality: string | undefined): Fit {
  if (municipality === undefined || !partner) return 'own';
  if (partner.municipalities) return partner.municipalities.includes(municipality) ? 'own' : 'otherMunicipality';
  if (partner.region !== undefined && partner.region !== regionOf(routeMap, municipality)) return 'otherRegion';
  return 'own';
}

/** Whether the user sees the partner at all: another municipality's own contact they never do. */
export function isFor(routeMap: RouteMap, partnerId: string, municipality: string | undefined): boolean {
  return fitOf(routeMap, own(routeMap.partners, partnerId), municipality) !== 'otherMunicipality';
}

/** A partner whose contacts depend on where the user works: the screens offer the municipality picker with it. */
export function isScoped(partner: Partner): boolean {
  return partner.region !== undefined || partner.municipalities !== undefined;
}

/** Whether a municipality's own contact is among these partners (the map's, when left out). */
export function hasMunicipalPartners(routeMap: RouteMap, partnerIds: string[] = Object.keys(routeMap.partners)): boolean {
  return partnerIds.some((id) => own(routeMap.partners, id)?.municipalities !== undefined);
}

/** Where a screen lists partners: an outcome (whom to contact now), or a list (Alle partners, the summary, the whole map, print). */
export type PartnersShownAs = 'outcome' | 'list';

/**
 * Whether a screen asks for the user's municipality: none is chosen, and a partner it lists
 * depends on where the user works. A municipality's own contact always counts. A partner per
 * region counts on an outcome, where the user must know which one to contact now; a list shows
 * each with its region, so it need not ask for them.
 */
export function asksMunicipality(routeMap: RouteMap, partnerIds: string[], municipality: string | undefined, shownAs: PartnersShownAs): boolean {
  if (municipality !== undefined) return false;
  const partners = partnerIds.flatMap((id) => own(routeMap.partners, id) ?? []);
  return partners.some((partner) => partner.municipalities !== undefined || (shownAs === 'outcome' && partner.region !== undefined));
}

/**
 * The partners to show a user, in the map's order: theirs (and those for everyone) first, the
 * other regions' apart, another municipality's not at all.
 */
export function partnersFor(routeMap: RouteMap, partnerIds: string[], municipality: string | undefined): { shown: string[]; otherRegion: string[] } {
  const fits = partnerIds.map((id) => fitOf(routeMap, own(routeMap.partners, id), municipality));
  const shown = partnerIds.filter((_, i) => fits[i] === 'own');
  const otherRegion = partnerIds.filter((_, i) => fits[i] === 'otherRegion');
  // None for the user's region: the others are the only way on, so they are shown, not tucked away.
  if (shown.length === 0) return { shown: otherRegion, otherRegion: [] };
  return { shown, otherRegion };
}
