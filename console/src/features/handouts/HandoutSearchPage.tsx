import { Alert, Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Page } from '../../components/Page';
import type { ConsoleFindHandoutsQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { dateText, languageName } from './format';
import { FIND_HANDOUTS } from './operations';

const m = messages.handouts.search;

/**
 * Earlier handouts by part of the patient's name. The name is health data: it lives in this
 * component's state and the request body only, never in the address (no search param), so it
 * reaches no history, bookmark or server log. The API records each search.
 */
export function HandoutSearchPage() {
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const found = useQuery({
    queryKey: ['handouts', 'search', name],
    queryFn: ({ signal }) => request(FIND_HANDOUTS, { patientName: name }, signal),
    enabled: name.length > 0,
    // Every search is audited: do not repeat it behind the user's back.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setName(typed.trim());
  };
  return (
    <Page
      title={m.title}
      actions={
        <Button renderRoot={(props) => <Link to="/handouts/new" {...props} />}>
          {m.newHandout}
        </Button>
      }
    >
      <Text>{m.intro}</Text>
      <form onSubmit={submit} role="search" aria-label={m.title}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={m.name}
            description={m.nameHelp}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            w={320}
          />
          <Button type="submit" disabled={typed.trim().length === 0}>
            {m.find}
          </Button>
        </Group>
      </form>
      <div role="status">
        {found.isFetching ? (
          <Text>{m.searching}</Text>
        ) : found.data ? (
          <Text>{format(m.count, { n: found.data.handouts.totalCount })}</Text>
        ) : null}
      </div>
      {found.error && (
        <Alert color="red" role="alert">
          {found.error.message}
        </Alert>
      )}
      {found.data && found.data.handouts.nodes.length > 0 && (
        <Results rows={found.data.handouts.nodes} />
      )}
    </Page>
  );
}

type Row = ConsoleFindHandoutsQuery['handouts']['nodes'][number];

function Results({ rows }: { rows: Row[] }) {
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{m.cols.patient}</Table.Th>
          <Table.Th scope="col">{m.cols.handout}</Table.Th>
          <Table.Th scope="col">{m.cols.date}</Table.Th>
          <Table.Th scope="col">{m.cols.language}</Table.Th>
          <Table.Th scope="col">{m.cols.clinician}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{h.patientName}</Table.Td>
            <Table.Td>
              <Anchor
                renderRoot={(props) => <Link to="/handouts/$id" params={{ id: h.id }} {...props} />}
              >
                {format(m.handoutLink, { title: h.title, n: h.version })}
              </Anchor>
            </Table.Td>
            <Table.Td>{dateText(h.issuedOn)}</Table.Td>
            <Table.Td>{languageName(h.locale)}</Table.Td>
            <Table.Td>{h.clinicianName}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
