import { t } from '../../i18n/i18n';
import { navigate } from '../../navigation';
import { ScreenHeading } from '../parts/screen-heading';

export function NotFoundScreen() {
  return (
    <>
      <ScreenHeading>{t('step.notFound')}</ScreenHeading>
      <p>
        <a
          class="button button--primary"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            navigate('/', [], true);
          }}
        >
          {t('step.toHome')}
        </a>
      </p>
    </>
  );
}
