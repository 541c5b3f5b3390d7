import { t } from '../../i18n/i18n';
import { navigate } from '../../navigation';

/** "Naar het beginscherm" from a screen with nothing else to do: it takes this screen's place in the history. */
export function HomeLink() {
  return (
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
  );
}
