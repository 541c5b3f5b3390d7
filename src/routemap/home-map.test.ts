import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { homeMapOf } from './home-map';

describe('the home screen part of a route map', () => {
  const routeMap = shipped as RouteMap;
  const home = homeMapOf(routeMap);

  it('holds each route with its title, when to choose it and its first step, and no steps', () => {
    expect(Object.keys(home.routes)).toEqual(Object.keys(routeMap.routes));
    for (const [id, route] of Object.entries(home.routes)) {
      expect(route).toEqual({ title: routeMap.routes[id].title, when: routeMap.routes[id].when, start: routeMap.routes[id].start });
    }
  });

  it('holds the map texts and date, but no partner or contact', () => {
    expect(home.texts).toEqual(routeMap.texts);
    expect(home.checked).toBe(routeMap.checked);
    expect(Object.keys(home).sort()).toEqual(['checked', 'routes', 'terms', 'texts']);
    // Only the words the home's texts use: the rest belongs to the screens that show them.
    expect(home.terms?.map((term) => term.term.nl)).toEqual(['aandachtsfunctionaris mensenhandel']);
    expect(JSON.stringify(home)).not.toMatch(/"(steps|partners|phones|emails)":/);
  });
});
