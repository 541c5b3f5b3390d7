/**
 * A screen reader's walk: each screen read as its accessibility tree, in reading order, from
 * the heading that takes focus after a tap. On a question the answers come first; on an
 * outcome, the first partner's call (or mail, or web) action, with the whole number or address.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { heading, openApp, screen } from './map';
import { shipped } from './data';

interface Partner {
  region?: string;
  phones: Array<{ number: string }>;
  emails: Array<{ address: string }>;
  websites: Array<{ url: string; label?: { nl: string } }>;
  name: string;
}

/** What a screen reader meets after the focused heading: role and name of each item, in order. */
async function readOnFromHeading(page: Page): Promise<Array<{ role: string; name: string }>> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const items = snapshot.split('\n').flatMap((line) => {
    // A line with a colon in it is quoted as a whole: '- link "Bel 0900-… …: vraag naar AVIM"'.
    const match = /^\s*- '?(\w+)(?: "((?:[^"\\]|\\.)*)")?(.*)$/.exec(line);
    return match ? [{ role: match[1], name: match[2] ?? '', rest: match[3] }] : [];
  });
  const start = items.findIndex((item) => item.role === 'heading' && item.rest.includes('[level=1]'));
  expect(start, 'a level-1 heading').toBeGreaterThanOrEqual(0);
  return items.slice(start + 1).map(({ role, name }) => ({ role, name }));
}

const ACTIVATABLE = new Set(['link', 'button', 'combobox', 'checkbox', 'radio', 'textbox', 'searchbox']);

/** The accessible name the first action of a partner starts with. */
function firstActionName(partner: Partner): RegExp {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (partner.phones.length > 0) return new RegExp(`^Bel ${escapeRegExp(partner.phones[0].number)}(?: |$)`);
  if (partner.emails.length > 0) return new RegExp(`^Stuur een mail ${escapeRegExp(partner.emails[0].address)}$`);
  const website = partner.websites[0];
  return new RegExp(`^${escapeRegExp(website.label?.nl ?? `Website van ${partner.name}`)} `);
}

for (const [routeId, route] of Object.entries(shipped.routes)) {
  test(`every step of the ${routeId} route reads in the right order after a tap @engines`, async ({ page }) => {
    test.setTimeout(120_000);
    // Every answer of every step, tapped: the screen it leads to is read from its heading on.
    const taps: Array<{ from: string; answer: string; to: string }> = [];
    for (const [stepId, step] of Object.entries(route.steps)) {
      if (step.type === 'question') taps.push({ from: stepId, answer: 'Ja', to: step.yes! }, { from: stepId, answer: 'Nee', to: step.no! });
      if (step.type === 'choice') for (const option of step.options!) taps.push({ from: stepId, answer: option.label.nl, to: option.next });
      if (step.type === 'outcome') taps.push({ from: stepId, answer: 'way on', to: step.next! });
    }
    for (const { from, answer, to } of taps) {
      await openApp(page, `/${routeId}/${from}`);
      if (answer === 'way on') await screen(page).locator('.way-on button').click();
      else await screen(page).getByRole('button', { name: answer, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${routeId}/${to}$`));
      await expect(heading(page)).toBeFocused();
      const items = (await readOnFromHeading(page)).filter((item) => ACTIVATABLE.has(item.role));
      const step = route.steps[to];
      const where = `${from} → ${answer} → ${to}`;
      if (step.type === 'question') {
        expect(items.slice(0, 2), where).toEqual([
          { role: 'button', name: 'Ja' },
          { role: 'button', name: 'Nee' },
        ]);
      } else if (step.type === 'choice') {
        expect(items.slice(0, step.options!.length), where).toEqual(step.options!.map((option) => ({ role: 'button', name: option.label.nl })));
      } else if (step.type === 'outcome') {
        const partners = step.partners!.map((id) => shipped.partners[id]);
        // Where the partner differs per region and no municipality is chosen yet, the picker that
        // leads to it comes first.
        const picker = partners.some((partner) => partner.region !== undefined) ? items[0] : undefined;
        if (picker) expect(picker, where).toEqual({ role: 'combobox', name: 'Uw gemeente' });
        const first = items[picker ? 1 : 0];
        expect(first.role, where).toBe('link');
        expect(first.name, where).toMatch(firstActionName(partners[0]));
      } else {
        expect(items[0].role, where).toBe('link');
      }
    }
  });
}

test('what the walk reads on the home screen, a question and an outcome', async ({ page }) => {
  await openApp(page, '/');
  const home = await readOnFromHeading(page);
  expect(home.slice(0, 4).map((item) => item.role)).toEqual(['paragraph', 'heading', 'list', 'listitem']);
  await screen(page).locator('a.route-entry').first().click();
  await expect(heading(page)).toBeFocused();
  const question = await readOnFromHeading(page);
  expect(question.slice(0, 2)).toEqual([
    { role: 'button', name: 'Ja' },
    { role: 'button', name: 'Nee' },
  ]);
  await screen(page).getByRole('button', { name: 'Ja', exact: true }).click();
  await expect(heading(page)).toHaveText('Bel 112');
  const outcome = await readOnFromHeading(page);
  expect(outcome[0]).toEqual({ role: 'link', name: 'Bel 112' });
});
