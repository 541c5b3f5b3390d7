import type { Language } from '../../routemap/types';
import { t } from '../../i18n/i18n';
import { followLink } from '../../navigation';

interface Props {
  language: Language;
  onLanguage: (language: Language) => void;
}

/** On every screen: the way home, the language switch and 112, one tap away. */
export function AppHeader({ language, onLanguage }: Props) {
  const other: Language = language === 'nl' ? 'en' : 'nl';
  return (
    <header class="bar">
      <a class="bar__home" href="/" onClick={followLink('/')} aria-label={t('app.homeLink')}>
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>{t('app.short')}</span>
      </a>
      <button type="button" class="bar__language" lang={other} onClick={() => onLanguage(other)} aria-label={t('language.switchLabel')}>
        {t('language.switch')}
      </button>
      <a class="bar__emergency" href="tel:112" aria-label={t('emergency.label')}>
        {t('emergency.call')}
      </a>
    </header>
  );
}
