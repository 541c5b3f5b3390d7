import { Component, type ComponentChildren } from 'preact';
import { t } from '../i18n/i18n';
import { ScreenUnavailable } from '../ui/parts/screen-unavailable';

interface State {
  failed: boolean;
}

/**
 * Around a part outside the screen (the update message, the list of changed contacts): if its code
 * cannot be loaded (offline before it reached the cache), the part is left out, and the app and
 * its 112 stay, instead of the error reaching the app's root.
 */
export class PartErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  /** What the console is told when it fails. */
  protected readonly failure: string = 'A part of the page could not be shown.';

  componentDidCatch(error: unknown): void {
    console.error(this.failure, error);
  }

  /** What shows instead of a part that failed. */
  protected fallback(): ComponentChildren {
    return null;
  }

  render() {
    return this.state.failed ? this.fallback() : this.props.children;
  }
}

/**
 * If a screen still fails to render (bad data that slipped through, a screen that could not be
 * loaded), the user gets 112 and the partner list instead of a blank page.
 */
export class ScreenErrorBoundary extends PartErrorBoundary {
  protected readonly failure = 'This screen could not be shown.';

  protected fallback(): ComponentChildren {
    return <ScreenUnavailable role="alert" heading={t('app.screenError')} />;
  }
}
