/**
 * The places an address may break: after its "@", before each "." and, in a web address, before
 * each "/" of its path; never inside a part ("bb-⏎riec@…", "…/mel⏎den"). A scheme ("https://")
 * stays with the first part.
 */
export function addressParts(address: string): string[] {
  const scheme = /^[a-z]+:\/\//.exec(address)?.[0] ?? '';
  const parts: string[] = [];
  let part = scheme;
  for (const character of address.slice(scheme.length)) {
    if ((character === '.' || character === '/') && part !== '' && part !== scheme) {
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
 * An e-mail or web address that wraps only between its parts, so someone reading it out does not
 * get it wrong: on a contact line, in a button, on paper and in running text alike. Each part
 * stays whole unless it is wider than the line on its own.
 */
export function Address({ address, class: className }: { address: string; class?: string }) {
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
