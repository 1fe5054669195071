import { Alert, Badge, Button, Grid, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useEffect, useRef, useState } from 'react';
import { Page } from '../../components/Page';
import type { ExerciseRowFragment } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { labelOf } from '../vocabulary/vocabulary';
import { FacetPanel } from './FacetPanel';
import { filterOf, type ListSearch, PAGE_SIZE, withFilters } from './list-search';
import { EXERCISE_LIST, EXERCISE_SEARCH } from './operations';

const m = messages.exercises;
/** Long enough that a typist's next key usually comes first; short enough to feel live. */
const TYPING_PAUSE_MS = 250;

/** The list's last state, so the detail page's way back returns to the same search. */
export let lastListSearch: ListSearch = {};

function useExercises(search: ListSearch) {
  const filter = filterOf(search);
  const paging = search.before
    ? { last: PAGE_SIZE, before: search.before }
    : { first: PAGE_SIZE, after: search.after };
  return useQuery({
    queryKey: ['exercises', 'list', search.q ?? '', filter, paging],
    queryFn: async ({ signal }) => {
      if (search.q) {
        const data = await request(EXERCISE_SEARCH, { query: search.q, filter, ...paging }, signal);
        return { page: data.searchExercises, facets: data.exerciseFacets };
      }
      const data = await request(EXERCISE_LIST, { filter, ...paging }, signal);
      return { page: data.exercises, facets: data.exerciseFacets };
    },
    // The page shown stays while the next loads: no flash of an empty table between keystrokes.
    placeholderData: keepPreviousData,
  });
}

export function ExerciseListPage({
  search,
  setSearch,
}: {
  search: ListSearch;
  setSearch: (next: ListSearch, options?: { replace?: boolean }) => void;
}) {
  lastListSearch = search;
  const [text, setText] = useState(search.q ?? '');
  const [typed] = useDebouncedValue(text, TYPING_PAUSE_MS);
  const pushed = useRef(search.q ?? '');

  // Typing updates the URL after a pause, replacing the entry: one history step per search.
  useEffect(() => {
    const q = typed.trim();
    if (q === (search.q ?? '')) return;
    pushed.current = q;
    setSearch(withFilters(search, { q: q || undefined }), { replace: true });
  }, [typed]); // only a new pause in typing sends
  // The URL changed from outside (back button, a shared link): show its words.
  useEffect(() => {
    if ((search.q ?? '') !== pushed.current) {
      pushed.current = search.q ?? '';
      setText(search.q ?? '');
    }
  }, [search.q]);

  const { data, error, isFetching, refetch } = useExercises(search);
  const total = data?.page.totalCount ?? 0;
  const page = search.page ?? 1;
  const from = total ? (page - 1) * PAGE_SIZE + 1 : 0;
  const to = Math.min(total, from + (data?.page.nodes.length ?? 0) - 1);

  return (
    <Page
      title={m.title}
      actions={
        <Button component={Link} to="/exercises/new">
          {messages.editing.newExercise}
        </Button>
      }
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <FacetPanel search={search} facets={data?.facets} onChange={(next) => setSearch(next)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <TextInput
            type="search"
            label={m.search}
            description={m.searchHelp}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            mb="sm"
          />
          {/* The count is the live region: a screen reader hears how many match after each change. */}
          <Group justify="space-between" mb="xs">
            <Text role="status" aria-live="polite" fw={600} data-testid="result-count">
              {data ? format(m.found, { count: total }) : messages.app.loading}
            </Text>
            {total > 0 && (
              <Text size="sm" c="dimmed">
                {format(m.range, { from, to, total })}
              </Text>
            )}
          </Group>
          {error && (
            <Alert color="red" role="alert" mb="sm" title={messages.app.problem}>
              {error.message}{' '}
              <Button variant="subtle" size="compact-sm" onClick={() => void refetch()}>
                {messages.app.retry}
              </Button>
            </Alert>
          )}
          {/* A box of its own: in the grid's stretched column the table would grow to its height. */}
          <div>
            <DataTable<ExerciseRowFragment>
              withTableBorder
              striped
              highlightOnHover
              minHeight={160}
              fetching={isFetching}
              records={data?.page.nodes ?? []}
              noRecordsText={data ? m.noneFound : messages.app.loading}
              columns={[
                {
                  accessor: 'name',
                  title: m.columns.name,
                  render: (row) => (
                    <Link to="/exercises/$slug" params={{ slug: row.slug }}>
                      {row.name}
                    </Link>
                  ),
                },
                {
                  accessor: 'status',
                  title: m.columns.status,
                  render: (row) => (
                    <Badge variant="light" color={row.status === 'PUBLISHED' ? 'green' : 'gray'}>
                      {labelOf(row.status)}
                    </Badge>
                  ),
                },
                { accessor: 'difficulty', title: m.columns.difficulty, textAlign: 'right' },
                {
                  accessor: 'planes',
                  title: m.columns.planes,
                  render: (row) => row.planes.map(labelOf).join(', '),
                },
                {
                  accessor: 'stance',
                  title: m.columns.stance,
                  render: (row) => (row.stance ? labelOf(row.stance) : ''),
                },
                {
                  accessor: 'tempo.notation',
                  title: m.columns.tempo,
                  // A hold has no notation: its intent (Isometric) says it instead of a blank.
                  render: (row) =>
                    [row.tempo.notation, row.tempo.intent && labelOf(row.tempo.intent)]
                      .filter(Boolean)
                      .join(' · '),
                },
              ]}
            />
          </div>
          <Group justify="space-between" mt="sm">
            <Button
              variant="default"
              disabled={!data?.page.pageInfo.hasPreviousPage || page <= 1}
              onClick={() =>
                setSearch({
                  ...search,
                  after: undefined,
                  before: page > 2 ? (data?.page.pageInfo.startCursor ?? undefined) : undefined,
                  page: page > 2 ? page - 1 : undefined,
                })
              }
            >
              {m.previous}
            </Button>
            <Text size="sm">{format(m.pageOf, { page })}</Text>
            <Button
              variant="default"
              disabled={!data?.page.pageInfo.hasNextPage}
              onClick={() =>
                setSearch({
                  ...search,
                  before: undefined,
                  after: data?.page.pageInfo.endCursor ?? undefined,
                  page: page + 1,
                })
              }
            >
              {m.next}
            </Button>
          </Group>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
