import { useState } from 'preact/hooks';
import type { Partner } from '../routemap/types';
import { questionName } from '../routemap/numbering';
import { currentLanguage, local, t } from '../i18n/i18n';
import { listOf } from '../i18n/format';
import { copiedDate, PARTNER_GROUPS } from '../routemap/schema';
import { localDate } from '../routemap/version';
import { PartnerDate } from '../ui/parts/partner-date';
import { AddByName, Field, SelectField, TextFields } from './fields';
import { editorText, problemMessage, problemsOf, type Form } from './form';
import { focusFieldSoon } from './focus';
import { fieldId } from './paths';
import { withItem, withoutItem } from './lists';
import { ScopeField } from './scope-field';
import { addPartner, removePartner, stepsListing } from './structure';

/** The contact lists: each item has one main field and an optional explanation. */
const LISTS = [
  { key: 'phones', field: 'number', label: 'phone', add: 'phone', help: 'field.phoneHelp', inputMode: 'tel' },
  { key: 'emails', field: 'address', label: 'email', add: 'email', help: undefined, inputMode: 'email' },
  { key: 'websites', field: 'url', label: 'website', add: 'website', help: 'field.websiteHelp', inputMode: 'url' },
] as const;

function ContactList({ form, id, partner, list }: { form: Form; id: string; partner: Partner; list: (typeof LISTS)[number] }) {
  const path = `partners.${id}.${list.key}`;
  const items: Array<Record<string, unknown>> = partner[list.key] as never;
  // A partner with no contact at all: said once, above its phone numbers, where the summary links.
  const problems = list.key === 'phones' ? problemsOf(form, path) : [];
  return (
    <div class="editor-list">
      {problems.length > 0 && (
        <p id={fieldId(path)} class="field__problem" tabIndex={-1}>
          {problems.map(problemMessage).join(' ')}
        </p>
      )}
      {items.map((_, i) => {
        const itemPath = `${path}[${i}]`;
        const name = `${editorText(`field.${list.label}`)} ${i + 1}`;
        return (
          <fieldset class="editor-item">
            <legend class="field__label">{name}</legend>
            <Field form={form} path={`${itemPath}.${list.field}`} label={editorText(`field.${list.label}`)} help={list.help && editorText(list.help)} inputMode={list.inputMode} />
            <TextFields form={form} path={`${itemPath}.label`} label={editorText('field.label')} optional />
            <button
              type="button"
              class="button button--quiet"
              aria-label={editorText('removeLabel', { what: `${partner.name}: ${name}` })}
              onClick={() => form.set(path, withoutItem(items, i))}
            >
              {editorText('remove')}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="button button--quiet" onClick={() => form.set(path, withItem(items, { [list.field]: '' }))}>
        {editorText(`add.${list.add}`)}
      </button>
    </div>
  );
}

function Notes({ form, id, partner }: { form: Form; id: string; partner: Partner }) {
  const path = `partners.${id}.notes`;
  return (
    <div class="editor-list">
      {partner.notes.map((_, i) => (
        <div class="editor-item">
          <TextFields form={form} path={`${path}[${i}]`} label={`${editorText('field.note')} ${i + 1}`} multiline />
          <button
            type="button"
            class="button button--quiet"
            aria-label={editorText('removeLabel', { what: `${partner.name}: ${editorText('field.note')} ${i + 1}` })}
            onClick={() => form.set(path, withoutItem(partner.notes, i))}
          >
            {editorText('remove')}
          </button>
        </div>
      ))}
      <button type="button" class="button button--quiet" onClick={() => form.set(path, withItem(partner.notes, { nl: '', en: '' }))}>
        {editorText('add.note')}
      </button>
    </div>
  );
}

/** "Voeg de partner toe": its id is made from the name, once; its form opens with the cursor in its name. */
export function AddPartner({ form }: { form: Form }) {
  return (
    <AddByName
      id="new-partner-name"
      label={editorText('addPartner.label')}
      help={editorText('addPartner.help')}
      button={editorText('addPartner.button')}
      onAdd={(name) => {
        const added = addPartner(form.draft, name);
        form.replace(added.routeMap);
        focusFieldSoon(`partners.${added.id}.name`);
      }}
    />
  );
}

/** Where routes list a partner, in words: each route's title and the question the outcome belongs to, each once. */
function listedInWords(form: Form, id: string): string {
  const places = stepsListing(form.draft, id).map(({ routeId, stepId }) => {
    const route = form.draft.routes[routeId];
    const number = questionName(route, stepId);
    return number === undefined ? editorText('removePartner.placeRoute', { route: local(route.title) }) : editorText('removePartner.place', { route: local(route.title), number });
  });
  return listOf([...new Set(places)], currentLanguage());
}

/** "Verwijder deze partner": refused, saying where, while a route still sends users to it. */
function RemovePartner({ form, id }: { form: Form; id: string }) {
  const [refusal, setRefusal] = useState('');
  const name = form.draft.partners[id].name || id;
  const remove = () => {
    const removal = removePartner(form.draft, id);
    if (!removal.ok) {
      setRefusal(editorText('removePartner.listed', { name, places: listedInWords(form, id) }));
      return;
    }
    if (window.confirm(editorText('removePartner.confirm', { name }))) form.replace(removal.routeMap);
  };
  // A warning, not a problem: a partner can be on the map for Alle partners only.
  const unused = stepsListing(form.draft, id).length === 0;
  return (
    <div class="editor-remove-partner">
      {unused && <p class="field__help">{editorText('warnings.unusedPartner')}</p>}
      <button type="button" class="button button--quiet" aria-label={editorText('removePartner.label', { name })} onClick={remove}>
        {editorText('removePartner.button')}
      </button>
      <p role="status" class="field__problem">
        {refusal}
      </p>
    </div>
  );
}

/** Everything about one partner, behind its name; the name shows how many problems it has. */
export function PartnerForm({ form, id }: { form: Form; id: string }) {
  const partner = form.draft.partners[id];
  const path = `partners.${id}`;
  const problems = form.problems.filter((problem) => problem.path.startsWith(`${path}.`)).length;
  const regions = Object.entries(form.draft.regions);
  return (
    <details class="editor-partner" data-partner={id}>
      <summary>
        <span class="editor-partner__name">{partner.name || id}</span>
        {problems > 0 && <span class="editor-badge">{editorText('partnerProblems', { count: problems })}</span>}
      </summary>
      <Field form={form} path={`${path}.name`} label={editorText('field.name')} help={editorText('field.nameHelp')} />
      <SelectField form={form} path={`${path}.group`} label={editorText('field.group')} options={PARTNER_GROUPS.map((group) => [group, t(`partners.group.${group}`)])} />
      {regions.length > 0 && <ScopeField form={form} id={id} />}
      <TextFields form={form} path={`${path}.about`} label={editorText('field.about')} multiline />
      <TextFields form={form} path={`${path}.purpose`} label={editorText('field.purpose')} multiline />
      {LISTS.map((list) => (
        <ContactList form={form} id={id} partner={partner} list={list} />
      ))}
      <Notes form={form} id={id} partner={partner} />
      <div class="editor-checked">
        {/* The card's own line, so the editor says exactly what the field screens will. */}
        <div id={fieldId(`${path}.checked`)} tabIndex={-1} aria-live="polite">
          <PartnerDate partner={partner} copied={copiedDate(form.draft)} />
        </div>
        <p class="field__help">{editorText('checkedAuto')}</p>
        <button
          type="button"
          class="button button--quiet"
          aria-label={editorText('checkedTodayLabel', { name: partner.name })}
          onClick={() => form.set(`${path}.checked`, localDate(new Date()))}
        >
          {editorText('checkedToday')}
        </button>
      </div>
      <RemovePartner form={form} id={id} />
    </details>
  );
}
