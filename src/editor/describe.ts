/**
 * Where a field is, in words a maintainer reads: "SHOP — Telefoon 2", "Route ‘Locatie’ — Vraag 3
 * — Tip (Engels)". Used by the problem summary and the change summary.
 */
import type { RouteMap } from '../routemap/types';
import { own } from '../routemap/own';
import { questionNumber } from '../routemap/walk';
import { local } from '../i18n/i18n';
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

function stepField(routeMap: RouteMap, routeId: string, rest: Segment[]): string {
  const [stepId, field, index, sub, language] = rest;
  const route = own(routeMap.routes, routeId);
  const step = route && typeof stepId === 'string' ? own(route.steps, stepId) : undefined;
  let name = String(stepId);
  if (step?.type === 'question' && route) name = editorText('field.question', { number: questionNumber(route, String(stepId)) });
  else if (step?.type === 'choice') name = editorText('field.choice');
  else if (step?.type === 'end') name = editorText('field.end');
  if (field === 'tip') return `${name} — ${editorText('field.tip')}${languageOf(index)}`;
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
