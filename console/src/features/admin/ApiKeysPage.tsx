import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { queryClient } from '../../app/query-client';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { AdminSections } from './AdminSections';
import { NewApiKeyForm } from './NewApiKeyForm';
import { FIRST_PAGE, Pager, type Paging, pageVars } from '../../components/Pager';
import { API_KEYS, REVOKE_API_KEY } from './operations';

const m = messages.admin.apiKeys;
const SIZE = 20;
/** One empty list for every render: the table reacts to a new array as to new rows. */
const NONE: never[] = [];

type Key = { id: string; name: string };

/** The apps' read-only keys: create one (its secret shown once), list them, revoke one. */
export function ApiKeysPage() {
  const [paging, setPaging] = useState<Paging>(FIRST_PAGE);
  const [revoking, setRevoking] = useState<Key | null>(null);
  const vars = pageVars(paging, SIZE);
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['admin', 'api-keys', vars],
    queryFn: async ({ signal }) => (await request(API_KEYS, vars, signal)).apiKeysConnection,
    placeholderData: keepPreviousData,
  });
  const revoke = useMutation({
    mutationFn: (key: Key) => request(REVOKE_API_KEY, { input: { id: key.id } }),
    onSuccess: async (_data, key) => {
      setRevoking(null);
      notifications.show({ color: 'green', message: format(m.revoked, { name: key.name }) });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'api-keys'] });
    },
    onError: (e) => notifications.show({ color: 'red', message: (e as Error).message }),
  });
  const when = (at: string) => new Date(at).toLocaleString();
  return (
    <Page title={m.title}>
      <AdminSections />
      <Text>{m.intro}</Text>
      <NewApiKeyForm />
      <Text role="status" fw={600}>
        {data ? format(m.count, { n: data.totalCount }) : messages.app.loading}
      </Text>
      {error && (
        <Alert color="red" role="alert" title={messages.app.problem}>
          {error.message}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void refetch()}>
            {messages.app.retry}
          </Button>
        </Alert>
      )}
      <DataTable
        withTableBorder
        striped
        minHeight={160}
        fetching={isFetching}
        records={data?.nodes ?? NONE}
        noRecordsText={data ? m.none : messages.app.loading}
        columns={[
          { accessor: 'name', title: m.columns.name },
          {
            accessor: 'prefix',
            title: m.columns.prefix,
            render: (k) => <code>{k.prefix}…</code>,
          },
          { accessor: 'createdAt', title: m.columns.created, render: (k) => when(k.createdAt) },
          {
            accessor: 'revokedAt',
            title: m.columns.status,
            render: (k) =>
              k.revokedAt ? (
                <Badge color="gray" variant="light">
                  {format(m.revokedOn, { at: when(k.revokedAt) })}
                </Badge>
              ) : (
                <Badge color="green" variant="light">
                  {m.working}
                </Badge>
              ),
          },
          {
            accessor: 'actions',
            title: m.columns.actions,
            render: (k) =>
              !k.revokedAt && (
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  aria-label={format(m.revokeLabel, { name: k.name })}
                  onClick={() => setRevoking(k)}
                >
                  {m.revoke}
                </Button>
              ),
          },
        ]}
      />
      <Pager
        paging={paging}
        size={SIZE}
        shown={data?.nodes.length ?? 0}
        total={data?.totalCount ?? 0}
        pageInfo={data?.pageInfo}
        onChange={setPaging}
      />
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={m.revokeTitle}>
        <Stack>
          <Text>{format(m.revokeText, { name: revoking?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {m.cancel}
            </Button>
            <Button
              color="red.9"
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate(revoking)}
            >
              {m.revoke}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}
