import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { format, messages } from '../../i18n';
import { ApiError, fieldErrorsFor } from '../../lib/errors';
import { fieldLabel } from './fields';

const m = messages.workflow;

/**
 * A refused change in words: the server's own message (and each field's), or, for a CONFLICT,
 * that someone changed it first, with a button to reload it.
 */
export function ProblemAlert({
  error,
  title,
  onReload,
}: {
  error: unknown;
  title: string;
  onReload: () => void;
}) {
  if (error instanceof ApiError && error.code === 'CONFLICT') {
    return (
      <Alert color="orange" role="alert" title={title}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {error.currentVersion == null
              ? m.conflictUnknown
              : format(m.conflict, { version: error.currentVersion })}
          </Text>
          <Button size="xs" variant="default" onClick={onReload}>
            {m.reload}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const { byField, rest } = fieldErrorsFor(error);
  const lines = [
    ...rest,
    ...Object.entries(byField).map(([field, message]) => `${fieldLabel(field)}: ${message}`),
  ];
  // A move the status no longer allows: the page is likely stale, so offer the reload too.
  const stale = byField.status != null;
  return (
    <Alert color="red" role="alert" title={title}>
      <Stack gap="xs" align="flex-start">
        {lines.length === 1 ? (
          <Text size="sm">{lines[0]}</Text>
        ) : (
          <List size="sm">
            {lines.map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
        )}
        {stale && (
          <Button size="xs" variant="default" onClick={onReload}>
            {m.reload}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
