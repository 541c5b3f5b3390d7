/**
 * What the step screen gives each of its bodies (question, outcome, end). Its own module, so no
 * body imports back the screen that holds it.
 */
import type { Route, RouteMap } from '../../../routemap/types';

export interface StepProps {
  routeMap: RouteMap;
  routeId: string;
  route: Route;
  stepId: string;
  trail: string[];
  /** The user's region, when they chose a municipality. */
  region: string | undefined;
  municipality: string | undefined;
  onMunicipality: (municipality: string) => Promise<void>;
}
