import { encode } from 'uqr';

interface Props {
  text: string;
  label: string;
  class?: string;
}

/**
 * A QR code made on the device (uqr): one SVG path of dark modules on a white square with the
 * standard quiet zone, dark on light in dark mode too, so every camera reads it. It scales with
 * its box; crisp at any size and in print.
 */
export function QrCode({ text, label, class: className }: Props) {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  for (const [y, row] of data.entries()) {
    for (const [x, dark] of row.entries()) if (dark) path += `M${x} ${y}h1v1h-1z`;
  }
  return (
    <svg class={`qr-code ${className ?? ''}`} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
