/**
 * The changes that alter whom a worker reaches (routemap/reach-changes.ts), in the editor's
 * words: the change summary leads with them, and `npm run check-data -- NEW --against LIVE` prints
 * the same lines, so ICT and the owners can tick them off one by one.
 */
import type { RouteMap, Text } from '../routemap/types';
import type { ReachChange, Scope } from '../routemap/reach-changes';
import { own } from '../routemap/own';
import { currentLanguage, local } from '../i18n/i18n';
import { listOf } from '../i18n/format';
import { describePath, placeInWords, stepLabel, valueInWords } from './describe';
import { editorText } from './form';

/** A line: what changed, and (for a value) the old and the new one; undefined is none. */
export interface ReachLine {
  what: string;
  values?: { before?: string; after?: string };
}

/** Whom a new partner is for, when not everyone: "Katwijk en Noordwijk", "Haaglanden". */
function placesOf(routeMap: RouteMap, { region, municipalities }: Scope): string | undefined {
  if (municipalities) return listOf(municipalities, currentLanguage());
  const named = region === undefined ? undefined : own(routeMap.regions, region);
  return named ? local(named.name) : region;
}

/** Whom a partner is for, in words: "Voor iedereen", "Voor regio Haaglanden", "Voor Katwijk en Noordwijk". */
function scopeInWords(routeMap: RouteMap, scope: Scope): string {
  const places = placesOf(routeMap, scope);
  if (places === undefined) return editorText('scope.everyone');
  return scope.municipalities ? editorText('changes.scopeMunicipalities', { places }) : editorText('changes.scopeRegion', { region: places });
}

const partnerName = (routeMap: RouteMap, id: string) => own(routeMap.partners, id)?.name ?? id;
const note = (text: Text | undefined) => (text === undefined ? undefined : local(text));

export function reachInWords(before: RouteMap, after: RouteMap, change: ReachChange): ReachLine {
  switch (change.kind) {
    case 'partnerAdded': {
      const name = partnerName(after, change.partnerId);
      const places = placesOf(after, own(after.partners, change.partnerId)!);
      return { what: places ? editorText('changes.partnerAddedFor', { name, places }) : editorText('changes.partnerAdded', { name }) };
    }
    case 'partnerRemoved':
      return { what: editorText('changes.partnerRemoved', { name: partnerName(before, change.partnerId) }) };
    case 'partnerRenamed':
      return { what: describePath(after, `partners.${change.partnerId}.name`), values: { before: change.before, after: change.after } };
    case 'contact':
      return { what: describePath(change.after === undefined ? before : after, change.path), values: { before: change.before, after: change.after } };
    case 'note':
      return { what: describePath(change.after === undefined ? before : after, change.path), values: { before: note(change.before), after: note(change.after) } };
    case 'scope':
      return {
        what: editorText('changes.scope', { name: partnerName(after, change.partnerId) }),
        values: { before: scopeInWords(before, change.before), after: scopeInWords(after, change.after) },
      };
    case 'routeAdded':
    case 'routeRemoved': {
      const route = own((change.kind === 'routeAdded' ? after : before).routes, change.routeId)!;
      return { what: editorText(`changes.${change.kind}`, { route: local(route.title) || change.routeId }) };
    }
    case 'optionAdded':
    case 'optionRemoved': {
      const step = own(own((change.kind === 'optionAdded' ? after : before).routes, change.routeId)!.steps, change.stepId)!;
      const text = step.type === 'choice' ? local(step.text) : change.stepId;
      return { what: editorText(`changes.${change.kind}`, { step: text, option: change.option || editorText('link.untitled') }) };
    }
    case 'stepAdded':
    case 'stepRemoved': {
      const map = change.kind === 'stepAdded' ? after : before;
      const route = own(map.routes, change.routeId)!;
      const line = editorText(`changes.${change.kind}`, { route: local(route.title), step: stepLabel(map, route, change.stepId) });
      const place = change.kind === 'stepAdded' ? placeInWords(after, change.routeId, change.stepId) : undefined;
      return { what: place ? `${line} (${place})` : line };
    }
    case 'outcomePartners': {
      // None at all (a draft still being made) reads as "—".
      const names = (routeMap: RouteMap, ids: string[]) => ids.map((id) => partnerName(routeMap, id)).join(', ') || undefined;
      return {
        what: describePath(after, `routes.${change.routeId}.steps.${change.stepId}`),
        values: { before: names(before, change.before), after: names(after, change.after) },
      };
    }
    case 'answer':
      return {
        what: describePath(after, change.path),
        values: { before: valueInWords(before, change.path, change.before), after: valueInWords(after, change.path, change.after) },
      };
  }
}
