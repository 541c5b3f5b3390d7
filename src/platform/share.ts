/** Sharing a step's link: the Web Share sheet where there is one, else the clipboard. */
import { copyText } from './clipboard';
import { listOf } from '../i18n/format';

/** Whoever receives the link reads Dutch, whatever language the sender's app is in. */
export function shareSummary(partnerNames: string[]): string {
  return `Signaal mensenhandel: neem contact op met ${listOf(partnerNames, 'nl')}.`;
}

export type ShareResult = 'shared' | 'cancelled' | 'copied' | 'failed';

export async function shareLink(url: string, text: string): Promise<ShareResult> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: 'Signalenroutekaart mensenhandel', text, url });
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(url)) ? 'copied' : 'failed';
}
