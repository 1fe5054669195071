import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { ApiError, fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { sessionStore } from '../../lib/session';
import { focusFirst } from './focus';
import { LOGIN } from './operations';

const m = messages.signIn;
type Values = { email: string; password: string };

export function SignInPage({ redirect, reason }: { redirect?: string; reason?: string }) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : format(m.required, { field: 'email' })),
      password: (v) => (v ? null : format(m.required, { field: 'password' })),
    },
  });
  const login = useMutation({
    mutationFn: (input: Values) => request(LOGIN, { input }),
    onSuccess: (data) => {
      sessionStore.set(data.login);
      // Only a path inside the console: never an address someone put in a link.
      const to = redirect?.startsWith('/') && !redirect.startsWith('//') ? redirect : '/exercises';
      void navigate({ to, replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
        form.setErrors({ password: m.failed });
        focusFirst(formRef.current, ['password']);
        return;
      }
      const { byField } = fieldErrorsFor(error);
      form.setErrors(byField);
      focusFirst(formRef.current, Object.keys(byField));
    },
  });
  const problem = login.error;
  const banner =
    problem instanceof ApiError && problem.code === 'RATE_LIMITED'
      ? format(m.wait, { seconds: problem.retryAfterSeconds ?? 60 })
      : problem instanceof ApiError && !['UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(problem.code)
        ? problem.message
        : null;

  return (
    <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
      <Page title={m.title} focusHeading={false}>
        <Text>{m.intro}</Text>
        {reason === 'ended' && <Alert color="blue">{m.sessionEnded}</Alert>}
        {reason === 'signed-out' && <Alert color="blue">{m.signedOut}</Alert>}
        {banner && (
          <Alert color="red" role="alert">
            {banner}
          </Alert>
        )}
        <form
          ref={formRef}
          noValidate
          onSubmit={form.onSubmit(
            (values) => login.mutate({ ...values, email: values.email.trim() }),
            (errors) => focusFirst(formRef.current, Object.keys(errors)),
          )}
        >
          <Stack>
            <TextInput
              label={m.email}
              name="email"
              type="email"
              autoComplete="username"
              required
              data-autofocus
              autoFocus
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={m.password}
              name="password"
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
              // Mantine's PasswordInput marks an error only with data-invalid: say it to screen readers.
              aria-invalid={Boolean(form.errors.password)}
            />
            <Button type="submit" loading={login.isPending}>
              {m.submit}
            </Button>
          </Stack>
        </form>
      </Page>
    </Paper>
  );
}
