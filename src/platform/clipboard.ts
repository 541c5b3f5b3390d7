/** Copies a number or address; a tablet or desktop cannot call, but it can paste. */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}
