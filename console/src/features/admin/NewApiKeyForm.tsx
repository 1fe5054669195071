import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { CopyValue } from './CopyValue';
import { CREATE_API_KEY } from './operations';

const m = messages.admin.apiKeys;

/**
 * Names a new key; the answer's secret is shown here once, with a Copy button and a warning,
 * until the admin says it is stored: nothing keeps it afterwards (the API has only its hash).
 */
export function NewApiKeyForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const form = useForm({ initialValues: { name: '' } });
  const create = useMutation({
    mutationFn: (input: { name: string }) => request(CREATE_API_KEY, { input }),
    onSuccess: async ({ createApiKey: k }) => {
      setCreated({ name: k.apiKey.name, secret: k.secret });
      form.reset();
      requestAnimationFrame(() => heading.current?.focus());
      await queryClient.invalidateQueries({ queryKey: ['admin', 'api-keys'] });
    },
    onError: (error) => {
      const { byField, rest } = fieldErrorsFor(error);
      form.setErrors({ name: byField.name ?? rest.join(' ') });
      formRef.current?.querySelector<HTMLElement>('[name="name"]')?.focus();
    },
  });

  if (created) {
    return (
      <Alert color="yellow" variant="outline" p="md">
        <Stack gap="sm">
          <Title order={2} ref={heading} tabIndex={-1} size="h3">
            {format(m.secretTitle, { name: created.name })}
          </Title>
          <Text fw={700}>{m.secretWarning}</Text>
          <CopyValue label={format(m.secretLabel, { name: created.name })} value={created.secret} />
          <Group>
            <Button variant="default" onClick={() => setCreated(null)}>
              {m.dismiss}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  return (
    <Paper withBorder p="md">
      <form ref={formRef} noValidate onSubmit={form.onSubmit((v) => create.mutate(v))}>
        <Group align="flex-end">
          <TextInput
            label={m.name}
            description={m.nameHelp}
            name="name"
            required
            w={320}
            {...form.getInputProps('name')}
          />
          <Button type="submit" loading={create.isPending}>
            {m.create}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
