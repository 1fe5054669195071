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
