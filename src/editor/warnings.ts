/**
 * What an owner may want to know about a draft but need not fix: the download is not blocked.
 * Pure, beside the validator's problems (which do block it).
 */
import type { RouteMap } from '../routemap/types';
import { stepsListing } from './structure';

export interface Warning {
  kind: 'unusedPartner' | 'localOnly';
  /** What it is about, for describePath. */
  path: string;
  /** The field the warning's link takes the owner to. */
  focus: string;
}

export function warningsOf(routeMap: RouteMap): Warning[] {
  // A partner no route names is only in Alle partners: allowed, but maybe forgotten.
  const unused = Object.keys(routeMap.partners)
    .filter((id) => stepsListing(routeMap, id).length === 0)
    .map((id): Warning => ({ kind: 'unusedPartner', path: `partners.${id}`, focus: `partners.${id}.name` }));
  // Only municipalities' own contacts at a step: users elsewhere see nobody there.
  const localOnly = Object.entries(routeMap.routes).flatMap(([routeId, route]) =>
    Object.entries(route.steps)
      .filter(([, step]) => step.type === 'outcome' && step.partners.length > 0 && step.partners.every((id) => routeMap.partners[id]?.municipalities))
      .map(([stepId]): Warning => ({ kind: 'localOnly', path: `routes.${routeId}.steps.${stepId}`, focus: `routes.${routeId}.steps.${stepId}` })),
  );
  return [...unused, ...localOnly];
}
