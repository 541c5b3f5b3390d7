import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { decideUpdate } from './update';
import { MAX_FILE_BYTES } from './data-file';
import { isOutdated } from './age';

const current = shipped as RouteMap;

function published(change: (file: any) => void = () => undefined): string {
  const file = structuredClone(shipped) as any;
  change(file);
  return JSON.stringify(file);
}

describe('deciding whether a published data file replaces the one in use', () => {
  it('accepts a valid file with a newer version', () => {
    const decision = decideUpdate(
      current,
      published((f) => (f.version = current.version + 1)),
    );
    expect(decision).toMatchObject({ accept: true, routeMap: { version: current.version + 1 } });
  });

  it('refuses the same version', () => {
    expect(decideUpdate(current, published())).toMatchObject({ accept: false, reason: 'not-newer' });
  });

  it('refuses an older version', () => {
    expect(
      decideUpdate(
        current,
        published((f) => (f.version = current.version - 1)),
      ),
    ).toMatchObject({
      accept: false,
      reason: 'not-newer',
    });
  });

  it('refuses a file that is not JSON', () => {
    expect(decideUpdate(current, '<!doctype html><title>404</title>')).toMatchObject({ accept: false, reason: 'not-json' });
  });

  it('refuses a newer file that fails the schema, saying where', () => {
    const decision = decideUpdate(
      current,
      published((f) => {
        f.version = current.version + 1;
        f.partners.shop.phones[0].number = '070-12';
      }),
    );
    expect(decision).toMatchObject({ accept: false, reason: 'invalid' });
    expect(decision.accept === false && decision.detail).toContain('partners.shop.phones[0].number');
  });

  it.each(['http://www.voorbeeld.nl/contact', 'javascript:alert(1)', 'data:text/html,hallo'])('refuses a newer file carrying the link %s', (link) => {
    const decision = decideUpdate(
      current,
      published((f) => {
        f.version = current.version + 1;
        f.partners.riec.notes[0].nl = `Zie ${link}`;
      }),
    );
    expect(decision).toMatchObject({ accept: false, reason: 'invalid' });
    expect(decision.accept === false && decision.detail).toContain('partners.riec.notes[0].nl: contains a link that is not tel:, mailto: or https:');
  });

  it('refuses a file larger than 256 KB, even if it is valid and newer', () => {
    const text = published((f) => {
      f.version = current.version + 1;
      f.partners.shop.purpose.nl = 'x'.repeat(MAX_FILE_BYTES);
    });
    expect(decideUpdate(current, text)).toMatchObject({ accept: false, reason: 'too-large' });
  });
});

describe('data age', () => {
  it('calls contacts checked more than twelve months ago outdated', () => {
    expect(isOutdated('2025-01-10', new Date('2026-01-09T12:00:00Z'))).toBe(false);
    expect(isOutdated('2025-01-10', new Date('2026-01-12T12:00:00Z'))).toBe(true);
  });
});
