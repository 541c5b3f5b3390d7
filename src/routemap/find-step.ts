/** The step a link names. Its own module: the app's shell needs it before the rest of the stepping (./walk.ts) has loaded. */
import { own } from './own';
import type { Route, RouteMap, Step } from './types';

/** A step and the route it is on, as a link names them. */
export interface StepOnRoute {
  routeId: string;
  route: Route;
  stepId: string;
  step: Step;
}

/**
 * The step a link names (the route's start when it names none). Only the map's own routes and
 * steps count: ids come from URLs, and "constructor" and the like must name nothing.
 */
export function findStep(routeMap: RouteMap, routeId: string, stepId?: string): StepOnRoute | undefined {
  const route = own(routeMap.routes, routeId);
  const id = stepId ?? route?.start;
  const step = route && id !== undefined ? own(route.steps, id) : undefined;
  return route && id !== undefined && step ? { routeId, route, stepId: id, step } : undefined;
}
