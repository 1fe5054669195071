import {
  createTheme,
  type CSSVariablesResolver,
  defaultVariantColorsResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { messages } from '../i18n';

/**
 * Light badges and buttons (a tinted background) put shade-6 text on the tint: 2.5 to 4:1 for
 * green, orange and gray. Near-black text on the same tint keeps the colour as a cue and reads at
 * well over 4.5:1.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === 'light') return { ...colors, color: 'var(--mantine-color-black)' };
  return colors;
};

/**
 * Mantine's defaults fail axe's colour contrast (error text 3.28:1, filled buttons 3.55:1, dimmed
 * text 3.32:1; CONSOLE.md). Shade 8 of the primary colour for filled surfaces and darker error,
 * dimmed and placeholder colours bring every page to 4.5:1 or better; the rule stays on in tests.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  // Noto Sans SC first: its unicode-range (app/fonts.ts) limits it to CJK text, which a system
  // font without those glyphs would otherwise draw as boxes.
  fontFamily:
    '"Noto Sans SC", system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
  headings: { fontFamily: 'inherit' },
  variantColorResolver,
  components: {
    // Vocabulary reads as words ("Single leg"), not shouted tags.
    Badge: { defaultProps: { tt: 'none' } },
    // Mantine's close buttons are bare icons: axe (button-name) needs them named, everywhere.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': messages.app.close } } },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': messages.app.closeMessage } },
    },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
