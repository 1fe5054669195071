import type { FormRulesRecord } from '@mantine/form';
import { format, messages } from '../../i18n';
import { fieldId, type FormValues } from './form-values';

const m = messages.editing;
const f = m.fields;

/** What the form checks before sending; the API checks the rest and its errors land on fields. */
export const validate: FormRulesRecord<FormValues> = {
  name: (v) => (v.trim() ? null : format(m.required, { field: f.name.toLowerCase() })),
  summary: (v) => (v.trim() ? null : format(m.required, { field: f.summary.toLowerCase() })),
  difficulty: (v) => (v ? null : m.choose),
  loadKind: (v) => (v ? null : m.choose),
  regions: (v) => (v.length ? null : m.chooseOne),
  focus: (v) => (v.length ? null : m.chooseOne),
  primaryMuscles: (v) => (v.length ? null : m.chooseOne),
  prescription: {
    sets: (v) => (v === '' ? format(m.required, { field: f.sets.toLowerCase() }) : null),
    amount: (v) => (v === '' ? format(m.required, { field: f.amount.toLowerCase() }) : null),
  },
};

/** Focus the first field with an error, in the page's order. */
export function focusFirstError(paths: string[]) {
  requestAnimationFrame(() => {
    const elements = paths
      .map((p) => document.getElementById(fieldId(p)))
      .filter((e): e is HTMLElement => e != null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    (elements[0] ?? document.getElementById('edit-error-summary'))?.focus();
  });
}
