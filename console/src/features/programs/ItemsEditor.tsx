import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { format, messages } from '../../i18n';
import { ExercisePicker } from './ExercisePicker';
import { ItemFields, itemFieldId } from './ItemFields';
import { type ProgramItemValue, itemErrors, newProgramItem } from './items';

const m = messages.programs.items;
const PICKER_ID = 'program-items-add';

/**
 * A program's exercises in order: add one by name, move it up or down, remove it, and set its
 * dose. `errors` are the API's field errors as it names them (`input.items.2.reps`), shown next
 * to the field of the item at that position.
 */
export function ItemsEditor({
  value,
  onChange,
  errors,
}: {
  value: ProgramItemValue[];
  onChange: (value: ProgramItemValue[]) => void;
  errors?: Record<string, string>;
}) {
  const byItem = itemErrors(errors);
  const [announcement, setAnnouncement] = useState('');
  // After a move or a removal, focus goes where the clinician's hand is: the moved button, or
  // the picker once the item is gone.
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
    const edge = to === 0 ? 'down' : to === next.length - 1 ? 'up' : to < from ? 'up' : 'down';
    setFocus(itemFieldId(item.key, edge));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="program-items-title">
      <div>
        <Title order={2} size="h3" id="program-items-title">
          {m.legend}
        </Title>
        <Text size="sm" c="dimmed">
          {m.help}
        </Text>
      </div>
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {value.length === 0 && (
          <Text component="li" size="sm">
            {m.empty}
          </Text>
        )}
        {value.map((item, i) => {
          const name = item.exerciseName;
          const fieldErrors = byItem.get(i) ?? {};
          return (
            <Paper
              key={item.key}
              component="li"
              withBorder
              p="sm"
              aria-labelledby={itemFieldId(item.key, 'title')}
            >
              <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap">
                <div>
                  <Title order={3} size="h5" id={itemFieldId(item.key, 'title')} tabIndex={-1}>
                    {format(m.item, { n: i + 1, name })}
                  </Title>
                  {fieldErrors.exerciseId && (
                    <Text size="sm" c="red" id={itemFieldId(item.key, 'exerciseId')}>
                      {fieldErrors.exerciseId}
                    </Text>
                  )}
                </div>
                <Group gap={2} wrap="nowrap">
                  <Button
                    id={itemFieldId(item.key, 'up')}
                    size="compact-sm"
                    variant="subtle"
                    disabled={i === 0}
                    aria-label={format(m.up, { name })}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑ {m.upShort}
                  </Button>
                  <Button
                    id={itemFieldId(item.key, 'down')}
                    size="compact-sm"
                    variant="subtle"
                    disabled={i === value.length - 1}
                    aria-label={format(m.down, { name })}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓ {m.downShort}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={format(m.remove, { name })}
                    onClick={() => {
                      onChange(value.filter((other) => other.key !== item.key));
                      setAnnouncement(format(m.removed, { name }));
                      setFocus(PICKER_ID);
                    }}
                  >
                    {m.removeShort}
                  </Button>
                </Group>
              </Group>
              <ItemFields
                item={item}
                errors={fieldErrors}
                onChange={(changed) =>
                  onChange(value.map((other) => (other.key === item.key ? changed : other)))
                }
              />
            </Paper>
          );
        })}
      </Stack>
      <ExercisePicker
        id={PICKER_ID}
        onPick={(exercise) => {
          onChange([...value, newProgramItem(exercise, exercise.prescription)]);
          setAnnouncement(format(m.added, { name: exercise.name, n: value.length + 1 }));
        }}
      />
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </Stack>
  );
}
