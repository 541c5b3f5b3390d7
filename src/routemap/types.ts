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
  phones: Phone[];
  emails: Email[];
  websites: Website[];
  notes: Text[];
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

/** A region of police unit Den Haag and the municipalities in it. */
export interface Region {
  name: Text;
  municipalities: string[];
}

export interface RouteMap {
  /** Only ever increases; a newer published file replaces an older one. */
  version: number;
  /** ISO date on which the contacts were last verified. */
  checked: string;
  regions: Record<string, Region>;
  partners: Record<string, Partner>;
  routes: Record<string, Route>;
}
