import { Alert, Badge, Button, Group, Paper, Select, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Page } from '../../components/Page';
import type { AdminAccountRowFragment, Role } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { AccountActions } from './AccountActions';
import { AccountForm } from './AccountForm';
import { AdminSections } from './AdminSections';
import { FIRST_PAGE, Pager, type Paging, pageVars } from '../../components/Pager';
import { ACCOUNTS } from './operations';
import { ROLE_OPTIONS } from './roles';

const m = messages.admin.accounts;
const SIZE = 20;
/** One empty list for every render: the table reacts to a new array as to new rows. */
const NONE: never[] = [];

/** Accounts by email, filtered by role and status, with each one's actions and a create form. */
export function AccountsPage() {
  const [role, setRole] = useState<Role | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [paging, setPaging] = useState<Paging>(FIRST_PAGE);
  const [creating, setCreating] = useState(false);
  const vars = {
    ...pageVars(paging, SIZE),
    role: role ? [role] : undefined,
    active: active === null ? undefined : active === 'true',
  };
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['admin', 'accounts', vars],
    queryFn: async ({ signal }) => (await request(ACCOUNTS, vars, signal)).accountsConnection,
    placeholderData: keepPreviousData,
  });
  const filter = (apply: () => void) => {
    apply();
    setPaging(FIRST_PAGE);
  };
  return (
    <Page
      title={m.title}
      actions={
        !creating && (
          <Button onClick={() => setCreating(true)} style={{ alignSelf: 'center' }}>
            {m.create}
          </Button>
        )
      }
    >
      <AdminSections />
      <Text>{m.intro}</Text>
      {creating && (
        <Paper withBorder p="md" component="section">
          <AccountForm onDone={() => setCreating(false)} />
        </Paper>
      )}
      <Group align="flex-end">
        <Select
          label={m.filterRole}
          placeholder={messages.admin.any}
          data={ROLE_OPTIONS}
          value={role}
          clearable
          onChange={(v) => filter(() => setRole(v as Role | null))}
          w={180}
        />
        <Select
          label={m.filterActive}
          placeholder={messages.admin.any}
          data={[
            { value: 'true', label: m.activeOnly },
            { value: 'false', label: m.inactiveOnly },
          ]}
          value={active}
          clearable
          onChange={(v) => filter(() => setActive(v))}
          w={180}
        />
        <Text role="status" fw={600} ml="auto">
          {data ? format(m.count, { n: data.totalCount }) : messages.app.loading}
        </Text>
      </Group>
      {error && (
        <Alert color="red" role="alert" title={messages.app.problem}>
          {error.message}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void refetch()}>
            {messages.app.retry}
          </Button>
        </Alert>
      )}
      <DataTable<AdminAccountRowFragment>
        withTableBorder
        striped
        minHeight={160}
        fetching={isFetching}
        records={data?.nodes ?? NONE}
        noRecordsText={data ? m.none : messages.app.loading}
        columns={[
          { accessor: 'email', title: m.columns.email },
          { accessor: 'displayName', title: m.columns.name },
          {
            accessor: 'active',
            title: m.columns.status,
            render: (a) => (
              <Badge color={a.active ? 'green' : 'gray'} variant="light">
                {a.active ? m.active : m.inactive}
              </Badge>
            ),
          },
          {
            accessor: 'actions',
            title: m.columns.actions,
            render: (a) => <AccountActions account={a} />,
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
    </Page>
  );
}
