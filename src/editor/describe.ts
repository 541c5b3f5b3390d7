/**
 * Where a field is, in words a maintainer reads: "SHOP — Telefoon 2", "Route ‘Locatie’ — Vraag 3
 * — Tip (Engels)". Used by the problem summary and the change summary.
 */
import type { Route, RouteMap } from '../routemap/types';
import { own } from '../routemap/own';
import { exitsOf } from '../routemap/exits';
import { questionName } from '../routemap/numbering';
import { local, t } from '../i18n/i18n';
import { ACCESSIBILITY_STATUSES } from '../routemap/schema';
import { editorText } from './form';
import { parsePath, type Segment } from './paths';

function languageOf(segment: Segment | undefined): string {
  return segment === 'nl' || segment === 'en' ? ` (${editorText(`language.${segment}`)})` : '';
}

const LIST_FIELDS: Record<string, string> = { phones: 'phone', emails: 'email', websites: 'website', notes: 'note' };

function partnerField(rest: Segment[]): string {
  const [field, index, sub, language] = rest;
  if (typeof field === 'string' && field in LIST_FIELDS && typeof index === 'number') {
    const item = `${editorText(`field.${LIST_FIELDS[field]}`)} ${index + 1}`;
    if (field === 'notes') return `${item}${languageOf(sub)}`;
    return sub === 'label' ? `${item} — ${editorText('field.label')}${languageOf(language)}` : item;
  }
  if (typeof field === 'string' && field in LIST_FIELDS) return editorText('field.contacts');
  return `${editorText(`field.${String(field)}`)}${languageOf(index)}`;
}

/**
 * A step's name by its type, as its fields are headed: "Vraag 2a", "Keuzevraag", "Partners bij
 * vraag 2", "Einde van de route"; a question the start does not reach is "Vraag (zonder nummer)".
 */
export function stepName(route: Route, stepId: string): string {
  const step = own(route.steps, stepId);
  const number = questionName(route, stepId);
  if (step?.type === 'question') return number === undefined ? editorText('field.questionApart') : editorText('field.question', { number });
  if (step?.type === 'outcome') return number === undefined ? editorText('field.outcome') : editorText('field.outcomeOf', { number });
  if (step?.type === 'choice') return editorText('field.choice');
  if (step?.type === 'end') return editorText('field.end');
  return stepId;
}

function stepField(routeMap: RouteMap, routeId: string, rest: Segment[]): string {
  const [stepId, field, index, sub, language] = rest;
  const route = own(routeMap.routes, routeId);
  const name = route ? stepName(route, String(stepId)) : String(stepId);
  if (field === 'tip') return `${name} — ${editorText('field.tip')}${languageOf(index)}`;
  if (field === 'yes' || field === 'no' || field === 'next') return `${name} — ${editorText(`link.${field}`)}`;
  if (field === 'partners') return `${name} — ${editorText('field.partnerOfStep', { number: typeof index === 'number' ? index + 1 : 1 })}`;
  if (field === 'options' && typeof index === 'number') return `${name} — ${editorText('field.option', { number: index + 1 })}${languageOf(language ?? sub)}`;
  return `${name}${languageOf(index)}`;
}

export function describePath(routeMap: RouteMap, path: string): string {
  const [area, id, ...rest] = parsePath(path);
  if (area === 'terms' && typeof id === 'number') {
    const [field, language] = rest;
    const name = field === 'explanation' ? editorText('field.explanation') : editorText('field.term');
    return `${editorText('section.terms')} — ${editorText('field.term')} ${id + 1}${field === 'explanation' ? ` — ${name}` : ''}${languageOf(language)}`;
  }
  if (area === 'publisher') return `${editorText('section.publisher')} — ${editorText(`publisher.${String(id)}`)}`;
  if (area === 'texts') return `${editorText('section.texts')} — ${editorText(`text.${String(id)}`)}${languageOf(rest[0])}`;
  if (area === 'partners' && typeof id === 'string') {
    const name = own(routeMap.partners, id)?.name || id;
    return rest.length === 0 ? name : `${name} — ${partnerField(rest)}`;
  }
  if (area === 'routes' && typeof id === 'string') {
    const route = own(routeMap.routes, id);
    const name = route ? `‘${local(route.title) || id}’` : id;
    const [field, ...more] = rest;
    if (field === 'steps') return `${editorText('section.routes')}: ${name} — ${stepField(routeMap, id, more)}`;
    return `${editorText('section.routes')}: ${name} — ${editorText(`field.${String(field)}`)}${languageOf(more[0])}`;
  }
  if (area === 'regions' && typeof id === 'string') {
    const region = own(routeMap.regions, id);
    const name = region ? local(region.name) || id : id;
    const [field, language] = rest;
    if (field === 'municipalities') return `${editorText('field.region')} ${name} — ${editorText('field.municipality')}`;
    return `${editorText('field.region')} ${name} — ${editorText('field.regionName')}${languageOf(language)}`;
  }
  return path;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * A step as a maintainer recognises it, where an answer leads and in the preview: its name and
 * its words, "Vraag 2: Wil het slachtoffer …", "Keuzevraag: Om welke …"; partners by their names,
 * "Naar SHOP"; "Einde van de route".
 */
export function stepLabel(routeMap: RouteMap, route: Route, id: string): string {
  const step = route.steps[id];
  if (step.type === 'end') return stepName(route, id);
  if (step.type === 'outcome') {
    const names = step.partners.map((partner) => own(routeMap.partners, partner)?.name ?? partner).join(', ');
    return names ? editorText('link.outcome', { partners: names }) : editorText('link.outcomeEmpty');
  }
  return editorText('link.named', { name: stepName(route, id), text: short(local(step.text)) || editorText('link.untitled') });
}

/**
 * Where a step sits, by the answer that leads to it: "na Nee bij ‘Wil het slachtoffer
 * ondersteuning…’", "na ‘Naar SHOP’", "aan het begin". For a new step in the change summary.
 */
export function placeInWords(routeMap: RouteMap, routeId: string, stepId: string): string | undefined {
  const route = routeMap.routes[routeId];
  if (route.start === stepId) return editorText('place.start');
  for (const [id, step] of Object.entries(route.steps)) {
    const exit = exitsOf(step).find((each) => each.target === stepId);
    if (exit === undefined) continue;
    const before = short(stepText(routeMap, route, id)) || editorText('link.untitled');
    if (step.type === 'choice' && typeof exit.answer === 'number') {
      const option = local(step.options[exit.answer].label) || editorText('link.untitled');
      return editorText('place.answer', { answer: `‘${option}’`, step: before });
    }
    if (step.type === 'question') return editorText('place.answer', { answer: editorText(`place.${String(exit.answer)}`), step: before });
    return editorText('place.after', { step: before });
  }
  return undefined;
}

/** A step's own words: a question's or choice's text, an outcome's partners. */
function stepText(routeMap: RouteMap, route: Route, id: string): string {
  const step = route.steps[id];
  if (step.type === 'question' || step.type === 'choice') return local(step.text);
  return stepLabel(routeMap, route, id);
}

const LINK = /^routes\.([^.]+)\.(?:start|steps\.[^.]+\.(?:yes|no|next|options\[\d+\]\.next))$/;
const PARTNER_OF_STEP = /^routes\.[^.]+\.steps\.[^.]+\.partners\[\d+\]$/;

/** A value of the change summary in words: where an answer leads by the step's text, a partner by its name. */
export function valueInWords(routeMap: RouteMap, path: string, value: string): string {
  const link = LINK.exec(path);
  const route = link ? own(routeMap.routes, link[1]) : undefined;
  if (route && own(route.steps, value)) return stepLabel(routeMap, route, value);
  if (PARTNER_OF_STEP.test(path)) return own(routeMap.partners, value)?.name ?? value;
  if (path === 'publisher.status' && (ACCESSIBILITY_STATUSES as readonly string[]).includes(value)) {
    return t('accessibilityStatus.named', { status: value, words: t(`accessibilityStatus.${value}`) });
  }
  return value;
}
