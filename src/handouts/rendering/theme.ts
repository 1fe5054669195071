/** The paper a clinic prints on: A4 nearly everywhere, US Letter in North America. */
export type PaperSize = 'A4' | 'LETTER';

/** Width and height in points (1/72 in). */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

/** A page and its margins, in points; the bottom margin holds the footer. */
export interface PageGeometry {
  paper: PaperSize;
  width: number;
  height: number;
  side: number;
  top: number;
  bottom: number;
}

export function pageGeometry(paper: PaperSize, large: boolean): PageGeometry {
  return { paper, ...PAPER[paper], side: 48, top: 44, bottom: large ? 64 : 54 };
}

/** Colours shared by the PDF and the HTML page, so both look like the same clinic. */
export const COLORS = {
  ink: '#1f2933',
  muted: '#5b6670',
  brand: '#0f766e',
  brandDark: '#134e4a',
  tint: '#ecf6f4',
  rule: '#cfe3df',
  caution: '#9a3412',
  cautionTint: '#fff4ea',
  white: '#ffffff',
} as const;

/** Type sizes and spacing of one print mode, in points. */
export interface PrintScale {
  body: number;
  small: number;
  tiny: number;
  title: number;
  exerciseTitle: number;
  heading: number;
  badge: number;
  logo: number;
  pictureWidth: number;
  pictureHeight: number;
  qr: number;
  footer: number;
  blockGap: number;
  paragraphGap: number;
}

export const NORMAL_PRINT: PrintScale = {
  body: 9.5,
  small: 8,
  tiny: 7,
  title: 20,
  exerciseTitle: 13,
  heading: 9.5,
  badge: 11,
  logo: 46,
  pictureWidth: 168,
  pictureHeight: 126,
  qr: 92,
  footer: 8,
  blockGap: 12,
  paragraphGap: 4,
};

// Large print is for patients with low vision: 17 pt body is the size of large-print books,
// every block is one column and pictures fill the width.
export const LARGE_PRINT: PrintScale = {
  body: 17,
  small: 14,
  tiny: 11,
  title: 30,
  exerciseTitle: 24,
  heading: 18,
  badge: 18,
  logo: 54,
  pictureWidth: 360,
  pictureHeight: 240,
  qr: 150,
  footer: 13,
  blockGap: 24,
  paragraphGap: 10,
};

/** Noto Sans SC's line box is its ascent plus descent: 1.448 em. */
export const FONT_LINE_HEIGHT = 1.448;
