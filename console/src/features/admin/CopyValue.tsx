import { Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { messages } from '../../i18n';

const m = messages.admin;

/**
 * A secret shown once (an API key, a reset link), in monospace on a line of its own (a text
 * field clipped the underscores of a key), selectable, with a Copy button that says "Copied" in
 * a live region, so a screen reader hears it worked.
 */
export function CopyValue({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id={id}>
        {label}
      </Text>
      <Group align="center" wrap="nowrap">
        <Text
          // A read-only text box to assistive technology: named by the label, focusable, selectable.
          role="textbox"
          aria-readonly
          aria-labelledby={id}
          tabIndex={0}
          ff="monospace"
          data-testid="secret"
          p="xs"
          bg="gray.0"
          bd="1px solid gray.4"
          style={{ flex: 1, wordBreak: 'break-all', borderRadius: 4, userSelect: 'all' }}
        >
          {value}
        </Text>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button onClick={copy} miw={96}>
              <span aria-live="polite">{copied ? m.copied : m.copy}</span>
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
