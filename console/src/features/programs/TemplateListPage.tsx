import { Alert, Anchor, Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Page } from '../../components/Page';
import { FIRST_PAGE, Pager, type Paging, pageVars } from '../../components/Pager';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { PROGRAM_TEMPLATES } from './operations';

const m = messages.programs.templates;
const PAGE_SIZE = 20;
const when = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * /templates: the templates by name, a page at a time (forward with after, back with before),
 * archived ones on request, each name a link to its editor.
 */
export function TemplateListPage() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const [paging, setPaging] = useState<Paging>(FIRST_PAGE);
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['programTemplates', 'list', includeArchived, paging],
    queryFn: ({ signal }) =>
      request(PROGRAM_TEMPLATES, { ...pageVars(paging, PAGE_SIZE), includeArchived }, signal),
    placeholderData: keepPreviousData,
  });
  const list = data?.programTemplates;

  return (
    <Page
      title={m.title}
      actions={
        <Button component={Link} to="/templates/new">
          {m.newTemplate}
        </Button>
      }
    >
      <Text size="sm">{m.help}</Text>
      <Group justify="space-between">
        <Text role="status" aria-live="polite" fw={600} data-testid="template-count">
          {list ? format(m.count, { n: list.totalCount }) : messages.app.loading}
        </Text>
        <Checkbox
          label={m.showArchived}
          checked={includeArchived}
          onChange={(e) => {
            setIncludeArchived(e.currentTarget.checked);
            setPaging(FIRST_PAGE);
          }}
        />
      </Group>
      {error && (
        <Alert color="red" role="alert" title={m.loadFailed}>
          {error.message}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void refetch()}>
            {messages.app.retry}
          </Button>
        </Alert>
      )}
      <Table striped withTableBorder aria-busy={isFetching} data-testid="template-table">
        <Table.Caption>{m.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.name}</Table.Th>
            <Table.Th>{m.description}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{m.exercises}</Table.Th>
            <Table.Th>{m.owner}</Table.Th>
            <Table.Th>{m.updated}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list?.nodes.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{m.empty}</Table.Td>
            </Table.Tr>
          )}
          {list?.nodes.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/templates/$id" params={{ id: t.id }} {...props} />
                  )}
                >
                  {t.name}
                </Anchor>
                {t.archivedAt && (
                  <Badge ml="xs" color="gray" variant="light">
                    {m.archived}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {t.description}
                </Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{t.items.length}</Table.Td>
              <Table.Td>{t.owner?.displayName ?? m.clinic}</Table.Td>
              <Table.Td>{when(t.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pager
        paging={paging}
        size={PAGE_SIZE}
        shown={list?.nodes.length ?? 0}
        total={list?.totalCount ?? 0}
        pageInfo={list?.pageInfo}
        onChange={setPaging}
      />
    </Page>
  );
}
