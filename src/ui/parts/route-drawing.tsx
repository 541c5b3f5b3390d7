import type { Route, RouteMap } from '../../routemap/types';
import { outlineRoute, type Destination } from '../../routemap/outline';
import { local, t } from '../../i18n/i18n';
import { ContactActions } from './contact-actions';
import { ContactsText } from './contacts-text';
import { PartnerFor } from './partner-for';
import { isFor } from '../../routemap/scope';

/** On screen, a partner's working buttons; on paper, its numbers and addresses as text. */
export type ContactsAs = 'buttons' | 'text';

interface Drawing {
  routeMap: RouteMap;
  contacts: ContactsAs;
  /** The user's municipality: another municipality's own contacts are left out (src/routemap/scope.ts). */
  municipality: string | undefined;
  /** A step to mark (the editor's: the one being edited). */
  highlight?: string;
}

/** Where an answer leads, drawn: a question's number, the partners and how to reach them, a choice, the end. */
function Lead({ to, ...drawing }: Drawing & { to: Destination }) {
  const { routeMap, contacts, municipality, highlight } = drawing;
  if (to.type === 'question') return <span class="map-to">{t('map.toQuestion', { number: to.name })}</span>;
  if (to.type === 'end') return <span class="map-to">{t('map.toEnd')}</span>;
  if (to.type === 'choice') {
    return (
      <div class="map-box map-box--choice" data-highlight={to.id === highlight ? '' : undefined}>
        <p>{local(to.text)}</p>
        <ul>
          {to.options.map((option) => (
            <li>
              <strong>{local(option.label)}</strong>: <Lead {...drawing} to={option.to} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const partners = to.partners.filter((id) => isFor(routeMap, id, municipality));
  return (
    <div class="map-box map-box--outcome" data-highlight={to.id === highlight ? '' : undefined}>
      {partners.length === 0 && municipality !== undefined && <p>{t('step.noneForMunicipality', { municipality })}</p>}
      {partners.map((id) => {
        const partner = routeMap.partners[id];
        return (
          <div class="map-partner">
            {contacts === 'buttons' ? (
              <>
                <h4>{partner.name}</h4>
                <PartnerFor partner={partner} />
                <ContactActions partner={partner} />
              </>
            ) : (
              <>
                <h4>
                  {partner.name} <span class="quiet">— {local(partner.about)}</span>
                </h4>
                <PartnerFor partner={partner} />
                <ContactsText partner={partner} />
              </>
            )}
          </div>
        );
      })}
      {to.after && (
        <p class="map-then">
          {t('map.then')} <Lead {...drawing} to={to.after} />
        </p>
      )}
    </div>
  );
}

interface Props extends Drawing {
  id: string;
  route: Route;
}

/**
 * One route drawn as the paper map draws it, from the data: a column of numbered questions;
 * "Ja" to the side (below it on a phone) with the partners; "Nee" down to the next question.
 * Plain HTML in reading order, so a screen reader reads the same map as a list; the lines and
 * arrows are CSS only. Works for any route the validator accepts (outlineRoute).
 */
export function RouteDrawing({ id, route, ...drawing }: Props) {
  const { highlight } = drawing;
  const outline = outlineRoute(route);
  return (
    <section class="map-route" aria-labelledby={`map-${id}`}>
      <h2 id={`map-${id}`}>{local(route.title)}</h2>
      <p class="quiet map-when">{local(route.when)}</p>
      {outline.start && (
        <div class="map-start">
          <Lead {...drawing} to={outline.start} />
        </div>
      )}
      <ol class="map-questions">
        {outline.questions.map((question, index) => (
          <li class="map-question">
            <div class="map-box map-box--question" data-highlight={question.id === highlight ? '' : undefined}>
              <h3>
                <span class="map-number">{t('map.question', { number: question.name })}</span> {local(question.text)}
              </h3>
              {question.tip && <p class="tip">{local(question.tip)}</p>}
            </div>
            <div class="map-answer map-answer--yes">
              <span class="map-label">{t('step.yes')}</span>
              <Lead {...drawing} to={question.yes} />
            </div>
            <div class="map-answer map-answer--no">
              <span class="map-label">{t('step.no')}</span>
              {question.noGoesOn ? <span class="map-to">{t('map.toQuestion', { number: outline.questions[index + 1].name })}</span> : <Lead {...drawing} to={question.no} />}
            </div>
          </li>
        ))}
      </ol>
      {outline.tips.map((tip) => (
        <p class="tip">{local(tip)}</p>
      ))}
    </section>
  );
}
