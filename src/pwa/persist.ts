/**
 * Asks the browser to keep the app's storage (the route map in IndexedDB, the cached app) instead
 * of evicting it when space runs low. Some browsers grant it silently, some ask the user, some
 * only for installed apps; without it the app still works, and falls back to its built-in copy.
 */
export async function keepDataOnDevice(): Promise<void> {
  try {
    if (!navigator.storage?.persist || (await navigator.storage.persisted())) return;
    const granted = await navigator.storage.persist();
    console.info(granted ? "The browser keeps the app's data." : "The browser may clear the app's data when space runs low.");
  } catch (error) {
    console.info('Persistent storage could not be requested.', error);
  }
}

/** The user asked for it (on Instellingen): whether the browser now keeps the app's storage. */
export async function askToKeepData(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch (error) {
    console.info('Persistent storage could not be requested.', error);
    return false;
  }
}
