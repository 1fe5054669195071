import { Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { sessionStore } from '../../lib/session';
import { focusFirst } from './focus';
import { CHANGE_PASSWORD } from './operations';

const m = messages.changePassword;
type Values = { currentPassword: string; newPassword: string; again: string };
const ORDER: (keyof Values)[] = ['currentPassword', 'newPassword', 'again'];

/** Every session of the account ends on a change; the Session returned replaces this device's. */
export function ChangePasswordPage() {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', again: '' },
    validate: {
      currentPassword: (v) => (v ? null : format(messages.signIn.required, { field: 'password' })),
      newPassword: (v) => (v ? null : format(messages.signIn.required, { field: 'new password' })),
      again: (v, values) => (v === values.newPassword ? null : m.mismatch),
    },
  });
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      request(CHANGE_PASSWORD, { input: { currentPassword, newPassword } }),
    onSuccess: (data) => {
      sessionStore.set(data.changePassword);
      form.reset();
      notifications.show({ color: 'green', message: m.done });
    },
    onError: (error) => {
      const { byField, rest } = fieldErrorsFor(error);
      // A wrong current password is a BAD_USER_INPUT on input.currentPassword, like any field.
      form.setErrors(Object.keys(byField).length ? byField : { currentPassword: rest.join(' ') });
      focusFirst(
        formRef.current,
        ORDER.filter(
          (f) => f in byField || (!Object.keys(byField).length && f === 'currentPassword'),
        ),
      );
    },
  });
  return (
    <Paper maw={480} p="lg" withBorder>
      <Page title={m.title}>
        <Text>{m.intro}</Text>
        <form
          ref={formRef}
          noValidate
          onSubmit={form.onSubmit(
            (values) => change.mutate(values),
            (errors) =>
              focusFirst(
                formRef.current,
                ORDER.filter((f) => f in errors),
              ),
          )}
        >
          <Stack>
            <PasswordInput
              label={m.current}
              name="currentPassword"
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
              // Mantine's PasswordInput marks an error only with data-invalid: say it to screen readers.
              aria-invalid={Boolean(form.errors.currentPassword)}
            />
            <PasswordInput
              label={m.next}
              description={m.nextHelp}
              name="newPassword"
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
              aria-invalid={Boolean(form.errors.newPassword)}
            />
            <PasswordInput
              label={m.again}
              name="again"
              autoComplete="new-password"
              required
              {...form.getInputProps('again')}
              aria-invalid={Boolean(form.errors.again)}
            />
            <Button type="submit" loading={change.isPending}>
              {m.submit}
            </Button>
          </Stack>
        </form>
      </Page>
    </Paper>
  );
}
