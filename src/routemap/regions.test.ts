import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { municipalities } from './regions';

const routeMap = shipped as RouteMap;

describe("the map's municipalities", () => {
  it('lists the 27 municipalities alphabetically', () => {
    const list = municipalities(routeMap);
    expect(list).toHaveLength(27);
    expect(list[0]).toEqual({ name: 'Alphen aan den Rijn', region: 'hollands-midden' });
    expect(list.at(-1)).toEqual({ name: 'Zuidplas', region: 'hollands-midden' });
  });
});
