import { describe, expect, it } from 'vitest';
import shipped from '../../data/routekaart.json';
import type { RouteMap } from './types';
import { municipalities, regionOf } from './regions';
import { splitByRegion } from './by-region';

const routeMap = shipped as RouteMap;
const houses = ['zvh-haaglanden', 'zvh-hollands-midden'];

describe('the user\'s own Zorg- en Veiligheidshuis', () => {
  it('is Hollands Midden for Leiden, with Haaglanden as the other region', () => {
    expect(splitByRegion(routeMap, houses, regionOf(routeMap, 'Leiden'))).toEqual({
      inRegion: ['zvh-hollands-midden'],
      elsewhere: ['zvh-haaglanden'],
    });
  });

  it('is Haaglanden for Delft', () => {
    expect(splitByRegion(routeMap, houses, regionOf(routeMap, 'Delft')).inRegion).toEqual(['zvh-haaglanden']);
  });

  it('is both, as on the map, when no municipality is chosen', () => {
    expect(splitByRegion(routeMap, houses, regionOf(routeMap, undefined))).toEqual({ inRegion: houses, elsewhere: [] });
  });

  it('leaves partners that serve every region alone', () => {
    expect(splitByRegion(routeMap, ['112', 'shop', ...houses], 'haaglanden').inRegion).toEqual(['112', 'shop', 'zvh-haaglanden']);
  });

  it('shows the other region\'s partners openly when none is for the user\'s region: they are the only way on', () => {
    expect(splitByRegion(routeMap, ['zvh-haaglanden'], 'hollands-midden')).toEqual({ inRegion: ['zvh-haaglanden'], elsewhere: [] });
  });

  it('lists the 27 municipalities alphabetically', () => {
    const list = municipalities(routeMap);
    expect(list).toHaveLength(27);
    expect(list[0]).toEqual({ name: 'Alphen aan den Rijn', region: 'hollands-midden' });
    expect(list.at(-1)).toEqual({ name: 'Zuidplas', region: 'hollands-midden' });
  });
});
