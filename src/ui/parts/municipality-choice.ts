/** The user's municipality and its region, as the screens use them (src/app/use-settings.ts keeps it). */
export interface MunicipalityChoice {
  /** Undefined when none is chosen, or the one chosen is no longer on the map. */
  name: string | undefined;
  region: string | undefined;
  /** Resolves once the choice is stored, so it survives the app being closed right after. */
  choose(name: string | undefined): Promise<void>;
}
