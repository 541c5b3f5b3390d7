// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTexts } from '../i18n/i18n';
import { registered } from '../test/pwa-register-stub';
import { UpdatePrompt } from './update-prompt';

beforeAll(async () => void (await loadTexts()));
afterEach(() => {
  vi.useRealTimers();
  registered.offlineReady = false;
});

describe('"De app werkt nu ook zonder internet"', () => {
  it('stays while the user is on the screen, however long, and goes when they move on', () => {
    vi.useFakeTimers();
    registered.offlineReady = true;
    const root = document.createElement('div');
    act(() => render(<UpdatePrompt screen="/persoon/aangifte-beide" />, root));
    expect(root.textContent).toContain('De app werkt nu ook zonder internet.');
    act(() => void vi.advanceTimersByTime(10 * 60_000));
    expect(root.textContent).toContain('De app werkt nu ook zonder internet.');
    act(() => render(<UpdatePrompt screen="/persoon/aangifte-beide" />, root));
    expect(root.textContent).toContain('De app werkt nu ook zonder internet.');
    act(() => render(<UpdatePrompt screen="/partners" />, root));
    expect(root.textContent).toBe('');
  });
});
