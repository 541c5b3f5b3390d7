import { t } from '../../i18n/i18n';
import { HomeLink } from '../parts/home-link';
import { ScreenHeading } from '../parts/screen-heading';

/**
 * /beheer offline when its code is not on this device: never opened with network, or opened
 * before an app update gave its files new names. Says so, instead of the generic screen error.
 */
export function EditorUnavailable() {
  return (
    <>
      <ScreenHeading>{t('editor.unavailable')}</ScreenHeading>
      <p>{t('editor.unavailableHelp')}</p>
      <HomeLink />
    </>
  );
}
