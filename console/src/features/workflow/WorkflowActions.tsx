import { Anchor, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import type { ExerciseStatus } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { ApiError, fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { useSession } from '../auth/session-hooks';
import { labelOf } from '../vocabulary/vocabulary';
import { CHANGE_STATUS } from './operations';
import { notifyDone } from './notify';
import { ProblemAlert } from './ProblemAlert';

const m = messages.workflow;

export interface WorkflowExercise {
  id: string;
  slug: string;
  status: ExerciseStatus;
  version: number;
  needsTagging: string[];
}

type Action = 'submit' | 'requestChanges' | 'publish' | 'archive' | 'restore';

/** The ways on from each status (changeExerciseStatus in schema.gql), in the order offered. */
const ACTIONS: Record<ExerciseStatus, Action[]> = {
  DRAFT: ['submit', 'archive'],
  IN_REVIEW: ['publish', 'requestChanges', 'archive'],
  PUBLISHED: ['archive'],
  ARCHIVED: ['restore'],
};

const TARGET: Record<Action, ExerciseStatus> = {
  submit: 'IN_REVIEW',
  requestChanges: 'DRAFT',
  publish: 'PUBLISHED',
  archive: 'ARCHIVED',
  restore: 'DRAFT',
};

/** Clinicians and admins curate the library; staff only read it. */
const CURATORS = new Set(['CLINICIAN', 'ADMIN']);

/**
 * The workflow moves the exercise's status and the viewer's role allow, each sent with the version
 * read (a stale one is a CONFLICT: said in words, with a reload). Archiving asks first; requesting
 * changes asks what to change, kept as the revision's message. A refusal (untagged, or the second
 * reviewer rule) is the server's own words.
 */
export function WorkflowActions({ exercise }: { exercise: WorkflowExercise }) {
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [dialog, setDialog] = useState<'archive' | 'requestChanges' | null>(null);
  const [changes, setChanges] = useState('');
  const [changesError, setChangesError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (vars: { status: ExerciseStatus; message?: string }) =>
      request(CHANGE_STATUS, {
        input: {
          id: exercise.id,
          expectedVersion: exercise.version,
          status: vars.status,
          message: vars.message,
        },
      }),
    onSuccess: async (data) => {
      const status = data.changeExerciseStatus.status;
      setProblem(null);
      setDialog(null);
      setChanges('');
      notifyDone(m.done[status]);
      await queryClient.invalidateQueries({ queryKey: ['exercises'] });
      // The button pressed is gone: keep focus in the section rather than losing it to the page.
      heading.current?.focus();
    },
    onError: (error) => {
      const { byField } = fieldErrorsFor(error);
      if (dialog === 'requestChanges' && byField.message) {
        setChangesError(byField.message);
        return;
      }
      setDialog(null);
      setProblem(error);
    },
  });

  const curator = session && CURATORS.has(session.account.role);
  const run = (action: Action, message?: string) => {
    setProblem(null);
    mutation.mutate({ status: TARGET[action], message });
  };
  const reload = async () => {
    setProblem(null);
    await queryClient.invalidateQueries({ queryKey: ['exercises', 'detail', exercise.slug] });
  };

  const untagged = exercise.status === 'DRAFT' && exercise.needsTagging.length > 0;
  const press = (action: Action) => {
    if (action === 'archive' || action === 'requestChanges') {
      setChangesError(null);
      setDialog(action);
    } else run(action);
  };

  return (
    <Card withBorder component="section" aria-labelledby="workflow-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title
            order={2}
            size="h3"
            id="workflow-heading"
            ref={heading}
            tabIndex={-1}
            style={{ outline: 'none' }}
          >
            {m.title}
          </Title>
          <Anchor
            renderRoot={(props) => (
              <Link to="/exercises/$slug/revisions" params={{ slug: exercise.slug }} {...props} />
            )}
          >
            {m.revisionsLink}
          </Anchor>
        </Group>
        <Text size="sm">
          {format(m.statusNow, { status: labelOf(exercise.status) })}
          {m.hints[exercise.status]}
        </Text>
        {untagged && curator && (
          <Text size="sm">
            {format(m.untagged, { facets: exercise.needsTagging.map(labelOf).join(', ') })}
          </Text>
        )}
        {problem != null && (
          <ProblemAlert
            error={problem}
            onReload={() => void reload()}
            title={
              problem instanceof ApiError &&
              problem.code === 'FORBIDDEN' &&
              mutation.variables?.status === 'PUBLISHED'
                ? m.secondReviewer
                : m.refused
            }
          />
        )}
        {curator ? (
          <Group gap="sm">
            {ACTIONS[exercise.status].map((action) => (
              <Button
                key={action}
                variant={action === 'archive' ? 'default' : 'filled'}
                color={action === 'archive' ? 'red' : undefined}
                loading={mutation.isPending && mutation.variables?.status === TARGET[action]}
                disabled={mutation.isPending}
                onClick={() => press(action)}
              >
                {m[action]}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm">{m.noActions}</Text>
        )}
      </Stack>

      <Modal
        opened={dialog === 'archive'}
        onClose={() => setDialog(null)}
        title={m.archiveTitle}
        centered
      >
        <Stack>
          <Text>{m.archiveBody}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {m.cancel}
            </Button>
            <Button color="red" loading={mutation.isPending} onClick={() => run('archive')}>
              {m.archiveConfirm}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={dialog === 'requestChanges'}
        onClose={() => setDialog(null)}
        title={m.changesTitle}
        centered
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!changes.trim()) {
              setChangesError(m.changesMessageMissing);
              return;
            }
            setChangesError(null);
            run('requestChanges', changes.trim());
          }}
        >
          <Stack>
            <Text>{m.changesIntro}</Text>
            <Textarea
              label={m.changesMessage}
              name="message"
              required
              autosize
              minRows={3}
              maxLength={500}
              value={changes}
              error={changesError}
              onChange={(event) => setChanges(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {m.cancel}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {m.changesSend}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
