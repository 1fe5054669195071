import QRCode from 'qrcode';
import { escapeHtml } from './html-escape.js';

/**
 * A QR code as an inline SVG string, built synchronously from the qrcode package's module matrix
 * (its own SVG renderer is asynchronous). Dark modules are joined into one path per row run.
 */
export function qrSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4; // the quiet zone the QR specification asks for, in modules
  const size = modules.size;
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.data[row * size + col]) col++;
      path += `M${start + quiet} ${row + quiet}h${col - start}v1h${start - col}z`;
    }
  }
  const box = size + 2 * quiet;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" role="img" ` +
    `aria-label="${escapeHtml(label)}" ` +
    `shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/>` +
    `<path fill="#1f2933" d="${path}"/></svg>`
  );
}
