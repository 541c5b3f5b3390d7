import { local } from '../i18n/i18n';
import type { RouteMap } from '../routemap/types';
import { RouteDrawing } from '../ui/parts/route-drawing';
import { editorText } from './form';

interface Props {
  draft: RouteMap;
  /** The route and step of the field being edited, when it is one of a route's. */
  editing: { routeId?: string; stepId?: string };
  onRoute: (routeId: string) => void;
}

/**
 * The route being edited, drawn as the field app draws it (the same drawing as De hele
 * routekaart), from the draft as it is typed; the step whose field has focus is marked.
 */
export function RouteDiagram({ draft, editing, onRoute }: Props) {
  const routes = Object.entries(draft.routes);
  const [id, route] = routes.find(([routeId]) => routeId === editing.routeId) ?? routes[0];
  return (
    <div class="editor-diagram">
      <label class="field__label" for="diagram-route">
        {editorText('diagram.route')}
      </label>
      <select id="diagram-route" value={id} onChange={(event) => onRoute(event.currentTarget.value)}>
        {routes.map(([routeId, each]) => (
          <option value={routeId}>{local(each.title) || routeId}</option>
        ))}
      </select>
      <RouteDrawing routeMap={draft} id={`diagram-${id}`} route={route} contacts="text" municipality={undefined} highlight={editing.stepId} />
    </div>
  );
}
