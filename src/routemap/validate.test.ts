import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import anotherRegion from '../../e2e/fixtures/andere-regio.json';
import { validateRouteMap, type Problem } from './validate';

/** A deep copy of the shipped file with one change made to it. */
function broken(change: (file: any) => void): unknown {
  const file = structuredClone(shipped);
  change(file);
  return file;
}

/** Where and what; the kind (for the editor's own wording) is tested on its own below. */
function problemsOf(value: unknown): Problem[] {
  const result = validateRouteMap(value);
  return result.ok ? [] : result.problems.map(({ path, message }) => ({ path, message }));
}

function kindsOf(value: unknown): Array<[string, string | undefined]> {
  const result = validateRouteMap(value);
  return result.ok ? [] : result.problems.map(({ path, kind }) => [path, kind]);
}

describe("schema 2: per-partner dates and the map's own texts", () => {
  it('still accepts a file without them (schema 1)', () => {
    const file = broken((f) => {
      delete f.texts;
      delete f.copied;
    });
    expect(problemsOf(file)).toEqual([]);
  });

  it("accepts a partner verified on or before the file's date, and not after it", () => {
    expect(problemsOf(broken((f) => (f.partners.shop.checked = '2026-11-29')))).toEqual([]);
    expect(problemsOf(broken((f) => (f.partners.shop.checked = '2026-11-30')))).toEqual([
      { path: 'partners.shop.checked', message: "names 2026-11-30, after the file's own date 2026-11-29" },
    ]);
    expect(problemsOf(broken((f) => (f.partners.shop.checked = '29-11-2026')))).toEqual([{ path: 'partners.shop.checked', message: 'must be a date written as YYYY-MM-DD' }]);
  });

  it("checks the map's texts like any other text", () => {
    const file = broken((f) => {
      f.texts.intro.en = ' ';
      f.texts.spirit = 'only Dutch';
      f.texts.consult.nl = 'Zie javascript:alert(1)';
    });
    expect(problemsOf(file).map((p) => p.path)).toEqual(['texts.intro.en', 'texts.spirit', 'texts.consult.nl']);
  });
});

describe('schema 3: the owners\' facts for "Over deze app"', () => {
  const owners = { name: 'Gemeente Voorbeeld', feedback: 'toegankelijkheid@voorbeeld.nl', statement: 'https://www.toegankelijkheidsverklaring.nl/register/1', status: 'B' };

  it('accepts a file without them, with each alone, and with all four', () => {
    expect(problemsOf(shipped)).toEqual([]);
    for (const [key, value] of Object.entries(owners)) expect(problemsOf(broken((f) => (f.publisher = { [key]: value }))), key).toEqual([]);
    expect(problemsOf(broken((f) => (f.publisher = owners)))).toEqual([]);
  });

  it('checks the feedback address by the one e-mail rule and the statement by the web-address rule', () => {
    const file = broken((f) => (f.publisher = { ...owners, feedback: 'toegankelijkheid+app@voorbeeld.nl', statement: 'https://www.voorbeeld.nl@evil.example/' }));
    expect(kindsOf(file)).toEqual([
      ['publisher.feedback', 'email'],
      ['publisher.statement', 'https'],
    ]);
    // An http: address is a foreign link too, wherever it stands.
    expect(kindsOf(broken((f) => (f.publisher = { statement: 'http://www.voorbeeld.nl/' })))).toEqual([
      ['publisher.statement', 'https'],
      ['publisher.statement', 'link'],
    ]);
  });

  it("takes only the national model's statuses A to E", () => {
    for (const status of ['A', 'B', 'C', 'D', 'E']) expect(problemsOf(broken((f) => (f.publisher = { status }))), status).toEqual([]);
    for (const status of ['F', 'a', 'voldoet volledig', 1]) {
      expect(kindsOf(broken((f) => (f.publisher = { status }))), String(status)).toEqual([['publisher.status', 'status']]);
    }
  });

  it('refuses an empty name, a publisher that is no object, and a foreign link or a control character in the name', () => {
    expect(kindsOf(broken((f) => (f.publisher = { name: ' ' })))).toEqual([['publisher.name', 'required']]);
    expect(problemsOf(broken((f) => (f.publisher = 'Gemeente Voorbeeld'))).map((p) => p.path)).toEqual(['publisher']);
    expect(kindsOf(broken((f) => (f.publisher = { name: 'Zie javascript:alert(1)' })))).toEqual([['publisher.name', 'link']]);
    expect(kindsOf(broken((f) => (f.publisher = { name: 'Gemeente\u202eVoorbeeld' })))).toEqual([['publisher.name', 'control']]);
  });
});

describe('each problem a maintainer can type has a kind the editor words', () => {
  it('names the kind of a wrong phone number, address, link, date and missing text', () => {
    const file = broken((f) => {
      f.partners.shop.phones[1].number = '06-1234';
      f.partners.shop.emails[0].address = 'info@';
      f.partners.nla.websites[0].url = 'http://www.nlarbeidsinspectie.nl';
      f.partners.riec.checked = 'gisteren';
      f.partners.avim.about.en = '';
      f.partners.avim.name = '';
    });
    expect(kindsOf(file)).toEqual([
      ['partners.nla.websites[0].url', 'https'],
      ['partners.avim.name', 'required'],
      ['partners.avim.about.en', 'language'],
      ['partners.shop.phones[1].number', 'phone'],
      ['partners.shop.emails[0].address', 'email'],
      ['partners.riec.checked', 'date'],
      ['partners.nla.websites[0].url', 'link'],
    ]);
  });
});

describe('the route map validator', () => {
  it('accepts the file that ships with the app', () => {
    expect(problemsOf(shipped)).toEqual([]);
  });

  it('rejects a step that cannot be reached', () => {
    const file = broken((f) => (f.routes.persoon.steps.vergeten = { type: 'end' }));
    expect(problemsOf(file)).toContainEqual({
      path: 'routes.persoon.steps.vergeten',
      message: 'cannot be reached from the start of the route',
    });
    expect(kindsOf(file)).toContainEqual(['routes.persoon.steps.vergeten', 'unreachable']);
  });

  it('rejects an answer that leads nowhere', () => {
    const file = broken((f) => (f.routes.locatie.steps.arbeid.no = 'bestaat-niet'));
    expect(problemsOf(file)).toContainEqual({
      path: 'routes.locatie.steps.arbeid.no',
      message: 'leads nowhere: there is no step "bestaat-niet"',
    });
  });

  it('rejects a choice option that leads nowhere', () => {
    const file = broken((f) => (f.routes.persoon.steps['aangifte-vorm'].options[2].next = 'weg'));
    expect(problemsOf(file).map((p) => p.path)).toContain('routes.persoon.steps.aangifte-vorm.options[2].next');
  });

  it('rejects a flow that can loop', () => {
    const file = broken((f) => (f.routes.persoon.steps['ondersteuning-shop'].next = 'acuut'));
    expect(problemsOf(file)).toContainEqual({
      path: 'routes.persoon.steps.acuut',
      message: 'the route can loop back to step "acuut"',
    });
    expect(kindsOf(file)).toContainEqual(['routes.persoon.steps.acuut', 'loop']);
  });

  it('rejects an outcome that names an unknown partner', () => {
    const file = broken((f) => (f.routes.locatie.steps['arbeid-nla'].partners = ['nla', 'onbekend']));
    expect(problemsOf(file)).toContainEqual({
      path: 'routes.locatie.steps.arbeid-nla.partners[1]',
      message: 'names an unknown partner "onbekend"',
    });
  });

  // One digit too many, built here so no such number appears as a literal anywhere in the sources.
  it.each(['070-123', '0031707654321', '+31707654321', '1234567890', `${'070-7654321'}0`, 'bel ons'])('rejects "%s" as a Dutch phone number', (number) => {
    const file = broken((f) => (f.partners.shop.phones[0].number = number));
    expect(problemsOf(file)).toContainEqual({
      path: 'partners.shop.phones[0].number',
      message: `"${number}" is not a valid Dutch phone number`,
    });
  });

  it.each(['0906-1234567', '0909-1234567', '084-1234567', '085-1234567', '087-1234567', '066-1234567', '067-1234567', '091-1234567', '06-91234567'])(
    'rejects "%s": only geographic, mobile, 088, 0800, 0900 numbers and 112 are allowed',
    (number) => {
      const file = broken((f) => (f.partners.shop.phones[0].number = number));
      expect(kindsOf(file)).toEqual([['partners.shop.phones[0].number', 'phone']]);
    },
  );

  it('rejects a web address that is not https', () => {
    const file = broken((f) => (f.partners.riec.websites[0].url = 'http://www.voorbeeld.nl/contact'));
    expect(problemsOf(file)).toContainEqual({
      path: 'partners.riec.websites[0].url',
      message: '"http://www.voorbeeld.nl/contact" is not an https web address as the browser writes it, without user part or port',
    });
  });

  it.each([
    'https://www.voorbeeld.nl@evil.example/',
    'https://www.voorbeeld.nl/contact\r\nTEL;TYPE=CELL:+31612345678',
    'https://www.voorbeeld.nl:8443/contact',
    'https://www.voorbeeld.nl',
  ])('refuses the web address %j: only an https address exactly as the browser writes it, with no user part or port', (url) => {
    const file = broken((f) => (f.partners.riec.websites[0].url = url));
    expect(kindsOf(file)).toContainEqual(['partners.riec.websites[0].url', 'https']);
  });

  it.each([
    'info@',
    `info ${'test'}@voorbeeld-stichting.nl`,
    'info@voorbeeld-stichting',
    'mailto:info@voorbeeld-stichting.nl',
    'leak%40evil.example%2Cinfo@voorbeeld-stichting.nl',
    'info@voorbeeld-stichting.nl?bcc=leak@evil.example',
    '"leak@evil.example,"@voorbeeld-stichting.nl',
  ])('rejects the malformed e-mail address "%s"', (address) => {
    const file = broken((f) => (f.partners.shop.emails[0].address = address));
    expect(problemsOf(file).map((p) => p.path)).toContain('partners.shop.emails[0].address');
  });

  it('rejects a text that lacks English', () => {
    const file = broken((f) => delete f.routes.locatie.steps.branches.text.en);
    expect(problemsOf(file)).toContainEqual({
      path: 'routes.locatie.steps.branches.text.en',
      message: 'the English text is missing',
    });
  });

  it('rejects a text that lacks Dutch', () => {
    const file = broken((f) => (f.partners.avim.notes[0].nl = ' '));
    expect(problemsOf(file)).toContainEqual({
      path: 'partners.avim.notes[0].nl',
      message: 'the Dutch text is missing',
    });
  });

  it('rejects a file without a version or a valid checked date', () => {
    const file = broken((f) => {
      delete f.version;
      f.checked = '2026-13-40';
    });
    expect(problemsOf(file).map((p) => p.path)).toEqual(['version', 'checked']);
  });

  it('rejects something that is not a route map at all', () => {
    expect(problemsOf(null)).toEqual([{ path: '(root)', message: 'must be an object' }]);
    expect(problemsOf({ version: 2026010101, checked: '2026-01-01' }).map((p) => p.path)).toEqual(['regions', 'partners', 'routes']);
  });
});

describe("references count only the map's own entries", () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('rejects an outcome naming the inherited key "%s" as a partner', (key) => {
    const file = broken((f) => (f.routes.locatie.steps['arbeid-nla'].partners = ['nla', key]));
    expect(problemsOf(file)).toContainEqual({
      path: 'routes.locatie.steps.arbeid-nla.partners[1]',
      message: `names an unknown partner "${key}"`,
    });
  });

  it('rejects answers, the start and a partner region that name inherited keys', () => {
    const file = broken((f) => {
      f.routes.locatie.steps.arbeid.no = 'toString';
      f.routes.persoon.start = 'constructor';
      f.routes.persoon.steps['aangifte-vorm'].options[0].next = 'hasOwnProperty';
      f.partners['zvh-haaglanden'].region = 'constructor';
    });
    const paths = problemsOf(file).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['routes.locatie.steps.arbeid.no', 'routes.persoon.start', 'routes.persoon.steps.aangifte-vorm.options[0].next', 'partners.zvh-haaglanden.region']),
    );
  });

  it.each(['Shop', 'shop_2', '-shop', 'x'.repeat(65), '__proto__', 'sh op', 'ü'])('rejects "%s" as an id: ids are lower-case letters, digits and hyphens', (id) => {
    const file = JSON.parse(
      JSON.stringify(shipped)
        .replace('"riec":{', `${JSON.stringify(id)}:{`)
        .replaceAll('"riec"', JSON.stringify(id)),
    );
    expect(problemsOf(file).map((p) => p.path)).toContain(`partners.${id}`);
  });
});

describe('every partner can be reached', () => {
  it('refuses a partner with no phone number, e-mail address or website, as a problem the editor words', () => {
    const file = broken((f) => {
      f.partners['heit-prostitutie'].websites = [];
    });
    expect(kindsOf(file)).toEqual([['partners.heit-prostitutie.phones', 'contact']]);
  });

  it('accepts a partner reached only by e-mail', () => {
    expect(problemsOf(broken((f) => (f.partners.riec.websites = [])))).toEqual([]);
  });
});

describe('the version cannot lock the apps to a file', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  const problemsAt = (value: unknown) => {
    const result = validateRouteMap(value, { now });
    return result.ok ? [] : result.problems;
  };

  it.each([
    [99999999999999, 'must be written as YYYYMMDDnn with a real date, e.g. 2026112901'],
    [20261129010, 'must be written as YYYYMMDDnn with a real date, e.g. 2026112901'],
    [202611290, 'must be written as YYYYMMDDnn with a real date, e.g. 2026112901'],
    [2026023001, 'must be written as YYYYMMDDnn with a real date, e.g. 2026112901'],
    [2026113.5, 'must be written as YYYYMMDDnn with a real date, e.g. 2026112901'],
    [2026112801, 'names 2026-11-28, before the checked date 2026-11-29'],
    [2027010101, 'names 2027-01-01, more than 31 days from today'],
  ])('refuses version %s', (version, message) => {
    // Without the copied date, which a version dated before it would also break.
    const file = broken((f) => {
      f.version = version;
      delete f.copied;
    });
    expect(problemsAt(file)).toEqual([{ path: 'version', message }]);
  });

  it('accepts a version dated a month ahead, for clocks and time zones that differ', () => {
    expect(problemsAt(broken((f) => (f.version = 2026122999)))).toEqual([]);
  });

  it('judges a copy already stored by the file alone: without a clock, no date is too far ahead', () => {
    const ahead = broken((f) => (f.version = 2027010101));
    expect(problemsOf(ahead)).toEqual([]);
  });
});

describe('any input is checked with bounded work', () => {
  function nested(levels: number): unknown {
    let value: unknown = {};
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  }

  it('refuses an unknown field holding 20 000 nested objects, without walking it', () => {
    const file = broken((f) => (f.extra = nested(20_000)));
    expect(problemsOf(file)).toEqual([{ path: 'extra.a.a.a.a.a.a.a.a.a.a.a', message: 'is nested more than 12 levels deep' }]);
  });

  it('refuses a file holding more values than a route map could', () => {
    const file = broken((f) => (f.extra = Array.from({ length: 30_000 }, (_, i) => i)));
    expect(problemsOf(file)).toEqual([{ path: 'extra', message: 'holds 30000 entries; a route map needs far fewer' }]);
  });

  it('refuses an overlong text', () => {
    const file = broken((f) => (f.partners.shop.purpose.en = 'x'.repeat(5_000)));
    expect(problemsOf(file)).toEqual([{ path: 'partners.shop.purpose.en', message: 'is 5000 characters long; at most 4000 are allowed' }]);
  });

  it('refuses more partners than a map could hold', () => {
    const file = broken((f) => {
      for (let i = 0; i < 201; i++) f.partners[`p${i}`] = f.partners.riec;
    });
    expect(problemsOf(file)).toContainEqual({ path: 'partners', message: 'holds 210 entries; at most 200 are allowed' });
  });

  it('ignores an unknown top-level field of a sensible size', () => {
    expect(problemsOf(broken((f) => (f.comment = { by: 'RIEC' })))).toEqual([]);
  });
});

describe('the municipality table', () => {
  it('holds the 27 municipalities of police unit Den Haag, 9 in Haaglanden and 18 in Hollands Midden', () => {
    expect(shipped.regions.haaglanden.municipalities).toHaveLength(9);
    expect(shipped.regions['hollands-midden'].municipalities).toHaveLength(18);
  });

  it('rejects a municipality in two regions', () => {
    const file = broken((f) => f.regions.haaglanden.municipalities.push('Leiden'));
    expect(problemsOf(file)).toContainEqual({
      path: 'regions.hollands-midden.municipalities[7]',
      message: '"Leiden" is already in region "haaglanden"',
    });
  });

  it('rejects a partner serving an unknown region', () => {
    const file = broken((f) => (f.partners['zvh-haaglanden'].region = 'utrecht'));
    expect(problemsOf(file)).toContainEqual({
      path: 'partners.zvh-haaglanden.region',
      message: 'names an unknown region "utrecht"',
    });
  });

  it('accepts a partner for chosen municipalities of the map, and nothing else there', () => {
    expect(problemsOf(broken((f) => (f.partners.shop.municipalities = ['Katwijk', 'Den Haag'])))).toEqual([]);
    expect(problemsOf(broken((f) => (f.partners.shop.municipalities = ['Utrecht', 'Katwijk', 'Katwijk'])))).toEqual([
      { path: 'partners.shop.municipalities[0]', message: 'names "Utrecht", which is in none of the regions' },
      { path: 'partners.shop.municipalities[2]', message: 'names "Katwijk" twice' },
    ]);
    expect(problemsOf(broken((f) => (f.partners['zvh-haaglanden'].municipalities = ['Delft'])))).toEqual([
      { path: 'partners.zvh-haaglanden.municipalities', message: 'a partner is for one region or for chosen municipalities, not both' },
    ]);
    expect(problemsOf(broken((f) => (f.partners.shop.municipalities = 'Katwijk')))).toEqual([{ path: 'partners.shop.municipalities', message: 'must be a list' }]);
  });

  it("says an empty list of municipalities in the editor's words", () => {
    expect(kindsOf(broken((f) => (f.partners.shop.municipalities = [])))).toEqual([['partners.shop.municipalities', 'noMunicipality']]);
  });
});

describe('no text hides a character that changes how it reads', () => {
  it.each([
    ['CR LF', '\r\n'],
    ['LF', '\n'],
    ['tab', '\t'],
    ['NUL', '\u0000'],
    ['DEL', '\u007f'],
    ['NEL (C1)', '\u0085'],
    ['right-to-left override', '\u202e'],
    ['right-to-left isolate', '\u2067'],
    ['right-to-left mark', '\u200f'],
    ['line separator', '\u2028'],
  ])('refuses a %s in any string of the file, as a problem the editor words', (_name, character) => {
    const file = broken((f) => {
      f.partners.shop.name = `SHOP${character}`;
      f.partners.avim.phones[0].label.nl = `Algemeen nummer${character}van de politie`;
      f.routes.persoon.steps.acuut.text.en = `Acute${character}danger?`;
      f.regions.haaglanden.municipalities[0] = `Delft${character}`;
      f.comment = { by: `RIEC${character}` };
    });
    expect(
      kindsOf(file)
        .filter(([, kind]) => kind === 'control')
        .map(([path]) => path),
    ).toEqual(['regions.haaglanden.municipalities[0]', 'partners.avim.phones[0].label.nl', 'partners.shop.name', 'routes.persoon.steps.acuut.text.en', 'comment.by']);
  });

  it('names the character, so whoever prepares the file can find it', () => {
    expect(problemsOf(broken((f) => (f.partners.riec.websites[0].url = 'https://www.voorbeeld.nl/contact\r\nTEL;TYPE=CELL:+31612345678')))).toContainEqual({
      path: 'partners.riec.websites[0].url',
      message: 'contains an invisible control character (U+000D): a line break, tab or direction mark',
    });
  });

  it('refuses one in the name of a field the app does not know, too', () => {
    expect(problemsOf(broken((f) => (f['note\u202e'] = 'x')))).toEqual([{ path: 'note\u202e', message: "a field's name contains an invisible control character (U+202E)" }]);
  });

  it('accepts the shipped file and the made-up second map, which hold no such character', () => {
    expect(problemsOf(shipped)).toEqual([]);
    expect(problemsOf(anotherRegion)).toEqual([]);
  });
});
