import { Component, type ComponentChildren } from 'preact';
import { t } from '../i18n/i18n';
import { followLink, PAGES } from '../navigation';

interface State {
  failed: boolean;
}

/**
 * If a screen still fails to render (bad data that slipped through, a screen that could not be
 * loaded), the user gets 112 and the partner list instead of a blank page.
 */
export class ScreenErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error('This screen could not be shown.', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="notice notice--warning screen-error" role="alert">
        <h1>{t('app.screenError')}</h1>
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
}
