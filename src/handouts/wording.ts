import { Locale } from '../translations/locale.js';

/** Service-side wording a patient may see, outside the rendered handout itself. */
interface Wording {
  defaultTitle: string;
  linkGone: string;
  askClinic: string;
}

const WORDING: Record<Locale, Wording> = {
  [Locale.EN]: {
    defaultTitle: 'Your home exercise program',
    linkGone: 'This link no longer works.',
    askClinic: 'Please ask your clinic for a new one.',
  },
  [Locale.ES]: {
    defaultTitle: 'Su programa de ejercicios en casa',
    linkGone: 'Este enlace ya no funciona.',
    askClinic: 'Pida uno nuevo a su clínica.',
  },
  [Locale.VI]: {
    defaultTitle: 'Chương trình tập luyện tại nhà của bạn',
    linkGone: 'Liên kết này không còn hoạt động.',
    askClinic: 'Vui lòng liên hệ phòng khám để nhận liên kết mới.',
  },
  [Locale.ZH]: {
    defaultTitle: '您的居家锻炼计划',
    linkGone: '此链接已失效。',
    askClinic: '请向您的诊所索取新的链接。',
  },
};

/** The heading of a handout issued from scratch, in the patient's language. */
export function defaultTitle(locale: Locale): string {
  return WORDING[locale].defaultTitle;
}

/** A small page for a link that expired or was revoked (410), in the handout's language. */
export function linkGonePage(locale: Locale, clinicName: string): string {
  const w = WORDING[locale];
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(clinicName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}h1{font-size:1.4rem}</style>
</head><body><h1>${escape(w.linkGone)}</h1><p>${escape(w.askClinic)}</p><p>${escape(clinicName)}</p></body></html>`;
}
