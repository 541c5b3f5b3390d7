/**
 * `npm run phone-metadata`: writes the Dutch part of libphonenumber's full ("max") metadata to
 * src/editor/numbering-plan-nl.json, so the numbering-plan check (build, check-data, editor)
 * carries 1 KB instead of the whole world's 140 KB. Run it after upgrading libphonenumber-js;
 * a unit test says when it is needed.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const NL_METADATA_FILE = 'src/editor/numbering-plan-nl.json';

export function dutchMetadata() {
  const full = createRequire(import.meta.url)('libphonenumber-js/metadata.max.json');
  return { version: full.version, country_calling_codes: { 31: full.country_calling_codes['31'] }, countries: { NL: full.countries.NL }, nonGeographic: {} };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  writeFileSync(NL_METADATA_FILE, `${JSON.stringify(dutchMetadata())}\n`);
  console.log(`Wrote ${NL_METADATA_FILE}.`);
}
