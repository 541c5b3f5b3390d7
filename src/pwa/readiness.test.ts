import { describe, expect, it } from 'vitest';
import { CHECK_WITHIN_DAYS, readinessOf, type OfflineFacts } from './readiness';

const TODAY = '2031-05-06';
/** An Android phone with the app installed and everything in place, checked today. */
const READY: OfflineFacts = {
  serviceWorker: 'controlling',
  screensCached: true,
  routeMapStored: true,
  persisted: true,
  installed: true,
  apple: false,
  lastCheck: TODAY,
};
const daysBefore = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('ready to work without internet', () => {
  it('is ready with the service worker in control, every screen cached, the map stored and the storage kept', () => {
    expect(readinessOf(READY, TODAY)).toEqual({ level: 'ready', advice: [] });
  });

  it('is not ready before the service worker takes control, or with a screen or the map missing: open it once with internet', () => {
    for (const gap of [{ serviceWorker: 'notControlling' }, { screensCached: false }, { routeMapStored: false }] as const) {
      expect(readinessOf({ ...READY, ...gap }, TODAY), JSON.stringify(gap)).toEqual({ level: 'notReady', advice: ['openOnline'] });
    }
  });

  it('is not ready where the browser has no service worker (a private window, or switched off): open it in a normal window', () => {
    expect(readinessOf({ ...READY, serviceWorker: 'unsupported' }, TODAY)).toEqual({ level: 'notReady', advice: ['normalWindow'] });
  });

  it('is at risk on an iPhone in the browser, which may clear it after seven days unused: add it to the home screen', () => {
    expect(readinessOf({ ...READY, apple: true, installed: false }, TODAY)).toEqual({ level: 'atRisk', advice: ['addToHomeScreen'] });
    expect(readinessOf({ ...READY, apple: true, installed: false, persisted: true }, TODAY).level).toBe('atRisk');
    expect(readinessOf({ ...READY, apple: true, installed: true }, TODAY)).toEqual({ level: 'ready', advice: [] });
  });

  it('is at risk where the browser may clear the storage when space runs low: install it, or ask the browser to keep it', () => {
    expect(readinessOf({ ...READY, persisted: false, installed: false }, TODAY)).toEqual({ level: 'atRisk', advice: ['install', 'askToKeep'] });
    expect(readinessOf({ ...READY, persisted: false }, TODAY)).toEqual({ level: 'atRisk', advice: ['askToKeep'] });
    // A browser that cannot say: no alarm, no button.
    expect(readinessOf({ ...READY, persisted: undefined }, TODAY)).toEqual({ level: 'ready', advice: [] });
  });

  it(`asks for a visit with internet when the data was last found current more than ${CHECK_WITHIN_DAYS} days ago, or never`, () => {
    expect(readinessOf({ ...READY, lastCheck: daysBefore(CHECK_WITHIN_DAYS) }, TODAY).advice).toEqual([]);
    expect(readinessOf({ ...READY, lastCheck: daysBefore(CHECK_WITHIN_DAYS + 1) }, TODAY)).toEqual({ level: 'ready', advice: ['checkOnline'] });
    expect(readinessOf({ ...READY, lastCheck: undefined }, TODAY).advice).toEqual(['checkOnline']);
    // Not ready at all: opening it with internet is the advice already.
    expect(readinessOf({ ...READY, serviceWorker: 'notControlling', lastCheck: undefined }, TODAY).advice).toEqual(['openOnline']);
  });

  it("judges by the date it is given, not by the device's clock", () => {
    const facts = { ...READY, lastCheck: '2026-12-01' };
    expect(readinessOf(facts, '2026-12-31').advice).toEqual([]);
    expect(readinessOf(facts, '2027-12-31').advice).toEqual(['checkOnline']);
  });
});
