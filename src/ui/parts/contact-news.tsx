/**
 * In the update notice: what the new data changed for the contacts this user sees, a line each
 * ("Nieuw mobiel nummer voor SHOP: 06-…"), at most a few, then how many more. Said once, with the
 * notice; the numbers never break over two lines.
 */
import type { RouteMap } from '../../routemap/types';
import { contactNewsBetween, type ContactNews } from '../../routemap/contact-news';
import { t } from '../../i18n/i18n';

/** Enough to see what changed, few enough to keep the notice short on a phone. */
const MAX_LINES = 3;
/** Stands for the value while the sentence is translated, so the value can be set apart in it. */
const VALUE = '\u0000';

function keyOf(news: Extract<ContactNews, { kind: 'contact' }>): string {
  if (news.gone) return `news.${news.contact}Gone`;
  return `news.${news.contact === 'phone' ? (news.phoneKind ?? 'phone') : news.contact}`;
}

function Line({ news }: { news: ContactNews }) {
  if (news.kind !== 'contact') return <li>{t(`news.${news.kind}`, { name: news.name })}</li>;
  const [before, after] = t(keyOf(news), { name: news.name, value: VALUE }).split(VALUE);
  return (
    <li>
      {before}
      <span class="nowrap">{news.value}</span>
      {after}
    </li>
  );
}

interface Props {
  before: RouteMap;
  after: RouteMap;
  municipality: string | undefined;
}

export function ContactNewsList({ before, after, municipality }: Props) {
  const news = contactNewsBetween(before, after, municipality);
  if (news.length === 0) return null;
  // A line for the count would take the place of a change: show them all when that is one more.
  const shown = news.length <= MAX_LINES + 1 ? news : news.slice(0, MAX_LINES);
  return (
    <ul class="contact-news">
      {shown.map((each) => (
        <Line news={each} />
      ))}
      {shown.length < news.length && <li>{t('news.more', { count: news.length - shown.length })}</li>}
    </ul>
  );
}
