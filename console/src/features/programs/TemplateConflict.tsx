import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { format, messages } from '../../i18n';
import type { TemplateField } from './template-values';

const m = messages.programs.editor;

/**
 * A save refused because someone saved first: who won and when, which fields differ, and the
 * two ways on. Nothing is saved over theirs until the clinician says so.
 */
export function TemplateConflict({
  version,
  updatedAt,
  fields,
  onKeepMine,
  onTakeTheirs,
}: {
  version: number;
  updatedAt: string;
  fields: TemplateField[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const date = new Date(updatedAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Alert color="orange" variant="light" data-testid="template-conflict">
      <Title order={2} size="h4" ref={heading} tabIndex={-1} style={{ outline: 'none' }} mb={6}>
        {m.conflict.title}
      </Title>
      <Text>{format(m.conflict.text, { version, date })}</Text>
      <Text mt={4}>
        {fields.length
          ? format(m.conflict.differs, { fields: fields.map((f) => m.fields[f]).join(', ') })
          : m.conflict.same}
      </Text>
      <Group mt="sm">
        <Button onClick={onKeepMine}>{format(m.conflict.keepMine, { version })}</Button>
        <Button variant="default" onClick={onTakeTheirs}>
          {m.conflict.takeTheirs}
        </Button>
      </Group>
    </Alert>
  );
}
