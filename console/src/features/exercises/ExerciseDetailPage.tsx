import {
  Alert,
  Anchor,
  Badge,
  Card,
  Grid,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Page } from '../../components/Page';
import { EditExerciseLink } from '../editing/ExerciseEditPage';
import type { ConsoleExerciseDetailQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import {
  describeEnum,
  describeField,
  describeValue,
  type EnumName,
  labelOf,
} from '../vocabulary/vocabulary';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { LadderSection } from '../progressions/LadderSection';
import { lastListSearch } from './ExerciseListPage';
import { MediaManager } from '../media/MediaManager';
import { TranslationsLink } from '../translations/TranslationsLink';
import { EXERCISE_DETAIL } from './operations';
import { tempoInWords, timeUnderTension } from './tempo';

const m = messages.exercise;
type Exercise = NonNullable<ConsoleExerciseDetailQuery['exercise']>;

export function ExerciseDetailPage({ slug }: { slug: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['exercises', 'detail', slug],
    queryFn: ({ signal }) => request(EXERCISE_DETAIL, { slug }, signal),
  });
  const back = (
    <Anchor renderRoot={(props) => <Link to="/exercises" search={lastListSearch} {...props} />}>
      {messages.app.backToExercises}
    </Anchor>
  );
  if (isPending) return <Text>{messages.app.loading}</Text>;
  if (error || !data.exercise) {
    return (
      <Page title={error ? messages.app.problem : m.notFound} actions={back}>
        <Alert color="red" role="alert">
          {error ? error.message : m.notFound}
        </Alert>
      </Page>
    );
  }
  return <ExerciseView exercise={data.exercise} back={back} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Which enum each facet of Exercise holds, for the values' own descriptions. */
const FACETS: { field: keyof Exercise & string; title: string; vocabulary: EnumName }[] = [
  { field: 'planes', title: m.facetTitles.planes, vocabulary: 'Plane' },
  { field: 'stance', title: m.facetTitles.stance, vocabulary: 'Stance' },
  { field: 'position', title: m.facetTitles.position, vocabulary: 'BodyPosition' },
  { field: 'loadKind', title: m.facetTitles.loadKind, vocabulary: 'LoadKind' },
  { field: 'equipment', title: m.facetTitles.equipment, vocabulary: 'Equipment' },
  { field: 'regions', title: m.facetTitles.regions, vocabulary: 'BodyRegion' },
  { field: 'focus', title: m.facetTitles.focus, vocabulary: 'RunningFocus' },
  { field: 'primaryMuscles', title: m.facetTitles.primaryMuscles, vocabulary: 'Muscle' },
  { field: 'secondaryMuscles', title: m.facetTitles.secondaryMuscles, vocabulary: 'Muscle' },
];

/** One facet: its name, the schema's description of it, and each value with its own. */
function Facet({
  title,
  help,
  values,
  vocabulary,
}: {
  title: string;
  help: string;
  values: string[];
  vocabulary?: EnumName;
}) {
  return (
    <div>
      <Text fw={700} component="dt">
        {title}
      </Text>
      <Text size="sm" c="dimmed" component="dd" m={0}>
        {help}
      </Text>
      <dd style={{ margin: '4px 0 0' }}>
        {values.length === 0 ? (
          <Text size="sm">{m.notSet}</Text>
        ) : (
          <Stack gap={2}>
            {values.map((value) => (
              <Text size="sm" key={value} component="div">
                <Badge variant="light" mr={6}>
                  {labelOf(value)}
                </Badge>
                {vocabulary && describeValue(vocabulary, value)}
              </Text>
            ))}
          </Stack>
        )}
      </dd>
    </div>
  );
}

/** A facet's value or values (enum names), as a list. */
function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function loadInWords(exercise: Exercise): string {
  const i = exercise.intensity;
  if (!i) return messages.load.none;
  const value = i.value == null ? '' : new Intl.NumberFormat('en').format(i.value);
  switch (i.scale) {
    case 'RPE':
      return format(messages.load.RPE, { value });
    case 'RIR':
      return format(messages.load.RIR, { value });
    case 'MASS':
      return format(messages.load.MASS, { value, unit: (i.unit ?? '').toLowerCase() });
    case 'BAND':
      return format(messages.load.BAND, { colour: labelOf(i.bandColour ?? '') });
    default:
      return i.scale;
  }
}

function doseInWords(p: Exercise['prescription']): string {
  const d = messages.dose;
  const work = [
    p.reps != null && format(d.reps, { n: p.reps }),
    p.holdSeconds != null && format(d.hold, { n: p.holdSeconds }),
    p.distanceMetres != null && format(d.distance, { n: p.distanceMetres }),
    p.durationSeconds != null && format(d.duration, { n: p.durationSeconds }),
  ].filter(Boolean);
  return [
    `${format(d.sets, { n: p.sets })} × ${work.join(', ')}${p.perSide ? ` ${d.perSide}` : ''}`,
    format(d.rest, { n: p.restSeconds }),
    format(d.sessions, { n: p.sessionsPerWeek }),
  ].join(' · ');
}

function TextList({ items, ordered = false }: { items: string[]; ordered?: boolean }) {
  if (items.length === 0) return <Text size="sm">{m.none}</Text>;
  return (
    <List type={ordered ? 'ordered' : 'unordered'} spacing={4}>
      {items.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  );
}

function ExerciseView({ exercise, back }: { exercise: Exercise; back: ReactNode }) {
  // A held exercise (an isometric plank) has no tempo: its hold is what the patient times.
  const hold = exercise.prescription.holdSeconds;
  const words =
    tempoInWords(exercise.tempo) ??
    (hold
      ? format(messages.tempo.held, { phase: format(messages.tempo.seconds, { n: hold }) })
      : null);
  const tut =
    timeUnderTension(exercise.tempo) ??
    (hold ? format(messages.tempo.tutHold, { seconds: hold }) : null);
  const updated = new Date(exercise.updatedAt).toLocaleDateString('en-GB', { dateStyle: 'medium' });
  return (
    <Page title={exercise.name} actions={back}>
      <Group gap="sm">
        <Badge variant="light" color={exercise.status === 'PUBLISHED' ? 'green' : 'gray'}>
          {labelOf(exercise.status)}
        </Badge>
        <Text size="sm" c="dimmed">
          {format(m.version, { version: exercise.version, date: updated })}
        </Text>
        <EditExerciseLink slug={exercise.slug} name={exercise.name} />
      </Group>
      <WorkflowActions exercise={exercise} />
      {exercise.needsTagging.length > 0 && (
        <Alert color="yellow">
          {format(m.untagged, { facets: exercise.needsTagging.map(labelOf).join(', ') })}
        </Alert>
      )}
      <Text size="lg">{exercise.summary}</Text>
      {exercise.aliases.length > 0 && (
        <Text size="sm">
          {m.aliases}: {exercise.aliases.join(', ')}
        </Text>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Section title={m.tempo}>
              <Stack gap={4}>
                <Text fw={700} size="xl" ff="monospace">
                  {exercise.tempo.notation ?? '—'}
                </Text>
                <Text data-testid="tempo-words">{words ?? messages.tempo.none}</Text>
                {tut && <Text data-testid="tempo-tut">{tut}</Text>}
                <Text size="sm" c="dimmed">
                  {describeField('Exercise', 'tempo')}
                </Text>
                {exercise.tempo.intent && (
                  <dl style={{ margin: 0 }}>
                    <Facet
                      title={messages.tempo.intent}
                      help={describeEnum('TempoIntent')}
                      values={[exercise.tempo.intent]}
                      vocabulary="TempoIntent"
                    />
                  </dl>
                )}
              </Stack>
            </Section>
            <Section title={m.steps}>
              <TextList items={exercise.steps} ordered />
            </Section>
            <Section title={m.cues}>
              <TextList items={exercise.cues} />
            </Section>
            <Section title={m.mistakes}>
              <TextList items={exercise.mistakes} />
            </Section>
            <Section title={m.precautions}>
              <TextList items={exercise.precautions} />
            </Section>
            <Section title={m.media}>
              <MediaManager exercise={exercise} />
            </Section>
            <Section title={m.translations}>
              <Translations translations={exercise.translations} />
              <TranslationsLink slug={exercise.slug} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Section title={m.load}>
              <Text>{loadInWords(exercise)}</Text>
              <Text size="sm" c="dimmed">
                {describeField('Exercise', 'intensity')}
              </Text>
            </Section>
            <Section title={m.dose}>
              <Text>{doseInWords(exercise.prescription)}</Text>
              <Text size="sm" c="dimmed">
                {describeField('Exercise', 'prescription')}
              </Text>
            </Section>
            <Section title={m.facets}>
              <Stack gap="md" component="dl" m={0}>
                <Facet
                  title={m.difficulty}
                  help={describeField('Exercise', 'difficulty')}
                  values={[String(exercise.difficulty)]}
                />
                {FACETS.map((f) => (
                  <Facet
                    key={f.field}
                    title={f.title}
                    help={describeEnum(f.vocabulary)}
                    values={asList(exercise[f.field])}
                    vocabulary={f.vocabulary}
                  />
                ))}
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <LadderSection exercise={exercise} />
    </Page>
  );
}

function Translations({ translations }: { translations: Exercise['translations'] }) {
  if (translations.length === 0) return <Text size="sm">{m.noTranslations}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{m.language}</Table.Th>
          <Table.Th>{m.name}</Table.Th>
          <Table.Th>{m.state}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {translations.map((tr) => {
          const fields = [tr.name, tr.summary, tr.steps, tr.cues, tr.precautions].filter(
            (f) => f != null,
          ).length;
          return (
            <Table.Tr key={tr.id}>
              <Table.Td>
                {new Intl.DisplayNames(['en'], { type: 'language' }).of(tr.locale.toLowerCase())}
              </Table.Td>
              <Table.Td>
                {tr.name ?? '—'}
                <Text size="xs" c="dimmed">
                  {format(m.translationFields, { count: fields })}
                </Text>
              </Table.Td>
              <Table.Td>
                {tr.outdated ? (
                  <>
                    <Badge color="orange" variant="light">
                      {m.outdatedTag}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {m.outdated}
                    </Text>
                  </>
                ) : (
                  <Badge color="green" variant="light">
                    {m.upToDate}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
