import { Component, type ComponentChildren } from 'preact';
import { t } from '../i18n/i18n';
import { ScreenUnavailable } from '../ui/parts/screen-unavailable';

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
    return <ScreenUnavailable role="alert" heading={t('app.screenError')} />;
  }
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

  componentDidCatch(error: unknown): void {
    console.warn('A part of the page could not be shown.', error);
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
