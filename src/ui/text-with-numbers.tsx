/** A Dutch phone number as the map prints it, inside a sentence. */
const PHONE_NUMBER = /\b0\d{1,3}-\d{4,8}\b/g;

/** A text whose phone numbers never break across lines ("… op 0900-⏎8844" is read out wrong). */
export function TextWithNumbers({ text }: { text: string }) {
  const parts: Array<string | { number: string }> = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_NUMBER)) {
    parts.push(text.slice(last, match.index), { number: match[0] });
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts.map((part) => (typeof part === 'string' ? part : <span class="nowrap">{part.number}</span>))}</>;
}
