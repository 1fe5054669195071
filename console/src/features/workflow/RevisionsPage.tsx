import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { diffWords } from 'diff';
import { type ReactNode, useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { Page } from '../../components/Page';
import type { ConsoleExerciseRevisionsQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { labelOf } from '../vocabulary/vocabulary';
import { fieldLabel, valueText } from './fields';
import { EXERCISE_REVISIONS, RESTORE_REVISION, REVISION_DIFF } from './operations';
import { notifyDone } from './notify';
import { ProblemAlert } from './ProblemAlert';

const m = messages.workflow.revisions;
type Exercise = NonNullable<ConsoleExerciseRevisionsQuery['exercise']>;
type Revision = NonNullable<Exercise['revisions']>['nodes'][number];

/**
 * An exercise's history: a timeline of its revisions (who, when, why, which version), two of them
 * picked to compare field by field (changed fields only, word by word), and any older one restored
 * as a new version after a confirmation.
 */
export function RevisionsPage({ slug }: { slug: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['exercises', 'detail', slug, 'revisions'],
    queryFn: ({ signal }) => request(EXERCISE_REVISIONS, { slug }, signal),
  });
  const back = (
    <Anchor renderRoot={(props) => <Link to="/exercises/$slug" params={{ slug }} {...props} />}>
      {m.back}
    </Anchor>
  );
  if (isPending) return <Text>{messages.app.loading}</Text>;
  if (error || !data.exercise) {
    return (
      <Page title={error ? messages.app.problem : messages.exercise.notFound} actions={back}>
        <Alert color="red" role="alert">
          {error ? error.message : messages.exercise.notFound}
        </Alert>
      </Page>
    );
  }
  return <Revisions exercise={data.exercise} back={back} />;
}

function Revisions({ exercise, back }: { exercise: Exercise; back: ReactNode }) {
  const revisions = exercise.revisions?.nodes ?? [];
  const [picked, setPicked] = useState<number[]>([]);
  const [restoring, setRestoring] = useState<Revision | null>(null);
  const timelineHeading = useRef<HTMLHeadingElement>(null);

  const toggle = (version: number, on: boolean) =>
    setPicked((now) => {
      const rest = now.filter((v) => v !== version);
      // A third pick lets go of the earliest one picked: always two at most.
      return on ? [...rest, version].slice(-2) : rest;
    });
  const [from, to] = [...picked].sort((a, b) => a - b);

  return (
    <Page title={format(m.title, { name: exercise.name })} actions={back}>
      <Group gap="sm">
        <Badge variant="light" color={exercise.status === 'PUBLISHED' ? 'green' : 'gray'}>
          {labelOf(exercise.status)}
        </Badge>
        <Text size="sm" c="dimmed">
          {format(m.count, { n: exercise.revisions?.totalCount ?? revisions.length })}
        </Text>
      </Group>
      <Card withBorder component="section" aria-labelledby="timeline-heading">
        <Title
          order={2}
          size="h3"
          id="timeline-heading"
          ref={timelineHeading}
          tabIndex={-1}
          style={{ outline: 'none' }}
          mb="xs"
        >
          {m.timeline}
        </Title>
        <Text size="sm" mb="md" role="status">
          {picked.length === 2 ? '' : picked.length === 1 ? m.pickOneMore : m.pickHint}
        </Text>
        <Timeline bulletSize={14} lineWidth={2} active={0}>
          {revisions.map((revision) => (
            <Timeline.Item
              key={revision.id}
              title={
                <Group gap="xs">
                  <Text fw={700} component="span">
                    {format(m.version, { version: revision.version })}
                  </Text>
                  {revision.version === exercise.version && (
                    <Badge size="sm" variant="light">
                      {m.current}
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="sm">{revision.message}</Text>
              <Text size="sm" c="dimmed">
                {format(m.by, {
                  who: revision.author?.displayName ?? m.seed,
                  date: new Date(revision.createdAt).toLocaleString('en-GB', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </Text>
              <Group gap="md" mt={6}>
                <Checkbox
                  label={format(m.compare, { version: revision.version })}
                  checked={picked.includes(revision.version)}
                  onChange={(event) => toggle(revision.version, event.currentTarget.checked)}
                />
                {revision.version !== exercise.version && (
                  <Button size="xs" variant="default" onClick={() => setRestoring(revision)}>
                    {format(m.restore, { version: revision.version })}
                  </Button>
                )}
              </Group>
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>
      {from != null && to != null && <Diff exerciseId={exercise.id} from={from} to={to} />}
      <RestoreDialog
        exercise={exercise}
        revision={restoring}
        onClose={() => setRestoring(null)}
        onDone={() => {
          setRestoring(null);
          timelineHeading.current?.focus();
        }}
      />
    </Page>
  );
}

function Diff({ exerciseId, from, to }: { exerciseId: string; from: number; to: number }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['exercises', 'diff', exerciseId, from, to],
    queryFn: ({ signal }) => request(REVISION_DIFF, { id: exerciseId, from, to }, signal),
  });
  const title = format(m.diffTitle, { from, to });
  return (
    <Card withBorder component="section" aria-labelledby="diff-heading">
      <Title order={2} size="h3" id="diff-heading" mb="sm">
        {title}
      </Title>
      {isPending ? (
        <Text>{messages.app.loading}</Text>
      ) : error ? (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      ) : data.exerciseRevisionDiff.length === 0 ? (
        <Text>{m.noChanges}</Text>
      ) : (
        <Table layout="fixed" verticalSpacing="sm" withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="18%">{m.field}</Table.Th>
              <Table.Th>{format(m.version, { version: from })}</Table.Th>
              <Table.Th>{format(m.version, { version: to })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.exerciseRevisionDiff.map((change) => {
              const parts = diffWords(valueText(change.before), valueText(change.after));
              return (
                <Table.Tr key={change.field}>
                  <Table.Th scope="row">{fieldLabel(change.field)}</Table.Th>
                  <Table.Td>
                    <WordDiff parts={parts} side="before" />
                  </Table.Td>
                  <Table.Td>
                    <WordDiff parts={parts} side="after" />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

const DEL = {
  background: 'var(--mantine-color-red-1)',
  color: 'inherit',
  textDecoration: 'line-through',
} as const;
const INS = {
  background: 'var(--mantine-color-green-1)',
  color: 'inherit',
  textDecoration: 'underline',
} as const;

/**
 * One side of a word-level diff: the words both share, and what this side alone has, marked
 * `<del>` (before) or `<ins>` (after) with words a screen reader says ("removed:", "added:").
 */
function WordDiff({
  parts,
  side,
}: {
  parts: ReturnType<typeof diffWords>;
  side: 'before' | 'after';
}) {
  const shown = parts.filter((part) => (side === 'before' ? !part.added : !part.removed));
  if (shown.every((part) => part.value === '')) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {m.none}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {shown.map((part, i) =>
        part.removed ? (
          <del key={i} style={DEL}>
            <VisuallyHidden>{` ${m.removed} `}</VisuallyHidden>
            {part.value}
            <VisuallyHidden>{` (${m.endRemoved}) `}</VisuallyHidden>
          </del>
        ) : part.added ? (
          <ins key={i} style={INS}>
            <VisuallyHidden>{` ${m.added} `}</VisuallyHidden>
            {part.value}
            <VisuallyHidden>{` (${m.endAdded}) `}</VisuallyHidden>
          </ins>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </Text>
  );
}

function RestoreDialog({
  exercise,
  revision,
  onClose,
  onDone,
}: {
  exercise: Exercise;
  revision: Revision | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [asDraft, setAsDraft] = useState(false);
  const [message, setMessage] = useState('');
  const mutation = useMutation({
    mutationFn: (version: number) =>
      request(RESTORE_REVISION, {
        input: {
          id: exercise.id,
          expectedVersion: exercise.version,
          revision: version,
          asDraft,
          message: message.trim() || undefined,
        },
      }),
    onSuccess: async (data, version) => {
      notifyDone(format(m.restored, { version, next: data.restoreExerciseRevision.version }));
      setAsDraft(false);
      setMessage('');
      await queryClient.invalidateQueries({ queryKey: ['exercises'] });
      onDone();
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };
  const version = revision?.version ?? 0;
  return (
    <Modal
      opened={revision != null}
      onClose={close}
      title={format(m.restoreTitle, { version })}
      centered
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate(version);
        }}
      >
        <Stack>
          <Text>{format(m.restoreBody, { next: exercise.version + 1 })}</Text>
          {mutation.error && (
            <ProblemAlert
              error={mutation.error}
              title={messages.workflow.refused}
              onReload={() => {
                close();
                void queryClient.invalidateQueries({ queryKey: ['exercises'] });
              }}
            />
          )}
          <TextInput
            label={m.restoreMessage}
            name="message"
            maxLength={500}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
          />
          <Checkbox
            label={m.asDraft}
            description={m.asDraftHelp}
            checked={asDraft}
            onChange={(event) => setAsDraft(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {messages.workflow.cancel}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-autofocus>
              {m.restoreConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
