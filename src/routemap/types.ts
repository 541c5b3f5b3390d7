/** The route map's data model: what `data/routekaart.json` holds. See docs in README. */

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text the app shows, in every language. */
export type Text = Record<Language, string>;

export type PartnerGroup = 'urgent' | 'police' | 'care' | 'municipality';

export interface Phone {
  /** As printed on the map, e.g. "070-3614747"; "112" for the emergency number. */
  number: string;
  label?: Text;
}

export interface Email {
  address: string;
  label?: Text;
}

export interface Website {
  /** Always https. */
  url: string;
  label?: Text;
}

export interface Partner {
  /** The official Dutch name; never translated. */
  name: string;
  group: PartnerGroup;
  /** Who the partner is: Dutch description, English explanation of the Dutch name. */
  about: Text;
  /** What to contact the partner for. */
  purpose: Text;
  /** The region it serves, for partners that differ per region (the Zorg- en Veiligheidshuizen). */
  region?: string;
  /**
   * The municipalities it serves, for a municipality's own contact (schema 2): only users who
   * chose one of them see it. Never together with `region`.
   */
  municipalities?: string[];
  phones: Phone[];
  emails: Email[];
  websites: Website[];
  notes: Text[];
  /**
   * ISO date on which someone verified this partner's contacts (schema 2). Without it, the
   * contacts are as on the printed map, copied on the map's `copied` (or `checked`) date.
   */
  checked?: string;
}

export interface Question {
  type: 'question';
  text: Text;
  yes: string;
  no: string;
  /** Advice shown with the question, e.g. the map's tip where it first applies. */
  tip?: Text;
}

export interface ChoiceOption {
  label: Text;
  next: string;
}

/** A question answered by picking one of several options rather than yes or no. */
export interface Choice {
  type: 'choice';
  text: Text;
  options: ChoiceOption[];
}

export interface Outcome {
  type: 'outcome';
  partners: string[];
  next: string;
}

export interface End {
  type: 'end';
  tip?: Text;
}

export type Step = Question | Choice | Outcome | End;

export interface Route {
  title: Text;
  when: Text;
  start: string;
  steps: Record<string, Step>;
}

/** A region of the map's area and the municipalities in it. */
export interface Region {
  name: Text;
  municipalities: string[];
}

/**
 * The texts that belong to this map rather than to the app (schema 2): with them, the data file
 * alone describes a region's map. Each is optional; without it the app shows a plain default or nothing.
 */
export interface MapTexts {
  /** The home screen's title, also of the printed map. */
  title?: Text;
  /** Who the map is for: the area and its municipalities. */
  intro?: Text;
  /** The map's spirit in one line, on the home screen and when answers lead to no partner. */
  spirit?: Text;
  /** That a gut feeling is reason enough to use the map. */
  gutFeeling?: Text;
  /** That the partners can also be called to talk a signal through. */
  consult?: Text;
}

/**
 * A word from the map or its partners that a newcomer may not know (schema 2), explained once
 * where it appears. `term` is matched in each language's texts, so it is written as they use it.
 */
export interface Term {
  term: Text;
  explanation: Text;
}

/**
 * The status of an accessibility statement in the national model (toegankelijkheidsverklaring.nl):
 * A voldoet volledig, B voldoet gedeeltelijk, C eerste maatregelen genomen, D voldoet niet, E geen verklaring.
 */
export type AccessibilityStatus = 'A' | 'B' | 'C' | 'D' | 'E';

/**
 * Facts only the map's owners have (schema 3), for "Over deze app". Each is optional: a part of
 * that screen that needs one is left out while it is empty, never filled with a guess.
 */
export interface Publisher {
  /** Who publishes the map, as the organisation is officially called (not translated). */
  name?: string;
  /** Where a worker reports a problem with the app, accessibility included: an e-mail address. */
  feedback?: string;
  /** The formal accessibility statement: an https address. */
  statement?: string;
  /** That statement's status. */
  status?: AccessibilityStatus;
}

export interface RouteMap {
  /** Only ever increases; a newer published file replaces an older one. */
  version: number;
  /** ISO date on which the file as a whole was last reviewed and published. */
  checked: string;
  /** ISO date on which the contacts were copied from the printed map (schema 2). */
  copied?: string;
  texts?: MapTexts;
  /** Words explained where they appear (schema 2). */
  terms?: Term[];
  /** Who publishes the map and its accessibility statement (schema 3). */
  publisher?: Publisher;
  regions: Record<string, Region>;
  partners: Record<string, Partner>;
  routes: Record<string, Route>;
}
