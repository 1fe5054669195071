import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { ImportReportView } from './ImportReportView';
import { LIBRARY_IMPORT, START_IMPORT } from './operations';

const m = messages.admin.library;
/** How often a running import is asked about: often enough for the bar to move. */
const POLL_MS = 500;

/**
 * Starts a free-exercise-db import (it runs on the server in the background) and follows it:
 * libraryImport(id) is polled while RUNNING, the bar shows processed of total, then the report.
 */
export function LibraryImportPanel() {
  const [path, setPath] = useState('free-exercise-db/dist/exercises.json');
  const [id, setId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => request(START_IMPORT, { input: { path } }),
    onSuccess: ({ startLibraryImport }) => setId(startLibraryImport.id),
  });
  const job = useQuery({
    queryKey: ['admin', 'library-import', id],
    queryFn: async ({ signal }) =>
      (await request(LIBRARY_IMPORT, { id: id as string }, signal)).libraryImport,
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.status === 'RUNNING' || !q.state.data ? POLL_MS : false),
  });
  const current = job.data;
  const running = start.isPending || current?.status === 'RUNNING';
  const refused = start.error ? fieldErrorsFor(start.error) : null;
  const finished = current && current.status !== 'RUNNING' ? current.id : null;
  useEffect(() => {
    // The library changed: lists read before the import are stale.
    if (finished) void queryClient.invalidateQueries({ queryKey: ['exercises'] });
  }, [finished]);
  const percent = current?.total ? (current.processed / current.total) * 100 : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="library-import">
      <Stack gap="sm">
        <Title order={2} id="library-import">
          {m.importTitle}
        </Title>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate();
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={m.path}
              description={m.pathHelp}
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              error={refused?.byField.path}
              w={560}
              name="path"
            />
            <Button type="submit" loading={running} disabled={running}>
              {m.start}
            </Button>
          </Group>
        </form>
        {refused && refused.rest.length > 0 && (
          <Alert color="red" role="alert" title={m.problems}>
            {refused.rest.join(' ')}
          </Alert>
        )}
        {current && (
          <Stack gap="xs" data-testid="import-job">
            <Progress.Root size="xl">
              <Progress.Section
                value={current.status === 'SUCCEEDED' ? 100 : percent}
                color={
                  current.status === 'FAILED'
                    ? 'red'
                    : current.status === 'SUCCEEDED'
                      ? 'green'
                      : 'blue'
                }
                animated={current.status === 'RUNNING'}
                aria-label={m.progress}
                aria-valuetext={
                  current.total === null
                    ? m.starting
                    : format(m.progressText, { processed: current.processed, total: current.total })
                }
              />
            </Progress.Root>
            <Text role="status" data-testid="import-status" fw={600}>
              {format(m.status[current.status], { error: current.error ?? '' })}{' '}
              {current.total !== null &&
                format(m.progressText, { processed: current.processed, total: current.total })}
            </Text>
            {current.report && <ImportReportView report={current.report} />}
            {current.report && current.report.created + current.report.updated > 0 && (
              <Anchor component={Link} to="/tagging">
                {m.toTagging}
              </Anchor>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
