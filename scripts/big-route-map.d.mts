import type { RouteMap } from '../src/routemap/types';

export function bigRouteMap(routeMap: RouteMap, factor?: number): RouteMap;
