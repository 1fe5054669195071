import { Alert, Anchor, List } from '@mantine/core';
import { format, messages } from '../../i18n';
import { itemFieldId } from './ItemFields';
import { DOSE_KINDS, type ItemDoseKind, type ProgramItemValue, doseKindOf } from './items';

const m = messages.programs.editor;
const DETAIL_IDS: Record<string, string> = {
  name: 'template-name',
  description: 'template-description',
  guidance: 'template-guidance',
};

/** Where a field error of the API (`items.2.reps`, `items[2].reps`, `name`) is shown. */
function target(path: string, items: ProgramItemValue[]): { id: string; label: string } | null {
  if (DETAIL_IDS[path]) return { id: DETAIL_IDS[path], label: m[path as 'name'] };
  const match = /^items\.(\d+)(?:\.(\w+))?$/.exec(path.replace(/\[(\d+)\]/g, '.$1'));
  const item = match && items[Number(match[1])];
  if (!item) return null;
  const field = match[2] ?? 'title';
  // A refusal naming another way of counting is shown on the amount the item has.
  const shownAs = DOSE_KINDS.includes(field as ItemDoseKind) ? doseKindOf(item) : field;
  const label = format(messages.programs.items.item, {
    n: Number(match[1]) + 1,
    name: item.exerciseName,
  });
  return { id: itemFieldId(item.key, shownAs === 'exerciseId' ? 'title' : shownAs), label };
}

/** The errors above the form, each one a link to its field; those no field owns as text. */
export function TemplateErrors({
  byField,
  rest,
  items,
}: {
  byField: Record<string, string>;
  rest: string[];
  items: ProgramItemValue[];
}) {
  const entries = Object.entries(byField);
  return (
    <Alert
      id="template-errors"
      tabIndex={-1}
      color="red"
      role="alert"
      title={format(m.summaryTitle, { n: entries.length + rest.length })}
    >
      <List spacing={4} size="sm">
        {rest.map((text) => (
          <List.Item key={text}>{text}</List.Item>
        ))}
        {entries.map(([path, message]) => {
          const where = target(path, items);
          return (
            <List.Item key={path}>
              {where ? (
                <Anchor
                  href={`#${where.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(where.id)?.focus();
                  }}
                >
                  {where.label}: {message}
                </Anchor>
              ) : (
                message
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
