import { PHONE_NUMBER_IN_TEXT } from '../../routemap/phone';

/** A text whose phone numbers never break across lines ("… op 0900-⏎8844" is read out wrong). */
export function TextWithNumbers({ text }: { text: string }) {
  const parts: Array<string | { number: string }> = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_NUMBER_IN_TEXT)) {
    parts.push(text.slice(last, match.index), { number: match[0] });
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts.map((part) => (typeof part === 'string' ? part : <span class="nowrap">{part.number}</span>))}</>;
}
