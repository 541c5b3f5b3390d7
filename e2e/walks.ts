/** Whole walks through the routes, shared by the online and the offline tests. */
import { expect, type Page } from '@playwright/test';
import { EMAIL, expectEmergencyCall, expectLink, heading, LOCATION_QUESTIONS, MAIL, openRoute, PERSON_QUESTIONS, PHONE, screen, tap, TEL, WEB } from './map';
import { EXPLOITATION_CHOICE } from './data';

/** Taps through the person route answering "Ja" everywhere; checks every contact of the map on the way. */
export async function walkPersonRouteSayingYes(page: Page): Promise<void> {
  await openRoute(page, 'Identificeerbaar slachtoffer (persoon)');
  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[0]);
  await expectEmergencyCall(page);
  await tap(page, 'Ja');
  await expect(heading(page)).toHaveText('Bel 112');
  await expect(screen(page).getByRole('link', { name: 'Bel 112', exact: true })).toHaveAttribute('href', TEL.emergency);
  await tap(page, 'Volgende vraag (2 van 4)');

  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[1]);
  await tap(page, 'Ja');
  await expect(heading(page)).toHaveText(EXPLOITATION_CHOICE);
  await expectEmergencyCall(page);
  await tap(page, 'Weet ik niet / beide');
  await expect(heading(page)).toHaveText('Neem contact op met NLA en AVIM');
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.nla}`, exact: true })).toHaveAttribute('href', TEL.nla);
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.avim} Algemeen nummer van de politie: vraag naar AVIM` })).toHaveAttribute('href', TEL.avim);
  await expect(screen(page).getByText(`AVIM bereikt u via het algemene nummer van de politie op ${PHONE.avim}.`)).toBeVisible();
  await expectLink(page, WEB.nla);
  await tap(page, 'Volgende vraag (3 van 4)');

  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[2]);
  await tap(page, 'Ja');
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.shop[0]}` })).toHaveAttribute('href', TEL.shop[0]);
  await expect(screen(page).getByRole('link', { name: `Bel ${PHONE.shop[1]}` })).toHaveAttribute('href', TEL.shop[1]);
  await expect(screen(page).getByRole('link', { name: `Stuur een mail ${EMAIL.shop}` })).toHaveAttribute('href', MAIL.shop);
  await expect(screen(page).getByText('Kennis- en expertisecentrum over sekswerk en mensenhandel')).toBeVisible();
  await tap(page, 'Volgende vraag (4 van 4)');

  await expect(heading(page)).toHaveText(PERSON_QUESTIONS[3]);
  await tap(page, 'Ja');
  await expectLink(page, TEL.zvhHaaglanden);
  await expectLink(page, TEL.zvhHollandsMidden);
  await expectLink(page, MAIL.zvhHaaglanden);
  await expectLink(page, MAIL.zvhHollandsMidden);
  await expectEmergencyCall(page);
  await tap(page, 'Naar het overzicht');

  await expect(heading(page)).toHaveText('Overzicht');
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText([
    '112',
    'NLA',
    'AVIM',
    'SHOP',
    'Zorg- en Veiligheidshuis Haaglanden',
    'Zorg- en Veiligheidshuis Hollands Midden',
  ]);
  await expect(screen(page).getByText(/Overleg dan met een van deze partners/)).toBeVisible();
  await expectLink(page, TEL.emergency);
  await expectLink(page, TEL.nla);
  await expectLink(page, MAIL.shop);
  await expectEmergencyCall(page);
}

/** Taps through the location route answering "Ja" everywhere. */
export async function walkLocationRouteSayingYes(page: Page): Promise<void> {
  await openRoute(page, 'Locatie');
  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[0]);
  await tap(page, 'Ja');
  await expectLink(page, TEL.emergency);
  await tap(page, 'Volgende vraag (2 van 5)');

  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[1]);
  await expect(screen(page).getByText('Tip: is er in uw gemeente een signalenoverleg? Bespreek uw signaal dan eerst in dat overleg.')).toBeVisible();
  await tap(page, 'Ja');
  await expect(heading(page)).toHaveText('Meld het bij HEIT Prostitutie');
  await expect(screen(page).getByRole('link', { name: 'Melden via de website (internet nodig)' })).toHaveAttribute('href', WEB.heit);
  await expect(screen(page).getByText('Gaat het om uitbuiting? Dan stuurt het HEIT uw melding door naar AVIM.')).toBeVisible();
  await tap(page, 'Volgende vraag (3 van 5)');

  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[2]);
  await tap(page, 'Ja');
  await expectLink(page, TEL.nla);
  await expectLink(page, WEB.nla);
  await tap(page, 'Volgende vraag (4 van 5)');

  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[3]);
  await tap(page, 'Ja');
  await expect(screen(page).getByRole('heading', { level: 2, name: 'HEIT Malafide Bedrijvigheid' })).toBeVisible();
  await expectLink(page, WEB.heit);
  await tap(page, 'Volgende vraag (5 van 5)');

  await expect(heading(page)).toHaveText(LOCATION_QUESTIONS[4]);
  await expectEmergencyCall(page);
  await tap(page, 'Ja');
  await expect(screen(page).getByRole('link', { name: `Stuur een mail ${EMAIL.riec}` })).toHaveAttribute('href', MAIL.riec);
  await expectLink(page, WEB.riec);
  await expect(screen(page).getByText(/uw accountmanager/)).toBeVisible();
  await expect(screen(page).getByText('Wat betekent ‘accountmanager’?')).toBeVisible();
  await tap(page, 'Naar het overzicht');

  await expect(heading(page)).toHaveText('Overzicht');
  await expect(screen(page).getByText('Tip: is er in uw gemeente een signalenoverleg? Bespreek uw signaal dan eerst in dat overleg.')).toBeVisible();
  await expect(screen(page).getByRole('heading', { level: 2 })).toHaveText(['112', 'HEIT Prostitutie', 'NLA', 'HEIT Malafide Bedrijvigheid', 'RIEC']);
}
