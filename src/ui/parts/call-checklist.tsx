import { t } from '../../i18n/i18n';

const ITEMS = ['seen', 'where', 'who', 'facts', 'safe', 'reach'] as const;

/** A memory aid for the call: no fields, nothing stored. */
export function CallChecklist() {
  return (
    <details class="checklist">
      <summary>{t('checklist.summary')}</summary>
      <p class="quiet">{t('checklist.intro')}</p>
      <ul>
        {ITEMS.map((item) => (
          <li>{t(`checklist.${item}`)}</li>
        ))}
      </ul>
    </details>
  );
}
