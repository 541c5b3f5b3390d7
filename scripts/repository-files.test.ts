/**
 * The files that let another government adopt the code: the licence text and publiccode.yml
 * (format 0.4 of the publiccode.yml standard), read as a catalogue or a lawyer would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import licenses from 'spdx-license-list/full.js';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string };

const publiccodeDocument = parseDocument(readFileSync('publiccode.yml', 'utf8'));

/** The languages the app's own screens speak: one locale file each (the editor's beside them). */
const appLanguages = readdirSync('locales')
  .filter((name) => /^[a-z]{2}\.json$/.test(name))
  .map((name) => name.slice(0, 2));

describe('the licence', () => {
  it('is EUPL-1.2 in LICENSE, word for word as the SPDX licence list has it, and in package.json', () => {
    expect(readFileSync('LICENSE', 'utf8')).toBe(`${licenses['EUPL-1.2'].licenseText}\n`);
    expect(packageJson.license).toBe('EUPL-1.2');
  });
});

describe('publiccode.yml', () => {
  const publiccode = publiccodeDocument.toJS() as Record<string, any>;

  it('parses as YAML, with every key the format makes mandatory', () => {
    expect(publiccodeDocument.errors).toEqual([]);
    expect(publiccodeDocument.warnings).toEqual([]);
    for (const key of [
      'publiccodeYmlVersion',
      'name',
      'url',
      'platforms',
      'categories',
      'developmentStatus',
      'softwareType',
      'description',
      'legal',
      'maintenance',
      'localisation',
    ]) {
      expect(publiccode, key).toHaveProperty(key);
    }
  });

  it('says which format it follows and names the software, its platform and its kind', () => {
    expect(publiccode.publiccodeYmlVersion).toBe('0.4');
    expect(publiccode.name).toEqual(expect.stringMatching(/\S/));
    expect(new URL(publiccode.url).protocol).toMatch(/^https?:$/);
    expect(publiccode.platforms).toEqual(['web']);
    expect(publiccode.categories.length).toBeGreaterThan(0);
    for (const category of publiccode.categories) expect(category).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(publiccode.developmentStatus);
    expect(publiccode.softwareType).toBe('standalone/web');
  });

  it("describes it in Dutch and English within the format's lengths, with features and screenshots that exist", () => {
    expect(Object.keys(publiccode.description).sort()).toEqual(['en', 'nl']);
    for (const [language, description] of Object.entries<Record<string, any>>(publiccode.description)) {
      expect(description.shortDescription, language).toEqual(expect.stringMatching(/^[^\n]{1,150}$/));
      expect(description.longDescription.length, language).toBeGreaterThanOrEqual(150);
      expect(description.longDescription.length, language).toBeLessThanOrEqual(10_000);
      expect(description.features.length, language).toBeGreaterThan(0);
      expect(description.screenshots.length, language).toBeGreaterThan(0);
      for (const screenshot of description.screenshots) {
        expect(screenshot, language).toMatch(/^docs\/[^/]+\.(png|jpe?g)$/);
        expect(existsSync(screenshot), screenshot).toBe(true);
      }
    }
  });

  it('has the licence of LICENSE and package.json', () => {
    expect(publiccode.legal.license).toBe(packageJson.license);
  });

  it('names the languages the app speaks', () => {
    expect(appLanguages.sort()).toEqual(['en', 'nl']);
    expect(publiccode.localisation).toEqual({ localisationReady: true, availableLanguages: expect.any(Array) });
    expect([...publiccode.localisation.availableLanguages].sort()).toEqual(appLanguages);
  });

  it('says how it is maintained, with the people or the firm the format asks for that kind', () => {
    const { type, contacts, contractors } = publiccode.maintenance;
    expect(['internal', 'contract', 'community', 'none']).toContain(type);
    if (type === 'internal' || type === 'community') {
      expect(contacts).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/\S/) })]));
    }
    if (type === 'contract') {
      expect(contractors).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/\S/), until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]));
    } else {
      expect(contractors).toBeUndefined();
    }
  });
});
