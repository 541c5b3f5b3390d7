/** Splits an address before each "." and after the "@": the only places it may break. */
function addressParts(address: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (const character of address) {
    if (character === '.' && part !== '') {
      parts.push(part);
      part = '';
    }
    part += character;
    if (character === '@') {
      parts.push(part);
      part = '';
    }
  }
  if (part !== '') parts.push(part);
  return parts;
}

/**
 * An e-mail address that wraps only at "@" or ".", never at a hyphen ("bb-⏎riec@…"), so
 * someone reading it out does not get it wrong. Each part stays whole unless it is wider than
 * the line on its own.
 */
export function EmailAddress({ address, class: className }: { address: string; class?: string }) {
  return (
    <span class={className ? `address ${className}` : 'address'}>
      {addressParts(address).map((part, i) => (
        <>
          {i > 0 && <wbr />}
          <span class="address__part">{part}</span>
        </>
      ))}
    </span>
  );
}
