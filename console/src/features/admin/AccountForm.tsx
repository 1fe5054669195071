import {
  Alert,
  Button,
  Group,
  PasswordInput,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { queryClient } from '../../app/query-client';
import type { Role } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { focusFirst } from '../auth/focus';
import { CREATE_ACCOUNT } from './operations';
import { ROLE_OPTIONS } from './roles';

const m = messages.admin.accounts;
type Values = { email: string; displayName: string; password: string; role: Role };
const ORDER: (keyof Values)[] = ['email', 'displayName', 'password', 'role'];

/** A new account; the API's refusals (an email taken, a weak password) show at their fields. */
export function AccountForm({ onDone }: { onDone(): void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    initialValues: { email: '', displayName: '', password: '', role: 'STAFF' },
  });
  const create = useMutation({
    mutationFn: (input: Values) => request(CREATE_ACCOUNT, { input }),
    onSuccess: async (data) => {
      notifications.show({
        color: 'green',
        message: format(m.created, { email: data.createAccount.email }),
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'accounts'] });
      onDone();
    },
    onError: (error) => {
      const { byField, rest } = fieldErrorsFor(error);
      form.setErrors(byField);
      if (rest.length) form.setFieldError('general', rest.join(' '));
      focusFirst(
        formRef.current,
        ORDER.filter((f) => f in byField),
      );
    },
  });
  const general = form.errors.general;
  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack gap="sm" maw={520}>
        <Title order={2}>{m.createTitle}</Title>
        {general && (
          <Alert color="red" role="alert" title={m.problems}>
            {general}
          </Alert>
        )}
        <TextInput
          label={m.email}
          name="email"
          type="email"
          autoComplete="off"
          required
          {...form.getInputProps('email')}
        />
        <TextInput
          label={m.displayName}
          description={m.displayNameHelp}
          name="displayName"
          required
          {...form.getInputProps('displayName')}
        />
        <PasswordInput
          label={m.password}
          description={m.passwordHelp}
          name="password"
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
          aria-invalid={Boolean(form.errors.password)}
        />
        <Select
          label={m.role}
          name="role"
          data={ROLE_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {m.save}
          </Button>
          <Button variant="default" onClick={onDone}>
            {m.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
