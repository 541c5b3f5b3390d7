/**
 * "Voor wie is deze partner?": everyone, one region (as the two Zorg- en Veiligheidshuizen) or
 * chosen municipalities (a municipality's own contact, which only its users see). Each edit is a
 * pure function of ./structure.ts.
 */
import { local } from '../i18n/i18n';
import { SelectField } from './fields';
import { editorText, problemMessage, problemsOf, type Form } from './form';
import { fieldId } from './paths';
import { municipalityChoices, scopeOf, withMunicipality, withScope, type PartnerScope } from './structure';

/** The municipalities, ticked one by one under their regions; with the validator's problem (none ticked, one no region has). */
function MunicipalityChecklist({ form, id, chosen }: { form: Form; id: string; chosen: string[] }) {
  const path = `partners.${id}.municipalities`;
  const problems = problemsOf(form, path);
  const problemId = `${fieldId(path)}-probleem`;
  const tick = (municipality: string, ticked: boolean) =>
    form.replace(withScope(form.draft, id, { for: 'municipalities', municipalities: withMunicipality(form.draft, chosen, municipality, ticked) }));
  return (
    <fieldset
      id={fieldId(path)}
      class="editor-scope-list"
      tabIndex={-1}
      aria-label={editorText('field.municipalities')}
      aria-describedby={problems.length > 0 ? problemId : undefined}
    >
      {problems.length > 0 && (
        <p id={problemId} class="field__problem">
          {[...new Set(problems.map(problemMessage))].join(' ')}
        </p>
      )}
      {municipalityChoices(form.draft, chosen).map(({ region, municipalities }) => (
        <fieldset class="editor-municipalities">
          <legend>{region === undefined ? editorText('scope.stale') : local(form.draft.regions[region].name) || region}</legend>
          <div class="editor-municipalities__list">
            {municipalities.map((municipality) => (
              <label class="editor-choice">
                <input type="checkbox" checked={chosen.includes(municipality)} onChange={(event) => tick(municipality, event.currentTarget.checked)} /> {municipality}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

/** The choice of whom the partner is for, then the region to pick or the municipalities to tick. */
export function ScopeField({ form, id }: { form: Form; id: string }) {
  const regions = Object.entries(form.draft.regions);
  const scope = scopeOf(form.draft.partners[id]);
  const set = (next: PartnerScope) => form.replace(withScope(form.draft, id, next));
  const choices: Array<[PartnerScope['for'], string, () => void]> = [
    ['everyone', editorText('scope.everyone'), () => set({ for: 'everyone' })],
    ['region', editorText('scope.region'), () => set({ for: 'region', region: regions[0][0] })],
    ['municipalities', editorText('scope.municipalities'), () => set({ for: 'municipalities', municipalities: [] })],
  ];
  return (
    <fieldset class="editor-item editor-scope">
      <legend class="field__label">{editorText('scope.legend')}</legend>
      <p class="field__help">{editorText('scope.help')}</p>
      {choices.map(([value, label, choose]) => (
        <label class="editor-choice">
          <input type="radio" name={`scope-${id}`} checked={scope.for === value} onChange={choose} /> {label}
        </label>
      ))}
      {scope.for === 'region' && (
        <SelectField
          form={form}
          path={`partners.${id}.region`}
          label={editorText('field.region')}
          options={regions.map(([regionId, region]): [string, string] => [regionId, local(region.name)])}
        />
      )}
      {scope.for === 'municipalities' && <MunicipalityChecklist form={form} id={id} chosen={scope.municipalities} />}
    </fieldset>
  );
}
