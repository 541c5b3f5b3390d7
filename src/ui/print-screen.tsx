import '../i18n/screen-texts';
import './screens.css';
import { useEffect } from 'preact/hooks';
import type { Route, RouteMap, Step } from '../routemap/types';
import { questionsInOrder } from '../routemap/walk';
import { currentLanguage, local, mapTitle, t } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { displayUrl } from '../platform/links';
import { ScreenHeading } from './screen-heading';

type Question = Extract<Step, { type: 'question' }>;

function partnerNames(routeMap: RouteMap, route: Route, stepId: string): string {
  const step = route.steps[stepId];
  if (step?.type !== 'outcome') return '';
  return step.partners.map((id) => routeMap.partners[id].name).join(', ');
}

/** What "Ja" on a question leads to: the partners, or for a choice each option's partners. */
function YesAnswer({ routeMap, route, question }: { routeMap: RouteMap; route: Route; question: Question }) {
  const next = route.steps[question.yes];
  if (next?.type !== 'choice') {
    return <li>{t('print.yesTo', { partners: partnerNames(routeMap, route, question.yes) })}</li>;
  }
  return (
    <li>
      {local(next.text)}
      <ul>
        {next.options.map((option) => (
          <li>
            {local(option.label)} → {partnerNames(routeMap, route, option.next)}
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The whole map on at most two A4 pages: every question with its answers, then every partner
 * with its numbers and addresses. Opens the print dialog once shown.
 */
export function PrintScreen({ routeMap }: { routeMap: RouteMap }) {
  useEffect(() => {
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div class="print-view">
      <ScreenHeading>{mapTitle(routeMap)}</ScreenHeading>
      <p class="quiet">{t('print.source', { date: formatDate(routeMap.checked, currentLanguage()) })}</p>
      <p class="no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('print.again')}
        </button>
      </p>
      <div class="print-routes">
        {Object.values(routeMap.routes).map((route) => {
          const order = questionsInOrder(route);
          const end = Object.values(route.steps).find((step) => step.type === 'end');
          return (
            <section>
              <h2>{local(route.title)}</h2>
              <ol class="print-questions">
                {order.map((id, index) => {
                  const question = route.steps[id] as Question;
                  return (
                    <li>
                      <strong>{local(question.text)}</strong>
                      <ul>
                        <YesAnswer routeMap={routeMap} route={route} question={question} />
                        <li>{index < order.length - 1 ? t('print.noTo') : t('print.noToEnd')}</li>
                      </ul>
                    </li>
                  );
                })}
              </ol>
              {end?.type === 'end' && end.tip && <p class="tip">{local(end.tip)}</p>}
            </section>
          );
        })}
      </div>
      <h2>{t('print.partners')}</h2>
      <dl class="print-partners">
        {Object.values(routeMap.partners).map((partner) => (
          <div>
            <dt>
              {partner.name} <span class="quiet">— {local(partner.about)}</span>
            </dt>
            <dd>
              {[
                ...partner.phones.map((phone) => phone.number),
                ...partner.emails.map((email) => email.address),
                ...partner.websites.map((website) => displayUrl(website.url)),
              ].join(' · ')}
              {partner.notes.map((note) => (
                <div class="quiet">{local(note)}</div>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
