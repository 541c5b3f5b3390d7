// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/i18n';
import { lazyComponent } from './lazy';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a lazy screen', () => {
  // First in this file: i18next is not up yet, as at the app's start.
  it('arrives with every interface text, without an import of its own for them', async () => {
    expect(t('step.restart')).toBe('step.restart');
    const Screen = lazyComponent<object>(async () => () => <a href="/">{t('step.restart')}</a>);
    const root = document.createElement('main');
    render(<Screen />, root);
    await Screen.preload();
    await settle();
    expect(root.querySelector('a')?.textContent).toBe('Begin opnieuw');
  });

  it('appears when its code arrives between the first render and the effects (a tap while the idle preload is in flight)', async () => {
    let arrive!: () => void;
    const code = new Promise<void>((resolve) => (arrive = resolve));
    const Screen = lazyComponent<object>(async () => {
      await code;
      return () => <h1>Vraag 1</h1>;
    });
    void Screen.preload();
    const root = document.createElement('main');
    render(<Screen />, root);
    expect(root.innerHTML).toBe('');
    arrive();
    await Screen.preload();
    await settle();
    expect(root.querySelector('h1')?.textContent).toBe('Vraag 1');
  });

  it('says it is still coming, with 112, when its code neither arrives nor fails, and shows the screen if it still comes', async () => {
    let arrive!: () => void;
    const code = new Promise<void>((resolve) => (arrive = resolve));
    const Screen = lazyComponent<object>(async () => {
      await code;
      return () => <h1>Vraag 1</h1>;
    }, 20);
    const root = document.createElement('main');
    render(<Screen />, root);
    await settle();
    expect(root.querySelector('[role="status"] h1')?.textContent).toBe('Dit scherm laadt nog.');
    expect(root.querySelector('[role="status"] a[href="tel:112"]')).not.toBeNull();
    arrive();
    await Screen.preload();
    await settle();
    expect(root.querySelector('[role="status"]')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Vraag 1');
  });

  it('renders at once when its code is already here', async () => {
    const Screen = lazyComponent<object>(async () => () => <h1>Alle partners</h1>);
    await Screen.preload();
    const root = document.createElement('main');
    render(<Screen />, root);
    expect(root.querySelector('h1')?.textContent).toBe('Alle partners');
  });
});
