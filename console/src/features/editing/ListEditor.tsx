import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { format, messages } from '../../i18n';
import { describeField } from '../vocabulary/vocabulary';
import { type Form, fieldId } from './form-values';
import { help } from './help';
import { LIST_ITEM, type ListPath } from './labels';

const m = messages.editing;
const f = m.fields;

/** An ordered list of texts: add, remove, move up and down, each button saying which item. */
export function ListEditor({
  form,
  path,
  ordered = false,
}: {
  form: Form;
  path: ListPath;
  ordered?: boolean;
}) {
  const items = form.getValues()[path];
  const item = LIST_ITEM[path];
  const legendId = `${fieldId(path)}-legend`;
  const error = form.errors[path];
  // After a move, focus follows the moved item's button to its new place.
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const move = (from: number, to: number, button: 'up' | 'down') => {
    form.reorderListItem(path, { from, to });
    const target = to === 0 ? 'down' : to === items.length - 1 ? 'up' : button;
    setFocus(`${fieldId(`${path}.${to}`)}-${target}`);
  };
  return (
    <fieldset aria-labelledby={legendId} style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" id={legendId} fw={500} size="sm" p={0}>
        {f[path]}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {help(describeField('CreateExerciseInput', path))}
      </Text>
      <Stack
        gap={6}
        component={ordered ? 'ol' : 'ul'}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {items.length === 0 && (
          <Text component="li" size="sm">
            {m.list.empty}
          </Text>
        )}
        {items.map((_, i) => {
          const n = i + 1;
          const id = fieldId(`${path}.${i}`);
          return (
            <li key={i}>
              <Group gap={6} align="flex-start" wrap="nowrap">
                <TextInput
                  id={id}
                  style={{ flex: 1 }}
                  label={format(m.list.item, { label: item, n })}
                  {...form.getInputProps(`${path}.${i}`)}
                />
                <Group gap={2} mt={24} wrap="nowrap">
                  <Button
                    id={`${id}-up`}
                    size="compact-sm"
                    variant="subtle"
                    disabled={i === 0}
                    aria-label={format(m.list.up, { label: item.toLowerCase(), n })}
                    onClick={() => move(i, i - 1, 'up')}
                  >
                    ↑ {m.list.upShort}
                  </Button>
                  <Button
                    id={`${id}-down`}
                    size="compact-sm"
                    variant="subtle"
                    disabled={i === items.length - 1}
                    aria-label={format(m.list.down, { label: item.toLowerCase(), n })}
                    onClick={() => move(i, i + 1, 'down')}
                  >
                    ↓ {m.list.downShort}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={format(m.list.remove, { label: item.toLowerCase(), n })}
                    onClick={() => {
                      form.removeListItem(path, i);
                      setFocus(`${fieldId(path)}-add`);
                    }}
                  >
                    {m.list.removeShort}
                  </Button>
                </Group>
              </Group>
            </li>
          );
        })}
      </Stack>
      {error && (
        <Text size="sm" c="red" mt={4}>
          {error}
        </Text>
      )}
      <Button
        id={`${fieldId(path)}-add`}
        mt={6}
        size="compact-sm"
        variant="light"
        onClick={() => {
          form.insertListItem(path, '');
          setFocus(fieldId(`${path}.${items.length}`));
        }}
      >
        {format(m.list.add, { label: item.toLowerCase() })}
      </Button>
    </fieldset>
  );
}
