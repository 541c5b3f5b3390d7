import { t } from '../../i18n/i18n';
import { HomeLink } from '../parts/home-link';
import { ScreenHeading } from '../parts/screen-heading';

export function NotFoundScreen() {
  return (
    <>
      <ScreenHeading>{t('step.notFound')}</ScreenHeading>
      <HomeLink />
    </>
  );
}
