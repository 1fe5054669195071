import { format, messages } from '../../i18n';

const m = messages.editing;
const f = m.fields;

export type ListPath = 'steps' | 'cues' | 'mistakes' | 'precautions' | 'aliases';
export const LIST_ITEM: Record<ListPath, string> = m.listItems;

/** The path's label as the summary and the conflict view name it: `steps.2` is "Step 3". */
export function labelForPath(path: string): string {
  const [root, rest] = path.split(/\.(.*)/s);
  if (root === 'intensity') {
    const sub = { scale: f.intensityScale, value: f.intensityValue, unit: f.intensityUnit };
    return `${f.intensity}: ${sub[rest as keyof typeof sub] ?? f.intensityBand}`;
  }
  if (root === 'prescription') {
    const sub: Record<string, string> = {
      sets: f.sets,
      amount: f.amount,
      restSeconds: f.restSeconds,
      sessionsPerWeek: f.sessionsPerWeek,
      perSide: f.perSide,
    };
    return `${f.prescription}: ${sub[rest] ?? ''}`;
  }
  if (root in LIST_ITEM && rest !== undefined && /^\d+$/.test(rest)) {
    return format(m.list.item, { label: LIST_ITEM[root as ListPath], n: Number(rest) + 1 });
  }
  return (f as Record<string, string>)[root] ?? root;
}
