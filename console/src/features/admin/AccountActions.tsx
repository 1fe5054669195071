import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient } from '../../app/query-client';
import type { AdminAccountRowFragment, Role } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { CopyValue } from './CopyValue';
import { ISSUE_RESET, UPDATE_ACCOUNT } from './operations';
import { ROLE_OPTIONS } from './roles';

const m = messages.admin.accounts;

type Change = { role?: Role; active?: boolean };

function refused(error: unknown) {
  notifications.show({ color: 'red', message: (error as Error).message });
}

/** What an admin does to one account: its role, (de)activation, and a one-time reset link. */
export function AccountActions({ account }: { account: AdminAccountRowFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [reset, setReset] = useState<{ url: string; expiresAt: string } | null>(null);
  const update = useMutation({
    mutationFn: (change: Change) =>
      request(UPDATE_ACCOUNT, { input: { id: account.id, ...change } }),
    onSuccess: async ({ updateAccount: a }, change) => {
      setConfirming(false);
      const message =
        change.role !== undefined
          ? format(m.roleChanged, { email: a.email, role: messages.admin.roles[a.role] })
          : format(a.active ? m.reactivated : m.deactivated, { email: a.email });
      notifications.show({ color: 'green', message });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'accounts'] });
    },
    onError: refused,
  });
  const issue = useMutation({
    mutationFn: () => request(ISSUE_RESET, { input: { accountId: account.id } }),
    onSuccess: ({ issuePasswordReset: r }) => setReset({ url: r.url, expiresAt: r.expiresAt }),
    onError: refused,
  });
  const email = account.email;
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label={format(m.roleOf, { email })}
        data={ROLE_OPTIONS}
        value={account.role}
        allowDeselect={false}
        size="xs"
        w={130}
        disabled={update.isPending}
        onChange={(role) => role && role !== account.role && update.mutate({ role: role as Role })}
      />
      {account.active ? (
        <Button
          size="xs"
          color="red"
          variant="light"
          aria-label={format(m.deactivateLabel, { email })}
          onClick={() => setConfirming(true)}
        >
          {m.deactivate}
        </Button>
      ) : (
        <Button
          size="xs"
          variant="light"
          aria-label={format(m.reactivateLabel, { email })}
          loading={update.isPending}
          onClick={() => update.mutate({ active: true })}
        >
          {m.reactivate}
        </Button>
      )}
      <Button
        size="xs"
        variant="default"
        aria-label={format(m.resetLabel, { email })}
        loading={issue.isPending}
        disabled={!account.active}
        onClick={() => issue.mutate()}
      >
        {m.reset}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={m.deactivateTitle}>
        <Stack>
          <Text>{format(m.deactivateText, { email })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {m.cancel}
            </Button>
            <Button
              color="red.9"
              loading={update.isPending}
              onClick={() => update.mutate({ active: false })}
            >
              {m.deactivate}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={reset !== null} onClose={() => setReset(null)} title={m.resetTitle} size="lg">
        {reset && (
          <Stack>
            <Text>
              {format(m.resetText, {
                email,
                expires: new Date(reset.expiresAt).toLocaleString(),
              })}
            </Text>
            <CopyValue label={format(m.resetLink, { email })} value={reset.url} />
            <Group justify="flex-end">
              <Button onClick={() => setReset(null)}>{m.done}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Group>
  );
}
