import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useMemo, useState } from 'react';
import { queryClient } from '../../app/query-client';
import type { LadderEdgeFragment } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { labelOf } from '../vocabulary/vocabulary';
import { type LadderData, ladderOf, type Rung, type Step } from './ladder';
import { LinkProgressionDialog } from './LinkProgressionDialog';
import { EXERCISE_LADDER, REMOVE_PROGRESSION } from './operations';

/** xyflow and dagre load only when a ladder is drawn, in their own chunk. */
const LadderGraph = lazy(() => import('./LadderGraph'));

const m = messages.progressions;

export interface LadderExercise {
  id: string;
  slug: string;
  name: string;
  difficulty: number;
}

/**
 * The exercise's ladder on its detail page: a graph for the eye and the same ladder as an ordered
 * list for screen readers and keyboards, the exercise's own links with a remove each, and the
 * dialog that links a new one.
 */
export function LadderSection({ exercise }: { exercise: LadderExercise }) {
  const [linking, setLinking] = useState(false);
  const { data, error } = useQuery({
    queryKey: ['exercises', 'detail', exercise.slug, 'ladder'],
    queryFn: ({ signal }) => request(EXERCISE_LADDER, { slug: exercise.slug }, signal),
  });
  const ladder = data?.exercise;
  const { rungs, steps } = useMemo(
    () => (ladder ? ladderOf(ladder) : { rungs: [], steps: [] }),
    [ladder],
  );
  const names = useMemo(() => new Map(rungs.map((r) => [r.slug, r.name])), [rungs]);
  return (
    <Card withBorder component="section" aria-labelledby="section-ladder">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="section-ladder">
          {m.title}
        </Title>
        <Button variant="light" onClick={() => setLinking(true)}>
          {m.link}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {m.help}
      </Text>
      {error ? (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      ) : !ladder ? (
        <Text>{messages.app.loading}</Text>
      ) : (
        <Stack>
          {rungs.length <= 1 ? (
            <Text>{m.empty}</Text>
          ) : (
            <>
              {/* A Loader is a bare element: aria-label on it is prohibited (axe), so the words
                  are text in a status region and the spinner is decoration. */}
              <Suspense
                fallback={
                  <Group gap="xs" role="status">
                    <Loader size="sm" aria-hidden />
                    <Text size="sm">{m.loadingGraph}</Text>
                  </Group>
                }
              >
                <LadderGraph rungs={rungs} steps={steps} />
              </Suspense>
              <LadderList rungs={rungs} steps={steps} />
            </>
          )}
          <Links exercise={ladder} />
        </Stack>
      )}
      <LinkProgressionDialog
        exercise={exercise}
        opened={linking}
        onClose={() => setLinking(false)}
        names={names}
      />
    </Card>
  );
}

function ExerciseLink({ slug, name }: { slug: string; name: string }) {
  return (
    <Anchor renderRoot={(props) => <Link to="/exercises/$slug" params={{ slug }} {...props} />}>
      {name}
    </Anchor>
  );
}

/** The same ladder, easiest first, each rung with how it is reached and when to move on. */
function LadderList({ rungs, steps }: { rungs: Rung[]; steps: Step[] }) {
  const byId = new Map(rungs.map((r) => [r.id, r]));
  return (
    <div>
      <Title order={3} size="h4" id="ladder-list" mb="xs">
        {m.listTitle}
      </Title>
      <List type="ordered" spacing="sm" aria-labelledby="ladder-list" data-testid="ladder-list">
        {rungs.map((rung) => (
          <List.Item key={rung.id}>
            <Text fw={rung.current ? 700 : 500} component="span">
              {rung.current ? rung.name : <ExerciseLink slug={rung.slug} name={rung.name} />}
            </Text>
            <Text size="sm" component="span">
              {' · '}
              {format(m.difficulty, { n: rung.difficulty })} · {labelOf(rung.status)} ·{' '}
              {rung.level < 0
                ? format(m.levelEasier, { n: -rung.level })
                : format(m.level, { n: rung.level })}
            </Text>
            {steps
              .filter((s) => s.toId === rung.id)
              .map((s) => (
                <Text size="sm" key={s.id}>
                  {format(m.reachedFrom, {
                    name: byId.get(s.fromId)?.name ?? '',
                    changes: s.changes.map(labelOf).join(', '),
                  })}{' '}
                  {s.criterion ? format(m.moveOn, { criterion: s.criterion }) : m.noCriterion}
                </Text>
              ))}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

type Linked = Pick<LadderData, 'id' | 'progressions' | 'regressions' | 'variations'>;

/** The exercise's own links, each with a remove behind a confirmation. */
function Links({ exercise }: { exercise: Linked }) {
  const [removing, setRemoving] = useState<LadderEdgeFragment | null>(null);
  const other = (p: LadderEdgeFragment) => (p.from.id === exercise.id ? p.to : p.from);
  const rows: { edge: LadderEdgeFragment; text: string }[] = [
    ...exercise.progressions.map((p) => ({
      edge: p,
      text: format(m.harderLink, { name: p.to.name }),
    })),
    ...exercise.regressions.map((p) => ({
      edge: p,
      text: format(m.easierLink, { name: p.from.name }),
    })),
    ...exercise.variations.map((p) => ({
      edge: p,
      text: format(m.variationLink, { name: other(p).name }),
    })),
  ];
  const remove = useMutation({
    mutationFn: (edge: LadderEdgeFragment) =>
      request(REMOVE_PROGRESSION, { input: { id: edge.id } }),
    onSuccess: (_data, edge) => {
      setRemoving(null);
      notifications.show({
        color: 'green',
        message: format(m.removed, { from: edge.from.name, to: edge.to.name }),
      });
      return queryClient.invalidateQueries({ queryKey: ['exercises'] });
    },
  });
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {m.links}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{m.noLinks}</Text>
      ) : (
        <List spacing={6} listStyleType="none" ml={0} pl={0} data-testid="ladder-links">
          {rows.map(({ edge, text }) => (
            <List.Item key={edge.id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">{text}</Text>
                {edge.changes.map((c) => (
                  <Badge key={c} size="sm" variant="light" color="gray">
                    {labelOf(c)}
                  </Badge>
                ))}
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  aria-label={format(m.removeLabel, { name: other(edge).name })}
                  onClick={() => {
                    remove.reset();
                    setRemoving(edge);
                  }}
                >
                  {m.remove}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={m.removeTitle}
        closeButtonProps={{ 'aria-label': m.close }}
      >
        {removing && (
          <Stack>
            <Text>{format(m.removeText, { from: removing.from.name, to: removing.to.name })}</Text>
            {remove.error && (
              <Alert color="red" role="alert">
                {remove.error.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {m.cancel}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(removing)}
              >
                {m.removeConfirm}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </div>
  );
}
