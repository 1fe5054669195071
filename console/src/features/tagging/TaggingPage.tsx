import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useEffect, useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { Page } from '../../components/Page';
import type { TaggingRowFragment } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { type EnumName, describeEnum, valuesOf } from '../vocabulary/vocabulary';
import {
  type Choices,
  inputFor,
  NO_CHOICES,
  type Outcome,
  outcomeOf,
  problemsOf,
  TAG_FIELDS,
  type TagField,
  type Target,
} from './bulk';
import { TAG_EXERCISE, TAGGING_QUEUE } from './operations';

const m = messages.tagging;
const PAGE_SIZE = 25;

type Paging = { after?: string; before?: string; page: number };

function useQueue(paging: Paging) {
  const vars = paging.before
    ? { last: PAGE_SIZE, before: paging.before }
    : { first: PAGE_SIZE, after: paging.after };
  return useQuery({
    queryKey: ['exercises', 'tagging', vars],
    queryFn: async ({ signal }) =>
      (await request(TAGGING_QUEUE, vars, signal)).exercisesNeedingTags,
    placeholderData: keepPreviousData,
  });
}

interface Result {
  target: Target;
  outcome: Outcome;
}

const failed = (r: Result) => r.outcome.kind === 'conflict' || r.outcome.kind === 'error';

/** Which enum each single-value picker reads its values and help from. */
const PICKERS: Record<Exclude<TagField, 'planes'>, EnumName> = {
  stance: 'Stance',
  position: 'BodyPosition',
  tempoIntent: 'TempoIntent',
};

/**
 * The tagging queue (issue 15): imported drafts still lacking tags, selected in a table; a panel
 * where the PT ticks which tags to set and picks their values (the schema's descriptions as
 * help), then one updateExercise per draft against that draft's own version, a progress bar,
 * and each draft's result in words with a retry for the ones refused.
 */
export function TaggingPage() {
  const [paging, setPaging] = useState<Paging>({ page: 1 });
  const { data, error, isFetching, refetch, dataUpdatedAt } = useQueue(paging);
  const [selected, setSelected] = useState<TaggingRowFragment[]>([]);
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [results, setResults] = useState<Result[]>([]);
  const [running, setRunning] = useState(false);
  // Drafts completed since the queue was last read, by when: the count goes down as each is
  // done, before the queue is read again.
  const [completed, setCompleted] = useState<Map<string, number>>(new Map());
  const ranWith = useRef<Choices>(NO_CHOICES);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const total = data?.totalCount ?? 0;
  const doneSinceRead = [...completed.values()].filter((at) => at > dataUpdatedAt).length;
  const count = Math.max(0, total - doneSinceRead);
  const from = total ? (paging.page - 1) * PAGE_SIZE + 1 : 0;
  const to = Math.min(total, from + (data?.nodes.length ?? 0) - 1);

  async function run(targets: Target[], using: Choices) {
    ranWith.current = using;
    setRunning(true);
    // A retry keeps each row in its place; a new run starts a new list.
    const pending = (target: Target): Result => ({ target, outcome: { kind: 'pending' } });
    setResults((prev) =>
      prev.some((r) => targets.some((t) => t.id === r.target.id))
        ? prev.map((r) => {
            const again = targets.find((t) => t.id === r.target.id);
            return again ? pending(again) : r;
          })
        : targets.map(pending),
    );
    // The panel closes: focus goes to the results, where the progress is.
    requestAnimationFrame(() => resultsHeading.current?.focus());
    let ok = 0;
    // One at a time: each draft its own update with its own version, the progress exact.
    for (const target of targets) {
      let outcome: Outcome;
      let version = target.version;
      try {
        const res = await request(TAG_EXERCISE, { input: inputFor(using, target) });
        outcome = { kind: 'ok', stillLacks: res.updateExercise.needsTagging };
        version = res.updateExercise.version;
        ok += 1;
        if (res.updateExercise.needsTagging.length === 0) {
          setCompleted((prev) => new Map(prev).set(target.id, Date.now()));
        }
      } catch (e) {
        outcome = outcomeOf(e);
      }
      setResults((prev) =>
        prev.map((r) =>
          r.target.id === target.id ? { target: { ...target, version }, outcome } : r,
        ),
      );
    }
    setRunning(false);
    await queryClient.invalidateQueries({ queryKey: ['exercises'] });
    const all = targets.length;
    notifications.show({
      // No title: Mantine greys a titled notification's message below AA contrast.
      color: ok === all ? 'green' : 'red',
      message: format(ok === all ? m.done : m.doneSome, { ok, total: all }),
    });
  }

  const targetsOf = (rows: TaggingRowFragment[]): Target[] =>
    rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, version: r.version, tempo: r.tempo }));

  // Once problems are shown, each change re-checks: a fixed one leaves its field and the summary.
  const shown = Object.keys(problems).length > 0;
  useEffect(() => {
    if (shown) setProblems(problemsOf(choices, targetsOf(selected)));
  }, [choices, selected, shown]);

  function apply() {
    const targets = targetsOf(selected);
    const found = problemsOf(choices, targets);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // Focus the first field named, or the summary when the problem is the whole panel's.
      const first = [...TAG_FIELDS, 'tempo'].find((f) => found[f]);
      const input = first ? document.querySelector<HTMLElement>(`#tag-${first} input`) : null;
      requestAnimationFrame(() => (input ?? summary.current)?.focus());
      return;
    }
    setSelected([]);
    void run(targets, choices);
  }

  function retry() {
    const rows = data?.nodes ?? [];
    const targets = results.filter(failed).map(({ target, outcome }) => ({
      ...target,
      // A conflict names the version now stored; else the queue as read again, else as before.
      version:
        (outcome.kind === 'conflict' ? outcome.currentVersion : null) ??
        rows.find((r) => r.id === target.id)?.version ??
        target.version,
    }));
    void run(targets, ranWith.current);
  }

  const doneCount = results.filter((r) => r.outcome.kind !== 'pending').length;
  const failedCount = results.filter(failed).length;
  const problemList = Object.values(problems);
  const setField = (field: TagField, on: boolean) =>
    setChoices((c) => ({ ...c, set: { ...c.set, [field]: on } }));

  return (
    <Page title={m.title}>
      <Text>{m.intro}</Text>
      <Group justify="space-between">
        {/* The live region: a screen reader hears the count fall as drafts are completed. */}
        <Text role="status" aria-live="polite" fw={600} data-testid="tagging-count">
          {data ? format(m.count, { count }) : messages.app.loading}
        </Text>
        {total > 0 && (
          <Text size="sm" c="dimmed">
            {format(m.range, { from, to, total })}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert" title={messages.app.problem}>
          {error.message}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void refetch()}>
            {messages.app.retry}
          </Button>
        </Alert>
      )}

      {results.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="tagging-results">
          <Stack gap="sm">
            <Title order={2} id="tagging-results" ref={resultsHeading} tabIndex={-1}>
              {m.results}
            </Title>
            <Progress.Root size="lg">
              <Progress.Section
                value={(doneCount / results.length) * 100}
                aria-label={m.progress}
                color={failedCount ? 'red' : 'green'}
              />
            </Progress.Root>
            <Text size="sm" data-testid="tagging-progress">
              {format(m.progressText, {
                done: doneCount,
                total: results.length,
                ok: results.filter((r) => r.outcome.kind === 'ok').length,
                failed: failedCount,
              })}
            </Text>
            <Table striped withTableBorder data-testid="tagging-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.resultColumns.name}</Table.Th>
                  <Table.Th>{m.resultColumns.result}</Table.Th>
                  <Table.Th>{m.resultColumns.detail}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.map((r) => (
                  <ResultRow key={r.target.id} result={r} />
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              {failedCount > 0 && (
                <Button onClick={retry} disabled={running}>
                  {format(m.retry, { count: failedCount })}
                </Button>
              )}
              <Button variant="default" disabled={running} onClick={() => setResults([])}>
                {m.dismiss}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {selected.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="tagging-panel">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} id="tagging-panel">
                {format(m.withSelected, { count: selected.length })}
              </Title>
              <Button variant="default" size="xs" onClick={() => setSelected([])}>
                {m.clearSelection}
              </Button>
            </Group>
            <Text fw={600}>{m.panel}</Text>
            <Text size="sm">{m.panelHelp}</Text>
            {problemList.length > 0 && (
              <Alert color="red" role="alert" title={m.problems} ref={summary} tabIndex={-1}>
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {problemList.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Stack gap="xs">
                <Checkbox
                  label={format(m.choose, { field: m.planes.toLowerCase() })}
                  checked={choices.set.planes}
                  onChange={(e) => setField('planes', e.currentTarget.checked)}
                />
                {choices.set.planes && (
                  <Checkbox.Group
                    // Where focus goes when the planes are the first problem.
                    wrapperProps={{ id: 'tag-planes' }}
                    label={m.planes}
                    description={describeEnum('Plane')}
                    error={problems.planes}
                    value={choices.planes}
                    onChange={(planes) => setChoices((c) => ({ ...c, planes }))}
                  >
                    <Stack gap={6} mt={6}>
                      {valuesOf('Plane').map((v) => (
                        <Checkbox
                          key={v.value}
                          value={v.value}
                          label={v.label}
                          description={v.description}
                        />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
              </Stack>
              {(Object.keys(PICKERS) as (keyof typeof PICKERS)[]).map((field) => (
                <Stack gap="xs" key={field}>
                  <Checkbox
                    label={format(m.choose, { field: m[field].toLowerCase() })}
                    checked={choices.set[field]}
                    onChange={(e) => setField(field, e.currentTarget.checked)}
                  />
                  {choices.set[field] && (
                    <Radio.Group
                      wrapperProps={{ id: `tag-${field}` }}
                      label={m[field]}
                      description={describeEnum(PICKERS[field])}
                      error={problems[field]}
                      value={choices[field]}
                      onChange={(value) => setChoices((c) => ({ ...c, [field]: value }))}
                    >
                      <Stack gap={6} mt={6}>
                        {valuesOf(PICKERS[field]).map((v) => (
                          <Radio
                            key={v.value}
                            value={v.value}
                            label={v.label}
                            description={v.description}
                          />
                        ))}
                      </Stack>
                    </Radio.Group>
                  )}
                  {field === 'tempoIntent' && choices.set.tempoIntent && (
                    <div id="tag-tempo">
                      <TextInput
                        label={m.tempo}
                        description={m.tempoHelp}
                        error={problems.tempo}
                        value={choices.tempo}
                        onChange={(e) => {
                          const tempo = e.currentTarget.value;
                          setChoices((c) => ({ ...c, tempo }));
                        }}
                        styles={{ input: { fontFamily: 'monospace' } }}
                      />
                    </div>
                  )}
                </Stack>
              ))}
            </SimpleGrid>
            <Group>
              <Button onClick={apply} loading={running}>
                {format(m.apply, { count: selected.length })}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Text size="sm" c="dimmed">
        {m.instructionsNote}
      </Text>
      <div>
        <DataTable<TaggingRowFragment>
          withTableBorder
          striped
          highlightOnHover
          minHeight={160}
          fetching={isFetching}
          records={data?.nodes ?? []}
          noRecordsText={data ? m.none : messages.app.loading}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          isRecordSelectable={() => !running}
          getRecordSelectionCheckboxProps={(row) => ({
            'aria-label': format(m.selectRow, { name: row.name }),
          })}
          allRecordsSelectionCheckboxProps={{ 'aria-label': m.selectAll }}
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
              accessor: 'needsTagging',
              title: m.columns.lacks,
              render: (row) => (
                <Group gap={4}>
                  {row.needsTagging.map((facet) => (
                    <Badge key={facet} variant="outline" color="gray">
                      {m.lacks[facet]}
                    </Badge>
                  ))}
                </Group>
              ),
            },
            { accessor: 'version', title: m.columns.version, textAlign: 'right' },
          ]}
        />
      </div>
      <Group justify="space-between">
        <Button
          variant="default"
          disabled={!data?.pageInfo.hasPreviousPage || paging.page <= 1}
          onClick={() =>
            setPaging((p) =>
              p.page > 2
                ? { before: data?.pageInfo.startCursor ?? undefined, page: p.page - 1 }
                : { page: 1 },
            )
          }
        >
          {m.previous}
        </Button>
        <Button
          variant="default"
          disabled={!data?.pageInfo.hasNextPage}
          onClick={() =>
            setPaging((p) => ({ after: data?.pageInfo.endCursor ?? undefined, page: p.page + 1 }))
          }
        >
          {m.next}
        </Button>
      </Group>
    </Page>
  );
}

function ResultRow({ result: { target, outcome } }: { result: Result }) {
  const [badge, color, detail] = (() => {
    switch (outcome.kind) {
      case 'pending':
        return [m.pending, 'gray', ''];
      case 'ok':
        return [
          m.ok,
          'green',
          outcome.stillLacks.length === 0
            ? m.okComplete
            : format(m.okStillLacks, {
                facets: outcome.stillLacks
                  .map((f) => m.lacks[f as keyof typeof m.lacks])
                  .join(', '),
              }),
        ];
      case 'conflict':
        return [
          m.conflict,
          'orange',
          outcome.currentVersion == null
            ? m.conflictNoVersion
            : format(m.conflictDetail, { version: outcome.currentVersion }),
        ];
      case 'error':
        return [m.error, 'red', outcome.message];
    }
  })();
  return (
    <Table.Tr data-result={outcome.kind}>
      <Table.Td>
        <Link to="/exercises/$slug" params={{ slug: target.slug }}>
          {target.name}
        </Link>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={color}>
          {badge}
        </Badge>
      </Table.Td>
      <Table.Td>{detail}</Table.Td>
    </Table.Tr>
  );
}
