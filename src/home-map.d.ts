/** The home screen's part of the route map, made by the build (scripts/vite-plugins.ts). */
declare module 'virtual:home-map' {
  const homeMap: import('./routemap/home-map').HomeMap;
  export default homeMap;
}
