import { useEffect, useRef, useState } from 'preact/hooks';
import type { RouteMap } from '../routemap/types';
import { local } from '../i18n/i18n';
import { PAGES, stepPath } from '../navigation';
import { stepLabel } from './describe';
import { editorText } from './form';
import { PREVIEW_PARAM, PREVIEW_READY } from '../preview-protocol';

/** Every screen worth a look: home, all partners, and each step of each route. */
function screensOf(routeMap: RouteMap): Array<{ path: string; label: string }> {
  const screens = [
    { path: '/', label: editorText('preview.home') },
    { path: PAGES.partners, label: editorText('preview.partners') },
  ];
  for (const [routeId, route] of Object.entries(routeMap.routes)) {
    for (const stepId of Object.keys(route.steps)) {
      screens.push({ path: stepPath(routeId, stepId), label: `${local(route.title)} — ${stepLabel(routeMap, route, stepId)}` });
    }
  }
  return screens;
}

interface Props {
  /** The draft as typed. */
  routeMap: RouteMap;
  /** What the preview shows until the draft is first without problems. */
  published: RouteMap;
  /** Whether the draft as typed has problems: then the preview keeps showing the last version without. */
  waiting: boolean;
}

/**
 * The real field screens, at phone size, in a frame running the app itself (`?voorbeeld`): it
 * asks for the draft when it has started and gets every change after that. Nothing is stored.
 */
export function Preview({ routeMap, published, waiting }: Props) {
  const [shown, setShown] = useState(() => (waiting ? published : routeMap));
  useEffect(() => {
    if (!waiting) setShown(routeMap);
  }, [routeMap, waiting]);
  const screens = screensOf(shown);
  const [chosen, setChosen] = useState(screens[0].path);
  // A screen the draft no longer has (its route or step taken out): back to the first.
  const path = screens.some((screen) => screen.path === chosen) ? chosen : screens[0].path;
  const frame = useRef<HTMLIFrameElement>(null);

  // Sent again whenever it changes, and whenever the frame (re)starts and asks for it.
  useEffect(() => {
    const send = () => frame.current?.contentWindow?.postMessage({ routeMap: shown }, location.origin);
    send();
    const onMessage = (event: MessageEvent) => {
      if (event.origin === location.origin && event.source === frame.current?.contentWindow && event.data === PREVIEW_READY) send();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [shown]);

  return (
    <>
      <p class="field__help">{editorText('preview.help')}</p>
      <div class="field">
        <label class="field__label" for="voorbeeld-scherm">
          {editorText('preview.step')}
        </label>
        <select id="voorbeeld-scherm" class="field__input" value={path} onChange={(event) => setChosen(event.currentTarget.value)}>
          {screens.map((screen) => (
            <option value={screen.path}>{screen.label}</option>
          ))}
        </select>
      </div>
      {waiting && <p class="notice notice--warning">{editorText('preview.waiting')}</p>}
      <iframe ref={frame} class="preview-frame" title={editorText('preview.frame')} src={`${path}?${PREVIEW_PARAM}`} />
    </>
  );
}
