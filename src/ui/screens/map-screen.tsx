import './screens.css';
import type { RouteMap } from '../../routemap/types';
import { outlineRoute, type Destination } from '../../routemap/outline';
import { local, mapTitle, t } from '../../i18n/i18n';
import { followLink, goBack, PAGES } from '../../navigation';
import { ContactActions } from '../parts/contact-actions';
import { ScreenHeading } from '../parts/screen-heading';

/** Where an answer leads, drawn: a question's number, the partners with their buttons, a choice, the end. */
function Lead({ routeMap, to }: { routeMap: RouteMap; to: Destination }) {
  if (to.type === 'question') return <span class="map-to">{t('map.toQuestion', { number: to.number })}</span>;
  if (to.type === 'end') return <span class="map-to">{t('map.toEnd')}</span>;
  if (to.type === 'choice') {
    return (
      <div class="map-box map-box--choice">
        <p>{local(to.text)}</p>
        <ul>
          {to.options.map((option) => (
            <li>
              <strong>{local(option.label)}</strong>: <Lead routeMap={routeMap} to={option.to} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="map-box map-box--outcome">
      {to.partners.map((id) => {
        const partner = routeMap.partners[id];
        return (
          <div class="map-partner">
            <h4>{partner.name}</h4>
            <ContactActions partner={partner} />
          </div>
        );
      })}
      {to.then && (
        <p class="map-then">
          {t('map.then')} <Lead routeMap={routeMap} to={to.then} />
        </p>
      )}
    </div>
  );
}

/**
 * "De hele routekaart": every route drawn as the paper map draws it, from the data. A column of
 * numbered questions; "Ja" to the side (below it on a phone) with the partners and their buttons;
 * "Nee" down to the next question. Plain HTML in reading order, so a screen reader reads the same
 * map as a list; the lines and arrows are CSS only.
 */
export function MapScreen({ routeMap }: { routeMap: RouteMap }) {
  return (
    <div class="whole-map">
      <ScreenHeading>{t('map.heading')}</ScreenHeading>
      <p class="quiet">{mapTitle(routeMap)}</p>
      {Object.entries(routeMap.routes).map(([id, route]) => {
        const outline = outlineRoute(route);
        return (
          <section class="map-route" aria-labelledby={`map-${id}`}>
            <h2 id={`map-${id}`}>{local(route.title)}</h2>
            <p class="quiet">{local(route.when)}</p>
            {outline.start && (
              <div class="map-start">
                <Lead routeMap={routeMap} to={outline.start} />
              </div>
            )}
            <ol class="map-questions">
              {outline.questions.map((question) => (
                <li class="map-question">
                  <div class="map-box map-box--question">
                    <h3>
                      <span class="map-number">{t('map.question', { number: question.number })}</span> {local(question.text)}
                    </h3>
                    {question.tip && <p class="tip">{local(question.tip)}</p>}
                  </div>
                  <div class="map-answer map-answer--yes">
                    <span class="map-label">{t('step.yes')}</span>
                    <Lead routeMap={routeMap} to={question.yes} />
                  </div>
                  <div class="map-answer map-answer--no">
                    <span class="map-label">{t('step.no')}</span>
                    {question.noGoesOn ? <span class="map-to">{t('map.toQuestion', { number: question.number + 1 })}</span> : <Lead routeMap={routeMap} to={question.no} />}
                  </div>
                </li>
              ))}
            </ol>
            {outline.tips.map((tip) => (
              <p class="tip">{local(tip)}</p>
            ))}
          </section>
        );
      })}
      <nav class="step-nav" aria-label={t('map.heading')}>
        <button type="button" class="button button--quiet" onClick={goBack}>
          {t('step.back')}
        </button>
        <a class="button button--quiet" href={PAGES.partners} onClick={followLink(PAGES.partners)}>
          {t('home.partnersLink')}
        </a>
      </nav>
    </div>
  );
}
