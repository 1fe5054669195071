import { Alert, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { format, messages } from '../../i18n';
import { labelOf } from '../vocabulary/vocabulary';
import type { Conflict } from './conflict';
import { type FieldKey, type FormValues, sameField } from './form-values';
import { labelForPath } from './labels';

const m = messages.editing;
const f = m.fields;

/** A field's value in words for the conflict view. */
function shown(values: FormValues, key: FieldKey): string {
  const v = values[key];
  const empty = m.conflict.empty;
  if (key === 'intensity') {
    const i = values.intensity;
    if (!i.scale) return empty;
    if (i.scale === 'BAND')
      return format(messages.load.BAND, { colour: labelOf(i.bandColour ?? '') });
    return `${labelOf(i.scale)} ${i.value}${i.unit ? ` ${i.unit.toLowerCase()}` : ''}`;
  }
  if (key === 'prescription') {
    const p = values.prescription;
    return [
      `${p.sets} × ${p.amount} ${m.doseKinds[p.kind].toLowerCase()}`,
      p.perSide ? f.perSide.toLowerCase() : '',
      `${f.restSeconds.toLowerCase()}: ${p.restSeconds}`,
      `${f.sessionsPerWeek.toLowerCase()}: ${p.sessionsPerWeek}`,
    ]
      .filter(Boolean)
      .join(', ');
  }
  if (Array.isArray(v)) {
    const texts = (v as string[]).filter((s) => s.trim());
    if (!texts.length) return empty;
    const enumLike = [
      'planes',
      'equipment',
      'regions',
      'focus',
      'primaryMuscles',
      'secondaryMuscles',
    ];
    return enumLike.includes(key) ? texts.map(labelOf).join(', ') : texts.join(' / ');
  }
  const text = typeof v === 'string' ? v : '';
  if (text === '') return empty;
  if (['stance', 'position', 'tempoIntent', 'loadKind'].includes(key)) return labelOf(text);
  return key === 'difficulty' ? format(m.difficultyLevel, { n: text }) : text;
}

export function ConflictView({
  conflict,
  setChoice,
  onSave,
  onCancel,
}: {
  conflict: Conflict;
  setChoice: (key: FieldKey, choice: 'mine' | 'theirs') => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const c = m.conflict;
  const revision = conflict.theirs.revisions?.nodes[0];
  const date = new Date(revision?.createdAt ?? conflict.theirs.updatedAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const who = revision?.author?.displayName;
  return (
    <Stack>
      <Alert color="orange" variant="light">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }} mb={6}>
          {c.title}
        </Title>
        <Text data-testid="conflict-who">
          {who
            ? format(c.who, {
                who,
                version: conflict.theirs.version,
                date,
                message: revision?.message ?? '',
              })
            : format(c.whoUnknown, { version: conflict.theirs.version, date })}
        </Text>
        <Text mt={4}>{conflict.fields.length ? c.intro : c.noDifference}</Text>
      </Alert>
      {conflict.fields.map((key) => {
        const mineChanged = !sameField(conflict.mine, conflict.base, key);
        const theirsChanged = !sameField(conflict.theirValues, conflict.base, key);
        const who =
          mineChanged && theirsChanged
            ? c.changedByBoth
            : mineChanged
              ? c.changedByMe
              : c.changedByThem;
        return (
          <Card withBorder key={key} data-testid={`conflict-${key}`}>
            <Radio.Group
              label={labelForPath(key)}
              description={who}
              value={conflict.choices[key]}
              onChange={(v) => setChoice(key, v as 'mine' | 'theirs')}
            >
              <Stack gap={8} mt={8}>
                <Radio
                  value="theirs"
                  label={format(c.takeTheirs, { value: shown(conflict.theirValues, key) })}
                />
                <Radio
                  value="mine"
                  label={format(c.keepMine, { value: shown(conflict.mine, key) })}
                />
              </Stack>
            </Radio.Group>
          </Card>
        );
      })}
      <Group>
        <Button onClick={onSave}>{c.saveChoices}</Button>
        <Button variant="default" onClick={onCancel}>
          {c.cancel}
        </Button>
      </Group>
    </Stack>
  );
}
