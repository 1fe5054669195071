import type { Locale } from '../translations/locale.js';
import { escapeHtml } from './rendering/html-escape.js';
import { messagesFor } from './rendering/messages.js';

/** A small page for a link that expired or was revoked (410), in the handout's language. */
export function linkGonePage(locale: Locale, clinicName: string): string {
  const m = messagesFor(locale);
  return `<!doctype html><html lang="${m.languageTag}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(clinicName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}h1{font-size:1.4rem}</style>
</head><body><h1>${escapeHtml(m.linkGone)}</h1><p>${escapeHtml(m.askClinic)}</p><p>${escapeHtml(clinicName)}</p></body></html>`;
}
