import { Alert, Code, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Page } from '../../components/Page';
import type { ConsoleAdminAuditQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { AdminSections } from './AdminSections';
import { type AuditFilter, AuditFilters } from './AuditFilters';
import { FIRST_PAGE, Pager, type Paging, pageVars } from './Pager';
import { ACTORS, AUDIT_ENTRIES } from './operations';

const m = messages.admin.audit;
const SIZE = 25;

type Entry = ConsoleAdminAuditQuery['auditEntries']['nodes'][number];

/** The audit log, newest first, filtered by actor, action, target and time, a page at a time. */
export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [paging, setPaging] = useState<Paging>(FIRST_PAGE);
  const actors = useQuery({
    queryKey: ['admin', 'actors'],
    queryFn: async ({ signal }) => (await request(ACTORS, {}, signal)).accountsConnection.nodes,
  });
  const vars = { ...pageVars(paging, SIZE), ...filter };
  const { data, error, isFetching } = useQuery({
    queryKey: ['admin', 'audit', vars],
    queryFn: async ({ signal }) => (await request(AUDIT_ENTRIES, vars, signal)).auditEntries,
    placeholderData: keepPreviousData,
    retry: false,
  });
  // The API names the refused argument (actorId, from, to...): shown at that filter.
  const refused = error ? fieldErrorsFor(error, '') : null;
  const emails = new Map((actors.data ?? []).map((a) => [a.id, a.email]));
  const actorOf = (e: Entry) =>
    e.actorKind === 'account' && e.actorId
      ? (emails.get(e.actorId) ?? format(m.unknownAccount, { id: e.actorId }))
      : e.actorKind === 'apiKey'
        ? format(m.apiKey, { id: e.actorId?.slice(0, 8) ?? '' })
        : e.actorKind === 'system'
          ? m.system
          : m.anonymous;
  return (
    <Page title={m.title}>
      <AdminSections />
      <Text>{m.intro}</Text>
      <AuditFilters
        actors={(actors.data ?? []).map((a) => ({ value: a.id, label: a.email }))}
        errors={refused?.byField ?? {}}
        onApply={(next) => {
          setFilter(next);
          setPaging(FIRST_PAGE);
        }}
      />
      {refused && refused.rest.length > 0 && (
        <Alert color="red" role="alert" title={m.problems}>
          {refused.rest.join(' ')}
        </Alert>
      )}
      <Text role="status" fw={600}>
        {data ? format(m.count, { n: data.totalCount }) : !error && messages.app.loading}
      </Text>
      <DataTable<Entry>
        withTableBorder
        striped
        minHeight={160}
        fetching={isFetching}
        records={error ? [] : (data?.nodes ?? [])}
        noRecordsText={data || error ? m.none : messages.app.loading}
        columns={[
          {
            accessor: 'at',
            title: m.columns.at,
            render: (e) => new Date(e.at).toLocaleString(),
          },
          { accessor: 'actorId', title: m.columns.actor, render: actorOf },
          { accessor: 'action', title: m.columns.action, render: (e) => <Code>{e.action}</Code> },
          {
            accessor: 'targetId',
            title: m.columns.target,
            render: (e) => (e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : ''),
          },
          {
            accessor: 'details',
            title: m.columns.details,
            render: (e) => {
              const text = JSON.stringify(e.details);
              return text === '{}' ? '' : <Code style={{ wordBreak: 'break-all' }}>{text}</Code>;
            },
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
