/**
 * A route map ten times the size of the repository's, with the same home screen (texts, route
 * titles, first steps) and made-up contacts only: to show that the first visit does not grow
 * with the map (`npm run size`). Every real partner is swapped for a test partner, and each
 * route's end becomes a long chain of extra questions, each with an outcome of its own.
 */
const pad = (value, length) => String(value).padStart(length, '0');

function testPartner(index, region) {
  const text = (nl, en) => ({ nl: `${nl} ${index}`, en: `${en} ${index}` });
  return {
    name: `Testpartner ${index}`,
    group: ['urgent', 'police', 'care', 'municipality'][index % 4],
    about: text('Verzonnen partner voor de test van een grote routekaart', 'Made-up partner to test a large route map'),
    purpose: text('Bij een testsignaal dat bij deze verzonnen partner hoort', 'For a test signal that belongs with this made-up partner'),
    ...(region && { region }),
    phones: [{ number: `020-76${pad(index, 5)}`, label: text('Testnummer', 'Test number') }],
    emails: [{ address: `test${index}@voorbeeld.nl` }],
    websites: [{ url: `https://voorbeeld.nl/partner/${index}` }],
    notes: [text('Alleen voor de test: dit nummer en dit adres bestaan niet als partner', 'For the test only: no partner has this number or address')],
  };
}

/** `routeMap` grown until its JSON is at least `factor` times as long. */
export function bigRouteMap(routeMap, factor = 10) {
  const target = JSON.stringify(routeMap).length * factor;
  const big = structuredClone(routeMap);
  const ids = Object.keys(big.partners);
  const renamed = Object.fromEntries(ids.map((id, index) => [id, `test-${index}`]));
  big.partners = Object.fromEntries(ids.map((id, index) => [renamed[id], testPartner(index, routeMap.partners[id].region)]));
  for (const route of Object.values(big.routes)) {
    for (const step of Object.values(route.steps)) if (step.type === 'outcome') step.partners = step.partners.map((id) => renamed[id]);
  }
  let partnerCount = ids.length;
  let questionCount = 0;
  const routes = Object.values(big.routes);
  while (JSON.stringify(big).length < target) {
    for (const route of routes) {
      const endId = Object.keys(route.steps).find((id) => route.steps[id].type === 'end');
      const end = route.steps[endId];
      const number = ++questionCount;
      const partnerId = `test-${partnerCount}`;
      big.partners[partnerId] = testPartner(partnerCount++);
      const question = `extra-${number}`;
      const outcome = `extra-${number}-partner`;
      // The old end becomes an extra question; "Nee" goes on to the end, now one step further.
      route.steps[question] = end;
      route.steps[endId] = {
        type: 'question',
        text: {
          nl: `Testvraag ${number}: is dit signaal voor testpartner ${partnerCount - 1}?`,
          en: `Test question ${number}: is this signal for test partner ${partnerCount - 1}?`,
        },
        yes: outcome,
        no: question,
      };
      route.steps[outcome] = { type: 'outcome', partners: [partnerId], next: question };
    }
  }
  return big;
}
