import type { Ref } from 'preact';
import type { RouteMap } from '../routemap/types';
import type { Problem } from '../routemap/validate';
import { describePath } from './describe';
import { focusField } from './focus';
import { editorText, problemMessage } from './form';
import { fieldId } from './paths';
import type { Warning } from './warnings';

/** One line of the problem or warning list: where, as a link that takes the owner there, and what. */
function PlaceLine({ routeMap, path, focus, message }: { routeMap: RouteMap; path: string; focus: string; message: string }) {
  return (
    <li>
      <a
        href={`#${fieldId(focus)}`}
        onClick={(event) => {
          event.preventDefault();
          focusField(focus);
        }}
      >
        {describePath(routeMap, path)}
      </a>
      : {message}
    </li>
  );
}

/** What blocks the download, each a link to its field (the list takes focus when a download is refused); then what the owner may want to know. */
export function ProblemList({ routeMap, problems, warnings, summary }: { routeMap: RouteMap; problems: Problem[]; warnings: Warning[]; summary: Ref<HTMLElement> }) {
  const count = problems.length;
  return (
    <>
      <section id="problemen" class={count > 0 ? 'problems' : 'problems problems--none'} tabIndex={-1} ref={summary} aria-labelledby="problemen-kop">
        <h2 id="problemen-kop">{count > 0 ? editorText('problems', { count }) : editorText('noProblems')}</h2>
        {count > 0 && (
          <ul>
            {problems.map((problem) => (
              <PlaceLine routeMap={routeMap} path={problem.path} focus={problem.path} message={problemMessage(problem)} />
            ))}
          </ul>
        )}
      </section>
      {warnings.length > 0 && (
        <section class="problems problems--warning" aria-labelledby="let-op-kop">
          <h2 id="let-op-kop">{editorText('warnings.heading')}</h2>
          <ul>
            {warnings.map((warning) => (
              <PlaceLine routeMap={routeMap} path={warning.path} focus={warning.focus} message={editorText(`warnings.${warning.kind}`)} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
