// Chinese translations need CJK glyphs that a clinic PC (or CI's Chromium) may not have: the
// service's own Noto Sans SC (the handout PDFs use it too), served from /console/assets, never a
// CDN. unicode-range makes the browser fetch it only when a page shows such characters.
import notoSansSC from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';

const face = new FontFace('Noto Sans SC', `url(${notoSansSC})`, {
  unicodeRange: 'U+2E80-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF',
  display: 'swap',
});
document.fonts.add(face);
