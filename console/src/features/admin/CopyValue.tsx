import { Button, CopyButton, Group, TextInput } from '@mantine/core';
import { messages } from '../../i18n';

const m = messages.admin;

/**
 * A secret shown once (an API key, a reset link): read-only, selectable, with a Copy button that
 * says "Copied" in a live region, so a screen reader hears it worked.
 */
export function CopyValue({ label, value }: { label: string; value: string }) {
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        style={{ flex: 1 }}
        styles={{ input: { fontFamily: 'monospace' } }}
        data-testid="secret"
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button onClick={copy} color={copied ? 'green' : undefined} miw={96}>
            <span aria-live="polite">{copied ? m.copied : m.copy}</span>
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
