import { describe, expect, it } from 'vitest';
import { draftStart } from './draft-start';

const V1 = 2027010101;
const V2 = 2027020101;
const V3 = 2027030101;

describe('what a draft starts from', () => {
  it('is the newest published version when there is no draft yet: the live one once known, else the copy on this device', () => {
    expect(draftStart(undefined, V2, { state: 'known', version: V2 })).toEqual({ kind: 'live', version: V2 });
    expect(draftStart(undefined, V2, { state: 'unknown' })).toEqual({ kind: 'device', version: V2 });
    expect(draftStart(undefined, V2, { state: 'checking' })).toEqual({ kind: 'checking', version: V2 });
  });

  it('is the version a draft began on, refused once a newer one is known to be published', () => {
    expect(draftStart({ basedOn: V1 }, V1, { state: 'unknown' })).toEqual({ kind: 'device', version: V1 });
    expect(draftStart({ basedOn: V1 }, V2, { state: 'known', version: V2 })).toEqual({ kind: 'older', version: V1, published: V2 });
    // Known on this device too: its own copy is newer than the draft's start.
    expect(draftStart({ basedOn: V1 }, V2, { state: 'unknown' })).toEqual({ kind: 'older', version: V1, published: V2 });
  });

  it("is not refused when what is published is the draft's own download", () => {
    expect(draftStart({ basedOn: V1, downloaded: V2 }, V2, { state: 'known', version: V2 })).toEqual({ kind: 'online', version: V1, live: V2 });
    expect(draftStart({ basedOn: V1, downloaded: V2 }, V3, { state: 'known', version: V3 })).toEqual({ kind: 'older', version: V1, published: V3 });
  });

  it('says the version online when this device holds a newer one (a release with newer data, not yet published)', () => {
    expect(draftStart(undefined, V2, { state: 'known', version: V1 })).toEqual({ kind: 'online', version: V2, live: V1 });
  });
});
