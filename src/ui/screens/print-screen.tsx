import './screens.css';
import { useEffect } from 'preact/hooks';
import type { RouteMap } from '../../routemap/types';
import { outlineRoute, type Destination } from '../../routemap/outline';
import { currentLanguage, local, mapTitle, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { appAddress, displayUrl } from '../../platform/links';
import { ScreenHeading } from '../parts/screen-heading';
import { describePhone } from '../parts/phone-description';
import { QrCode } from '../parts/qr-code';

/** Where an answer leads, in words: a question's number, the partners, a choice's options, the end. */
function Where({ routeMap, to }: { routeMap: RouteMap; to: Destination }) {
  if (to.type === 'question') return <>{t('print.question', { number: to.number })}</>;
  if (to.type === 'end') return <>{t('print.end')}</>;
  if (to.type === 'outcome') {
    const names = to.partners.map((id) => routeMap.partners[id].name).join(', ');
    if (!to.then) return <>{names}</>;
    return (
      <>
        {names}, {t('print.then')} <Where routeMap={routeMap} to={to.then} />
      </>
    );
  }
  return (
    <>
      {local(to.text)}
      <ul>
        {to.options.map((option) => (
          <li>
            {local(option.label)} → <Where routeMap={routeMap} to={option.to} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The whole map on at most two A4 pages: every question of any route with where each answer
 * leads (outlineRoute), then every partner with its numbers and addresses. Opens the print dialog once shown.
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
          const outline = outlineRoute(route);
          return (
            <section>
              <h2>{local(route.title)}</h2>
              {outline.start && (
                <p>
                  {t('print.start')} → <Where routeMap={routeMap} to={outline.start} />
                </p>
              )}
              <ol class="print-questions">
                {outline.questions.map((question) => (
                  <li>
                    <strong>{local(question.text)}</strong>
                    {question.tip && <p class="tip">{local(question.tip)}</p>}
                    <ul>
                      <li>
                        {t('print.yes')} → <Where routeMap={routeMap} to={question.yes} />
                      </li>
                      <li>
                        {t('print.no')} → {question.noGoesOn ? t('print.nextQuestion') : <Where routeMap={routeMap} to={question.no} />}
                      </li>
                    </ul>
                  </li>
                ))}
              </ol>
              {outline.tips.map((tip) => (
                <p class="tip">{local(tip)}</p>
              ))}
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
                ...partner.phones.map((phone) => {
                  const description = describePhone(partner, phone);
                  return description ? `${phone.number} (${description})` : phone.number;
                }),
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
      <p class="print-app">
        <QrCode text={appAddress()} label={t('shareApp.qrLabel', { url: appAddress() })} />
        <span>
          <strong>{t('shareApp.print')}</strong>
          <br />
          {appAddress()}
        </span>
      </p>
    </div>
  );
}
