/**
 * The Dutch texts of every screen but home, added to i18next when the first such screen loads.
 * Imported raw, so this is a module of its own and none of it lands in the main bundle.
 */
import i18next from 'i18next';
import nl from '../../locales/nl.json?raw';

i18next.addResourceBundle('nl', 'translation', JSON.parse(nl), true, false);
