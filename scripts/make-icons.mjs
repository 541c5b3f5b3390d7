/**
 * Draws the app's mark (a route from a start point to a signal) and renders the PNG icons and
 * favicon from it with Chromium. Run `npm run icons` after changing the mark; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const BRAND = '#154273';
const SIGNAL = '#ffb612';

/** The mark on a 512 grid; `scale` shrinks it into a maskable icon's safe zone. */
function mark({ rounded, scale = 1 }) {
  const inset = (512 * (1 - scale)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 104 : 0}" fill="${BRAND}"/>
  <g transform="translate(${inset} ${inset}) scale(${scale})">
    <path d="M150 392 C150 280 362 300 362 190" fill="none" stroke="#fff" stroke-width="40" stroke-linecap="round" stroke-dasharray="1 70"/>
    <path d="M150 392 C150 280 362 300 362 190" fill="none" stroke="#fff" stroke-width="20" stroke-linecap="round"/>
    <circle cx="150" cy="392" r="44" fill="#fff"/>
    <path d="M362 76 C302 76 262 122 262 174 C262 240 362 320 362 320 C362 320 462 240 462 174 C462 122 422 76 362 76 Z" fill="${SIGNAL}" stroke="#fff" stroke-width="16"/>
    <circle cx="362" cy="176" r="34" fill="${BRAND}"/>
  </g>
</svg>
`;
}

/** An .ico holding one PNG, which every current browser accepts. */
function ico(png) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(32, 6); // width
  header.writeUInt8(32, 7); // height
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18); // where the PNG starts
  return Buffer.concat([header, png]);
}

/** A shortcut's icon (long-press on the app icon in Android): one white symbol on the brand colour. */
function shortcut(symbol) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
  <rect width="96" height="96" rx="20" fill="${BRAND}"/>
  <g fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">${symbol}</g>
</svg>
`;
}

const SHORTCUTS = {
  // A person: the route for an identifiable victim.
  persoon: '<circle cx="48" cy="32" r="13"/><path d="M24 78c0-16 10-26 24-26s24 10 24 26"/>',
  // A map pin: the route for a location.
  locatie: '<path d="M48 82S24 58 24 40a24 24 0 0 1 48 0c0 18-24 42-24 42z"/><circle cx="48" cy="40" r="8"/>',
  // A list: all partners.
  partners: '<path d="M36 30h36M36 48h36M36 66h36"/><circle cx="24" cy="30" r="2"/><circle cx="24" cy="48" r="2"/><circle cx="24" cy="66" r="2"/>',
};

const outputs = [
  ...Object.entries(SHORTCUTS).map(([name, symbol]) => ({ file: `public/icons/shortcut-${name}.png`, size: 96, svg: shortcut(symbol) })),
  { file: 'public/icons/icon-192.png', size: 192, svg: mark({ rounded: true }) },
  { file: 'public/icons/icon-512.png', size: 512, svg: mark({ rounded: true }) },
  { file: 'public/icons/icon-maskable-512.png', size: 512, svg: mark({ rounded: false, scale: 0.72 }) },
  { file: 'public/apple-touch-icon.png', size: 180, svg: mark({ rounded: false, scale: 0.86 }) },
];

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/favicon.svg', mark({ rounded: true }));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
const render = async (svg, size) => {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  return page.screenshot({ omitBackground: true });
};
for (const { file, size, svg } of outputs) {
  writeFileSync(file, await render(svg, size));
  console.log(`wrote ${file}`);
}
writeFileSync('public/favicon.ico', ico(await render(mark({ rounded: true }), 32)));
console.log('wrote public/favicon.ico and public/favicon.svg');
await browser.close();
