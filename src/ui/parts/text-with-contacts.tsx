import type { ComponentChildren } from 'preact';
import { PHONE_NUMBER_IN_TEXT } from '../../routemap/phone';
import { Address } from './address';

/** An e-mail address, or a web address written with https:// or www., inside a sentence; without the punctuation after it. */
const ADDRESS_IN_TEXT = /[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\b(?:https:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)]/g;

export type TextPart = string | { number: string } | { address: string };

/** A sentence cut into its plain words, its phone numbers and its addresses, in order. */
export function textParts(text: string): TextPart[] {
  const found = [
    ...[...text.matchAll(PHONE_NUMBER_IN_TEXT)].map((match) => ({ at: match.index, length: match[0].length, part: { number: match[0] } })),
    ...[...text.matchAll(ADDRESS_IN_TEXT)].map((match) => ({ at: match.index, length: match[0].length, part: { address: match[0] } })),
  ].sort((a, b) => a.at - b.at);
  const parts: TextPart[] = [];
  let last = 0;
  for (const { at, length, part } of found) {
    if (at < last) continue;
    parts.push(text.slice(last, at), part);
    last = at + length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}

/**
 * Running text whose phone numbers never break across lines ("… op 0900-⏎8844" is read out wrong)
 * and whose addresses break only where a contact line's do (./address.tsx).
 */
export function TextWithContacts({ text }: { text: string }) {
  return (
    <>
      {textParts(text).map((part) => {
        if (typeof part === 'string') return part;
        if ('number' in part) return <span class="nowrap">{part.number}</span>;
        return <Address address={part.address} />;
      })}
    </>
  );
}

/** Stands for the value in a translated sentence, so the value can be laid out on its own ({@link AroundValue}). */
export const VALUE = '\u0000';

/** A translated sentence with VALUE in it, the value put in its place: the words around it may wrap, the value keeps its own rule. */
export function AroundValue({ text, children }: { text: string; children: ComponentChildren }) {
  const [before, after = ''] = text.split(VALUE);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
