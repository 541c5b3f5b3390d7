/** The files that let another government adopt the code, read as a lawyer would: the licence text. */
import { readFileSync } from 'node:fs';
import licenses from 'spdx-license-list/full.js';
import { describe, expect, it } from 'vitest';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string };

describe('the licence', () => {
  it('is EUPL-1.2 in LICENSE, word for word as the SPDX licence list has it, and in package.json', () => {
    expect(readFileSync('LICENSE', 'utf8')).toBe(`${licenses['EUPL-1.2'].licenseText}\n`);
    expect(packageJson.license).toBe('EUPL-1.2');
  });
});
