import type { ProgramTemplateForEditFragment } from '../../gql/graphql';
import { type ProgramItemValue, fromTemplateItem, toProgramItemInput } from './items';

export type Template = ProgramTemplateForEditFragment;

/** What the template editor edits. */
export interface TemplateValues {
  name: string;
  description: string;
  guidance: string;
  items: ProgramItemValue[];
}

export const EMPTY_TEMPLATE: TemplateValues = {
  name: '',
  description: '',
  guidance: '',
  items: [],
};

export function templateValuesOf(t: Template): TemplateValues {
  return {
    name: t.name,
    description: t.description,
    guidance: t.guidance,
    items: [...t.items].sort((a, b) => a.position - b.position).map(fromTemplateItem),
  };
}

/** The fields the API takes for both create and update (name and text trimmed by the API). */
export function templateInputOf(v: TemplateValues) {
  return {
    name: v.name,
    description: v.description,
    guidance: v.guidance,
    items: v.items.map(toProgramItemInput),
  };
}

export const TEMPLATE_FIELDS = ['name', 'description', 'guidance', 'items'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** The fields where two versions differ, items compared as the API would receive them. */
export function differingFields(a: TemplateValues, b: TemplateValues): TemplateField[] {
  const ai = templateInputOf(a);
  const bi = templateInputOf(b);
  return TEMPLATE_FIELDS.filter((f) => JSON.stringify(ai[f]) !== JSON.stringify(bi[f]));
}

/** `items.2.reps` and `items[2].reps` alike: the item's position, or null for another field. */
function itemIndexOf(path: string): number | null {
  const match = /^items\.(\d+)/.exec(path.replace(/\[(\d+)\]/g, '.$1'));
  return match ? Number(match[1]) : null;
}

/**
 * The refusals a change answers: a detail field the clinician changed, an item they edited, and
 * every item's once items move or go (positions no longer name the same exercise).
 */
export function answeredErrors(
  errorPaths: string[],
  before: TemplateValues,
  patch: Partial<TemplateValues>,
): string[] {
  const after = patch.items;
  const shifted =
    after !== undefined &&
    (after.length < before.items.length ||
      before.items.some((item, i) => after[i]?.key !== item.key));
  return errorPaths.filter((path) => {
    if (path in patch && path !== 'items') return true;
    if (after === undefined) return false;
    const index = itemIndexOf(path);
    if (index === null) return path === 'items';
    return shifted || before.items[index] !== after[index];
  });
}
