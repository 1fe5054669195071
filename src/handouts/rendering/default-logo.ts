import type { ClinicBranding } from '../handout-content.js';

/**
 * The mark printed when a clinic has configured no logo: a runner in stride on a rounded teal
 * square. Plain shapes and strokes only, so that pdfmake's SVG support draws it as it looks in a
 * browser.
 */
const DEFAULT_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
<rect x="0" y="0" width="64" height="64" rx="14" ry="14" fill="#0f766e"/>
<circle cx="39" cy="14" r="5.5" fill="#ffffff"/>
<path d="M24 30 L33 23 L41 30 L49 29 M33 23 L29 37 L38 43 L36 54 M29 37 L23 46 L14 45" fill="none" stroke="#ffffff" stroke-width="4.5" stroke-linecap="round" stroke-linejoin="round"/>
<path d="M10 56 L54 56" fill="none" stroke="#99f6e4" stroke-width="2.5" stroke-linecap="round"/>
</svg>`;

export const DEFAULT_LOGO: ClinicBranding['logo'] = {
  mime: 'image/svg+xml',
  bytes: Buffer.from(DEFAULT_LOGO_SVG, 'utf8'),
};
