/** The user's two settings: the interface language and their municipality. The preview stores neither. */
import { useState } from 'preact/hooks';
import type { Language, RouteMap } from '../routemap/types';
import { regionOf } from '../routemap/regions';
import { chooseLanguage } from '../i18n/i18n';
import { whenIdle } from '../platform/idle';
import type { MunicipalityChoice } from '../ui/parts/municipality-choice';

interface LanguageSwitch {
  /** Kept for the next start (a user's own pick), unless in the editor's preview. */
  remember: boolean;
  /** Shown at the next idle moment: a switch the app makes at start, not one the user waits for. */
  whenIdle: boolean;
}

export function useLanguage(initial: Language, preview: boolean): [Language, (next: Language, how?: LanguageSwitch) => Promise<void>] {
  const [language, setLanguage] = useState(initial);
  const switchLanguage = async (next: Language, how: LanguageSwitch = { remember: true, whenIdle: false }) => {
    await chooseLanguage(next, how.remember && !preview);
    if (how.whenIdle) await whenIdle();
    setLanguage(next);
  };
  return [language, switchLanguage];
}

export function useMunicipality(routeMap: RouteMap | undefined, stored: string | undefined, preview: boolean): MunicipalityChoice {
  // Until the user chooses here, the stored one.
  const [chosen, setChosen] = useState<{ name: string | undefined }>();
  const name = chosen ? chosen.name : stored;
  const region = routeMap && regionOf(routeMap, name);
  return {
    name: region ? name : undefined,
    region,
    async choose(next) {
      if (!preview) await (await import('../data/store')).storeMunicipality(next);
      setChosen({ name: next });
    },
  };
}
