import { useEffect, useRef, useState } from 'preact/hooks';
import { local } from '../i18n/i18n';
import type { RouteMap } from '../routemap/types';
import { RouteDrawing } from '../ui/parts/route-drawing';
import { editorText } from './form';

/** The route and step of the field being edited, when it is one of a route's. */
export interface Editing {
  routeId?: string;
  stepId?: string;
}

/**
 * Which route the diagram shows, and which step it marks: the route and step of the field in
 * focus (the forms mark theirs with data-route and data-step), or the route picked above it.
 */
export function useEditing(): { editing: Editing; followFocus: (event: FocusEvent) => void; showRoute: (routeId: string) => void } {
  const [editing, setEditing] = useState<Editing>({});
  const followFocus = (event: FocusEvent) => {
    const field = event.target as Element;
    const routeId = field.closest<HTMLElement>('[data-route]')?.dataset.route;
    if (routeId) setEditing({ routeId, stepId: field.closest<HTMLElement>('[data-step]')?.dataset.step });
  };
  return { editing, followFocus, showRoute: (routeId) => setEditing({ routeId }) };
}

interface Props {
  draft: RouteMap;
  editing: Editing;
  onRoute: (routeId: string) => void;
}

/**
 * The route being edited, drawn as the field app draws it (the same drawing as De hele
 * routekaart), from the draft as it is typed; the step whose field has focus is marked.
 */
export function RouteDiagram({ draft, editing, onRoute }: Props) {
  const routes = Object.entries(draft.routes);
  const [id, route] = routes.find(([routeId]) => routeId === editing.routeId) ?? routes[0];
  const drawing = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Beside the forms the column scrolls on its own: bring the marked step into it, never moving the page under the cursor.
    const box = drawing.current?.querySelector('[data-highlight]');
    const column = drawing.current?.closest<HTMLElement>('.editor__aside');
    if (!box || !column || column.scrollHeight <= column.clientHeight) return;
    const at = box.getBoundingClientRect();
    const view = column.getBoundingClientRect();
    if (at.top >= view.top && at.bottom <= view.bottom) return;
    column.scrollTo({ top: Math.max(0, column.scrollTop + at.top - view.top - column.clientHeight / 3) });
  }, [id, editing.stepId]);
  return (
    <div class="editor-diagram" ref={drawing}>
      <label class="field__label" for="diagram-route">
        {editorText('diagram.route')}
      </label>
      <select id="diagram-route" value={id} onChange={(event) => onRoute(event.currentTarget.value)}>
        {routes.map(([routeId, each]) => (
          <option value={routeId}>{local(each.title) || routeId}</option>
        ))}
      </select>
      <RouteDrawing routeMap={draft} id={`diagram-${id}`} route={route} contacts="text" municipality={undefined} highlight={id === editing.routeId ? editing.stepId : undefined} />
    </div>
  );
}
