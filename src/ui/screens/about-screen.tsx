/**
 * "Over deze app": who publishes the map and which versions this phone has, what the app keeps and
 * what the server sees (privacy), and how accessible it is, in the sections of the national model.
 * The owners' facts (status, formal statement, where to report) come from the data file and are
 * left out while it has none: nothing here is a guess.
 */
import './screens.css';
import i18next from 'i18next';
import nl from '../../../locales/about.nl.json';
import en from '../../../locales/about.en.json';
import type { RouteMap } from '../../routemap/types';
import { currentLanguage, mapTitle, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { goBack } from '../../navigation';
import { FEEDBACK_SUBJECT, mailHref, webHref } from '../../platform/links';
import { Address } from '../parts/address';
import { ScreenHeading } from '../parts/screen-heading';

// i18next is up before this module runs (app/screens.tsx loads the texts first).
i18next.addResourceBundle('nl', 'about', nl, true, true);
i18next.addResourceBundle('en', 'about', en, true, true);

const text = (key: string, options?: Record<string, unknown>) => t(`about:${key}`, options);

/** One sentence per item: a list reads more easily than a paragraph on a phone. */
function Items({ keys }: { keys: string[] }) {
  return (
    <ul>
      {keys.map((key) => (
        <li>{text(key)}</li>
      ))}
    </ul>
  );
}

function Facts({ routeMap }: { routeMap: RouteMap }) {
  const name = routeMap.publisher?.name;
  return (
    <dl class="facts">
      <dt>{text('facts.map')}</dt>
      <dd>{mapTitle(routeMap)}</dd>
      {name && (
        <>
          <dt>{text('facts.publisher')}</dt>
          <dd>{name}</dd>
        </>
      )}
      <dt>{text('facts.data')}</dt>
      <dd>{text('facts.dataVersion', { version: routeMap.version, date: formatDate(routeMap.checked, currentLanguage()) })}</dd>
      <dt>{text('facts.app')}</dt>
      <dd>{text('facts.appVersion', { version: __APP_VERSION__ })}</dd>
    </dl>
  );
}

function Privacy() {
  return (
    <section aria-labelledby="about-privacy">
      <h2 id="about-privacy">{text('privacy.heading')}</h2>
      <h3>{text('privacy.keepsHeading')}</h3>
      <Items keys={['app', 'map', 'settings', 'lastCheck', 'draft'].map((key) => `privacy.keeps.${key}`)} />
      <p>{text('privacy.keepsWhere')}</p>
      <h3>{text('privacy.neverHeading')}</h3>
      <p>{text('privacy.never')}</p>
      <p>{text('privacy.history')}</p>
      <p>{text('privacy.noTracking')}</p>
      <p>{text('privacy.calls')}</p>
      <h3>{text('privacy.serverHeading')}</h3>
      {['addresses', 'step', 'offline', 'checks', 'ip', 'log'].map((key) => (
        <p>{text(`privacy.server.${key}`)}</p>
      ))}
    </section>
  );
}

/** The owners' part of the statement: each shown only when the data file gives it, and only as its rule allows a link. */
function OwnersStatement({ routeMap }: { routeMap: RouteMap }) {
  const { status, statement, feedback } = routeMap.publisher ?? {};
  const statementHref = statement === undefined ? undefined : webHref(statement);
  const feedbackHref = feedback === undefined ? undefined : mailHref(feedback, FEEDBACK_SUBJECT);
  return (
    <>
      {(status || statementHref) && (
        <>
          <h3>{text('accessibility.statusHeading')}</h3>
          {status && <p>{text('accessibility.status', { status: t('accessibilityStatus.named', { status, words: t(`accessibilityStatus.${status}`) }) })}</p>}
          {statementHref && (
            <>
              <p>
                <a href={statementHref} target="_blank" rel="noopener noreferrer">
                  {text('accessibility.statement')}
                </a>
              </p>
              <p>{text('accessibility.statementHelp')}</p>
            </>
          )}
        </>
      )}
      {feedback && feedbackHref && (
        <>
          <h3>{text('accessibility.reportHeading')}</h3>
          <p>{text('accessibility.report')}</p>
          <div class="actions">
            {/* The address's parts would be read with gaps between them: named whole, as on a partner's card. */}
            <a class="button button--mail" href={feedbackHref} aria-label={`${text('accessibility.reportButton')} ${feedback}`}>
              <span>{text('accessibility.reportButton')}</span> <Address address={feedback} class="button__sub" />
            </a>
          </div>
        </>
      )}
    </>
  );
}

function Accessibility({ routeMap }: { routeMap: RouteMap }) {
  return (
    <section aria-labelledby="about-accessibility">
      <h2 id="about-accessibility">{text('accessibility.heading')}</h2>
      <p>{text('accessibility.intro')}</p>
      <h3>{text('accessibility.standardHeading')}</h3>
      <p>{text('accessibility.standard')}</p>
      <h3>{text('accessibility.testedHeading')}</h3>
      <Items keys={['axe', 'keyboard', 'reflow', 'screenReader', 'evaluation'].map((key) => `accessibility.tested.${key}`)} />
      <h3>{text('accessibility.limitsHeading')}</h3>
      <Items keys={['languageParts', 'picker', 'realPhones', 'selfEvaluation'].map((key) => `accessibility.limits.${key}`)} />
      <OwnersStatement routeMap={routeMap} />
    </section>
  );
}

export function AboutScreen({ routeMap }: { routeMap: RouteMap }) {
  return (
    <div class="about">
      <ScreenHeading>{text('heading')}</ScreenHeading>
      <Facts routeMap={routeMap} />
      <Privacy />
      <Accessibility routeMap={routeMap} />
      <nav class="step-nav" aria-label={text('heading')}>
        <button type="button" class="button button--quiet" onClick={goBack}>
          {t('step.back')}
        </button>
      </nav>
    </div>
  );
}
