import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import { loadTexts } from '../../i18n/i18n';
import type { OfflineFacts } from '../../pwa/readiness';
import { ReadinessReport } from './readiness-line';

beforeAll(async () => {
  await loadTexts();
  i18next.addResourceBundle('en', 'translation', en);
});

const TODAY = '2031-05-06';
const READY: OfflineFacts = { serviceWorker: 'controlling', screensCached: true, routeMapStored: true, persisted: true, installed: true, apple: false, lastCheck: TODAY };
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const render = (facts: OfflineFacts | undefined, refused = false) =>
  renderToString(<ReadinessReport facts={facts} today={TODAY} onAskToKeep={() => undefined} refused={refused} />);

describe('the readiness line on Instellingen', () => {
  it('keeps an empty live region while the facts are read', () => {
    const html = render(undefined);
    expect(html).toContain('role="status"');
    expect(textOf(html)).toBe('');
  });

  it('says a ready phone is ready, since when the data was found current, and what it checked', () => {
    const text = textOf(render(READY));
    expect(text).toContain('Ja, deze telefoon is klaar voor gebruik zonder internet.');
    expect(text).toContain('Laatste controle op nieuwe gegevens: 6 mei 2031.');
    expect(text).toContain('De app opent ook zonder internet.');
    expect(text).toContain('De browser bewaart de app, ook als de telefoon vol raakt.');
    expect(text).not.toContain('Wat kunt u doen?');
  });

  it('says what to do before the service worker takes control', () => {
    const text = textOf(render({ ...READY, serviceWorker: 'notControlling', lastCheck: undefined }));
    expect(text).toContain('Nee, deze telefoon is nog niet klaar voor gebruik zonder internet.');
    expect(text).toContain('De app heeft nog niet gecontroleerd of er nieuwere gegevens zijn.');
    expect(text).toContain('Open de app één keer met internet.');
    expect(text).toContain('De app opent nog niet zonder internet.');
  });

  it('tells an iPhone in Safari to add it to the home screen, and offers the button where the browser may clear it', () => {
    expect(textOf(render({ ...READY, apple: true, installed: false }))).toContain('Anders kan de iPhone de app wissen als u hem zeven dagen niet opent.');
    const html = render({ ...READY, persisted: false, installed: false }, true);
    expect(html).toContain('<button');
    expect(textOf(html)).toContain('Vraag de browser de app te bewaren');
    expect(textOf(html)).toContain('De browser zegt nee.');
  });

  it('says it in English too', async () => {
    await i18next.changeLanguage('en');
    const text = textOf(render({ ...READY, serviceWorker: 'unsupported' }));
    await i18next.changeLanguage('nl');
    expect(text).toContain('No, this phone is not ready to work without internet yet.');
    expect(text).toContain('ask your IT department');
  });
});
