import { Alert, Code, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { Page } from '../../components/Page';
import type { ConsoleAdminAuditQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { AdminSections } from './AdminSections';
import { type AuditFilter, AuditFilters } from './AuditFilters';
import { FIRST_PAGE, Pager, type Paging, pageVars } from '../../components/Pager';
import { ACTORS, AUDIT_ENTRIES } from './operations';

const m = messages.admin.audit;
const SIZE = 25;
/** One empty list for every render: the table reacts to a new array as to new rows. */
const NONE: never[] = [];
const NO_ERRORS: Record<string, string> = {};

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
  const emails = useMemo(
    () => new Map((actors.data ?? []).map((a) => [a.id, a.email])),
    [actors.data],
  );
  // The same options object between renders: the Select re-syncs its search on a new one.
  const actorOptions = useMemo(
    () => (actors.data ?? []).map((a) => ({ value: a.id, label: a.email })),
    [actors.data],
  );
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
        actors={actorOptions}
        errors={refused?.byField ?? NO_ERRORS}
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
        records={error ? NONE : (data?.nodes ?? NONE)}
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
            // An account is named by its email, as the actor is; other records by kind and id.
            render: (e) =>
              e.targetType === 'account' && e.targetId && emails.has(e.targetId)
                ? `account ${emails.get(e.targetId)}`
                : e.targetType
                  ? `${e.targetType} ${e.targetId ?? ''}`
                  : '',
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
