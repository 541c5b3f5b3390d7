/**
 * "Werkt de app zonder internet?" on Instellingen: whether this phone is ready for the day it is
 * needed, months from now, what the app checked, and what to do when it is not ready. Read when
 * the screen opens and again when a service worker takes control; nothing is stored for it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { currentLanguage, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { localDate } from '../../routemap/version';
import { onControllerChange, readOfflineFacts } from '../../pwa/offline-facts';
import { askToKeepData } from '../../pwa/persist';
import { readinessOf, type Advice, type OfflineFacts } from '../../pwa/readiness';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

interface ReportProps {
  /** Undefined while they are being read: the verdict's live region is there already, empty. */
  facts: OfflineFacts | undefined;
  /** YYYY-MM-DD, from the device's clock. */
  today: string;
  onAskToKeep: () => void;
  /** The browser said no to the last request to keep the app. */
  refused: boolean;
}

/**
 * The verdict, the advice and the facts behind it. Only the verdict is a live region: it is
 * announced when it arrives and when it changes (a service worker takes control), the rest is read on request.
 */
export function ReadinessReport({ facts, today, onAskToKeep, refused }: ReportProps) {
  const readiness = facts && readinessOf(facts, today);
  const box = readiness ? (readiness.level === 'ready' ? 'notice readiness' : 'notice notice--warning readiness') : 'readiness';
  return (
    <>
      <div class={box}>
        <p role="status" id="readiness-verdict">
          {readiness && <strong>{t(`readiness.level.${readiness.level}`)}</strong>}
        </p>
        {facts && <p>{facts.lastCheck ? t('readiness.lastCheck', { date: formatDate(facts.lastCheck, currentLanguage()) }) : t('readiness.noCheck')}</p>}
      </div>
      {readiness && <AdviceList advice={readiness.advice} onAskToKeep={onAskToKeep} refused={refused} />}
      {facts && <FactList facts={facts} />}
    </>
  );
}

function AdviceList({ advice, onAskToKeep, refused }: { advice: Advice[]; onAskToKeep: () => void; refused: boolean }) {
  if (advice.length === 0) return null;
  return (
    <>
      <h3>{t('readiness.adviceHeading')}</h3>
      <ul>
        {advice.map((item) => (
          <li>{t(`readiness.advice.${item}`)}</li>
        ))}
      </ul>
      {advice.includes('askToKeep') && (
        <p>
          <button type="button" class="button button--quiet" onClick={onAskToKeep}>
            {t('readiness.askButton')}
          </button>
        </p>
      )}
      {refused && <p>{t('readiness.askRefused')}</p>}
    </>
  );
}

function FactList({ facts }: { facts: OfflineFacts }) {
  const persisted = facts.persisted === undefined ? 'unknown' : yesNo(facts.persisted);
  return (
    <details>
      <summary>{t('readiness.factsHeading')}</summary>
      <ul>
        <li>{t(`readiness.facts.serviceWorker.${yesNo(facts.serviceWorker === 'controlling')}`)}</li>
        <li>{t(`readiness.facts.screens.${yesNo(facts.screensCached)}`)}</li>
        <li>{t(`readiness.facts.map.${yesNo(facts.routeMapStored)}`)}</li>
        <li>{t(`readiness.facts.persisted.${persisted}`)}</li>
      </ul>
    </details>
  );
}

export function ReadinessLine() {
  const [facts, setFacts] = useState<OfflineFacts>();
  const [refused, setRefused] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const focusAt = useRef<{ element: Element; top: number } | undefined>(undefined);
  // New facts can take away advice above the focused button. The browser's scroll anchoring
  // cannot hold the page still on an element that goes, so the button would jump, possibly
  // under the sticky header (WCAG 2.4.11). Note where it was, and keep it there.
  const show = (read: OfflineFacts) => {
    const focused = document.activeElement;
    if (focused && root.current?.contains(focused)) focusAt.current = { element: focused, top: focused.getBoundingClientRect().top };
    setFacts(read);
  };
  useLayoutEffect(() => {
    const kept = focusAt.current;
    focusAt.current = undefined;
    if (kept?.element.isConnected) window.scrollBy({ top: kept.element.getBoundingClientRect().top - kept.top, behavior: 'instant' });
  }, [facts]);
  useEffect(() => {
    let live = true;
    const read = () => void readOfflineFacts().then((read) => live && show(read));
    read();
    const stop = onControllerChange(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const askToKeep = async () => {
    setRefused(!(await askToKeepData()));
    show(await readOfflineFacts());
  };
  return (
    <div id="readiness" ref={root}>
      <ReadinessReport facts={facts} today={localDate(new Date())} onAskToKeep={() => void askToKeep()} refused={refused} />
    </div>
  );
}
