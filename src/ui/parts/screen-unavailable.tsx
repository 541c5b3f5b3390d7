import { t } from '../../i18n/i18n';
import { followLink, PAGES } from '../../navigation';

interface Props {
  /** Failed: an alert. Still loading: a status, replaced by the screen once it arrives. */
  role: 'alert' | 'status';
  heading: string;
}

/** In place of a screen that failed or has not come: 112 and the partner list, never a blank page. */
export function ScreenUnavailable({ role, heading }: Props) {
  return (
    <div class="notice notice--warning screen-error" role={role}>
      <h1>{heading}</h1>
      <p>{t('app.screenErrorHelp')}</p>
      <p class="screen-error__actions">
        <a class="button button--emergency" href="tel:112">
          {t('emergency.call')}
        </a>
        <a class="button button--primary" href={PAGES.partners} onClick={followLink(PAGES.partners)}>
          {t('home.partnersLink')}
        </a>
      </p>
    </div>
  );
}
