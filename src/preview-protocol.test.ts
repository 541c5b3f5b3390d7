import { describe, expect, it } from 'vitest';
import { startedAsPreview, type FramedPage } from './preview-protocol';

const ORIGIN = 'https://routekaart.example.nl';
const page = (search: string, parent: FramedPage['parent'] | 'self'): FramedPage => {
  const self: FramedPage = { location: { origin: ORIGIN, pathname: '/persoon/acuut', search }, parent: undefined as never };
  self.parent = parent === 'self' ? self : parent;
  return self;
};
const editor = (pathname: string, origin = ORIGIN) => ({ location: { origin, pathname } });

describe("the app as the editor's preview", () => {
  it("is a preview inside the editor's frame at /beheer, with ?voorbeeld", () => {
    expect(startedAsPreview(page('?voorbeeld', editor('/beheer')))).toBe(true);
    expect(startedAsPreview(page('?voorbeeld', editor('/beheer/')))).toBe(true);
  });

  it('is the app itself with ?voorbeeld opened on its own, shared or bookmarked', () => {
    expect(startedAsPreview(page('?voorbeeld', 'self'))).toBe(false);
  });

  it('is the app itself in a frame of another page of the app, or of another site', () => {
    expect(startedAsPreview(page('?voorbeeld', editor('/partners')))).toBe(false);
    expect(startedAsPreview(page('?voorbeeld', editor('/beheer', 'https://evil.example')))).toBe(false);
    const otherSite = {
      get location(): never {
        throw new DOMException('Blocked a frame with origin from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    expect(startedAsPreview(page('?voorbeeld', otherSite))).toBe(false);
  });

  it("is the app itself in the editor's frame without ?voorbeeld", () => {
    expect(startedAsPreview(page('', editor('/beheer')))).toBe(false);
  });
});
