// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTexts } from '../i18n/i18n';
import { lazyComponent } from '../ui/parts/lazy';
import { ScreenErrorBoundary } from './screen-error-boundary';

beforeAll(async () => void (await loadTexts()));
afterEach(() => vi.restoreAllMocks());

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'nl')");
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a screen that fails to render', () => {
  it('leaves 112 and the partner list one tap away, and logs why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('main');
    render(
      <ScreenErrorBoundary>
        <Broken />
      </ScreenErrorBoundary>,
      root,
    );
    await settle();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('h1')!.textContent).toBe('De app kan dit scherm nu niet tonen.');
    expect([...alert.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Bel 112', 'tel:112'],
      ['Alle partners', '/partners'],
    ]);
    expect(logged).toHaveBeenCalledWith('This screen could not be shown.', expect.any(TypeError));
  });

  it('also when its code could not be loaded (offline, never cached)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const Unreachable = lazyComponent<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const root = document.createElement('main');
    render(
      <ScreenErrorBoundary>
        <Unreachable />
      </ScreenErrorBoundary>,
      root,
    );
    await settle();
    await settle();
    expect(root.querySelector('[role="alert"] a[href="tel:112"]')).not.toBeNull();
  });
});
