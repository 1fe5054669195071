import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useBlocker, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { ApiError } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { tempoInWords, timeUnderTension } from '../exercises/tempo';
import {
  describeEnum,
  describeField,
  describeValue,
  type EnumName,
  labelOf,
  valuesOf,
} from '../vocabulary/vocabulary';
import {
  changedFields,
  changedInput,
  createInput,
  DOSE_KINDS,
  type DoseKind,
  EMPTY_VALUES,
  type Exercise,
  FIELD_KEYS,
  type FieldKey,
  fieldId,
  type FormValues,
  formPath,
  formValuesOf,
  readTempo,
  sameField,
  slugPreview,
} from './form-values';
import { CREATE_EXERCISE, EXERCISE_FOR_EDIT, UPDATE_EXERCISE } from './operations';

const m = messages.editing;

/**
 * The schema's words as help beside a field, without what only concerns an update's client
 * ("Left out: unchanged") and without code quotes around `value`.
 */
function help(text: string): string {
  return text
    .replace(/\.?\s*Left out:.*$/s, '')
    .replace(/`/g, '')
    .trim();
}
const f = m.fields;
type Form = UseFormReturnType<FormValues>;

/** The "Edit" button on an exercise's page. */
export function EditExerciseLink({ slug, name }: { slug: string; name: string }) {
  return (
    <Button
      size="xs"
      variant="outline"
      aria-label={format(m.editLabel, { name })}
      renderRoot={(props) => <Link to="/exercises/$slug/edit" params={{ slug }} {...props} />}
    >
      {m.edit}
    </Button>
  );
}

/**
 * /exercises/$slug/edit: reads the exercise once (no refetch on focus, nothing cached to show
 * stale) and keeps that version for the save, whatever happens in the background.
 */
export function ExerciseEditPage({ slug }: { slug: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['exercises', 'detail', slug, 'edit'],
    queryFn: ({ signal }) => request(EXERCISE_FOR_EDIT, { slug }, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (isPending) return <Text>{messages.app.loading}</Text>;
  if (error || !data.exercise) {
    return (
      <Page title={m.loadFailed}>
        <Alert color="red" role="alert">
          {error ? error.message : messages.exercise.notFound}
        </Alert>
      </Page>
    );
  }
  return <ExerciseForm key={data.exercise.id} exercise={data.exercise} />;
}

/** /exercises/new: createExercise makes a DRAFT and its slug. */
export function NewExercisePage() {
  return <ExerciseForm />;
}

interface Conflict {
  theirs: Exercise;
  theirValues: FormValues;
  fields: FieldKey[];
  choices: Partial<Record<FieldKey, 'mine' | 'theirs'>>;
  mine: FormValues;
  base: FormValues;
}

interface SaveArgs {
  values: FormValues;
  base: FormValues;
  version: number;
  message: string;
}

function ExerciseForm({ exercise }: { exercise?: Exercise }) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  // The values and version read when the form opened; a conflict's resolution moves them on.
  const [base, setBase] = useState<FormValues>(() =>
    exercise ? formValuesOf(exercise) : EMPTY_VALUES,
  );
  const [version, setVersion] = useState(exercise?.version ?? 0);
  const [message, setMessage] = useState('');
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const leaving = useRef(false);
  const isNew = !exercise;

  const form = useForm<FormValues>({
    initialValues: base,
    validate: {
      name: (v) => (v.trim() ? null : format(m.required, { field: f.name.toLowerCase() })),
      summary: (v) => (v.trim() ? null : format(m.required, { field: f.summary.toLowerCase() })),
      difficulty: (v) => (v ? null : m.choose),
      loadKind: (v) => (v ? null : m.choose),
      regions: (v) => (v.length ? null : m.chooseOne),
      focus: (v) => (v.length ? null : m.chooseOne),
      primaryMuscles: (v) => (v.length ? null : m.chooseOne),
      prescription: {
        sets: (v) => (v === '' ? format(m.required, { field: f.sets.toLowerCase() }) : null),
        amount: (v) => (v === '' ? format(m.required, { field: f.amount.toLowerCase() }) : null),
      },
    },
  });
  const values = form.getValues();
  const dirty = changedFields(values, base).length > 0 || message.trim() !== '';

  useBlocker({
    shouldBlockFn: () => dirty && !leaving.current && !window.confirm(m.unsaved),
    enableBeforeUnload: () => dirty && !leaving.current,
  });

  /** Focus the first field with an error, in the page's order. */
  const focusFirstError = (paths: string[]) => {
    requestAnimationFrame(() => {
      const elements = paths
        .map((p) => document.getElementById(fieldId(p)))
        .filter((e): e is HTMLElement => e != null)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      (elements[0] ?? document.getElementById('edit-error-summary'))?.focus();
    });
  };

  const save = useMutation({
    mutationFn: async ({ values, base, version, message }: SaveArgs) => {
      if (isNew) {
        const data = await request(CREATE_EXERCISE, { input: createInput(values, message) });
        return data.createExercise;
      }
      const input = {
        id: exercise.id,
        expectedVersion: version,
        ...changedInput(values, base),
        ...(message.trim() ? { message: message.trim() } : {}),
      };
      const data = await request(UPDATE_EXERCISE, { input });
      return data.updateExercise;
    },
    onSuccess: async (saved, { values }) => {
      leaving.current = true;
      void queryClient.invalidateQueries({ queryKey: ['exercises'] });
      notifications.show({
        color: 'green',
        message: isNew
          ? format(m.created, { name: values.name.trim() })
          : format(m.saved, { version: saved.version }),
      });
      await navigate({ to: '/exercises/$slug', params: { slug: saved.slug } });
    },
    onError: async (error, args) => {
      if (error instanceof ApiError && error.code === 'CONFLICT' && exercise) {
        await openConflict(args);
        return;
      }
      const byField: Record<string, string> = {};
      const rest: string[] = [];
      if (error instanceof ApiError) {
        for (const problem of error.fields) {
          const path = formPath(problem.field);
          const root = path.split('.')[0];
          if ((FIELD_KEYS as readonly string[]).includes(root)) byField[path] ??= problem.message;
          else rest.push(problem.message);
        }
        if (error.fields.length === 0) rest.push(error.message);
      } else rest.push(String(error));
      form.setErrors(byField);
      setGeneral(rest.map((r) => format(m.refused, { message: r })));
      focusFirstError(Object.keys(byField));
    },
  });

  async function openConflict({ values: mine, base }: SaveArgs) {
    const latest = await request(EXERCISE_FOR_EDIT, { slug: exercise!.slug });
    if (!latest.exercise) {
      setGeneral([m.loadFailed]);
      return;
    }
    const theirValues = formValuesOf(latest.exercise);
    const fields = FIELD_KEYS.filter((key) => !sameField(mine, theirValues, key));
    const choices: Conflict['choices'] = {};
    for (const key of fields) choices[key] = sameField(mine, base, key) ? 'theirs' : 'mine';
    setConflict({ theirs: latest.exercise, theirValues, fields, choices, mine, base });
  }

  function saveChoices() {
    if (!conflict) return;
    const resolved: FormValues = structuredClone(conflict.theirValues);
    for (const key of conflict.fields) {
      if (conflict.choices[key] === 'mine') {
        (resolved as unknown as Record<string, unknown>)[key] = structuredClone(conflict.mine[key]);
      }
    }
    setBase(conflict.theirValues);
    setVersion(conflict.theirs.version);
    form.setValues(resolved);
    setConflict(null);
    save.mutate({
      values: resolved,
      base: conflict.theirValues,
      version: conflict.theirs.version,
      message,
    });
  }

  const submit = form.onSubmit(
    (values) => {
      setGeneral([]);
      if (!isNew && changedFields(values, base).length === 0) {
        notifications.show({ message: m.nothingChanged });
        return;
      }
      save.mutate({ values, base, version, message });
    },
    (errors) => {
      setGeneral([]);
      focusFirstError(Object.keys(errors));
    },
  );

  const title = isNew ? m.newExercise : format(m.editTitle, { name: exercise.name });
  const back = isNew ? (
    <Anchor renderRoot={(props) => <Link to="/exercises" {...props} />}>
      {messages.app.backToExercises}
    </Anchor>
  ) : (
    <Anchor
      renderRoot={(props) => (
        <Link to="/exercises/$slug" params={{ slug: exercise.slug }} {...props} />
      )}
    >
      {m.back}
    </Anchor>
  );

  if (conflict) {
    return (
      <Page title={title} actions={back}>
        <ConflictView
          conflict={conflict}
          setChoice={(key, choice) =>
            setConflict({ ...conflict, choices: { ...conflict.choices, [key]: choice } })
          }
          onSave={saveChoices}
          onCancel={() => setConflict(null)}
        />
      </Page>
    );
  }

  const errorPaths = Object.keys(form.errors).filter((k) => Boolean(form.errors[k]));
  return (
    <Page title={title} actions={back}>
      {(errorPaths.length > 0 || general.length > 0) && (
        <ErrorSummary errors={form.errors} paths={errorPaths} general={general} />
      )}
      <form ref={formRef} noValidate onSubmit={submit} aria-label={title}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack>
              <AboutSection form={form} isNew={isNew} slug={exercise?.slug} />
              <TempoSection form={form} />
              <Section title={m.sections.texts}>
                <Stack>
                  <ListEditor form={form} path="steps" ordered />
                  <ListEditor form={form} path="cues" />
                  <ListEditor form={form} path="mistakes" />
                  <ListEditor form={form} path="precautions" />
                </Stack>
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <LoadSection form={form} />
              <DoseSection form={form} />
              <TagsSection form={form} />
              <Section title={m.sections.history}>
                <Textarea
                  label={f.message}
                  value={message}
                  onChange={(e) => setMessage(e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
        <Group mt="md">
          <Button type="submit" loading={save.isPending}>
            {isNew ? m.create : m.save}
          </Button>
        </Group>
      </form>
    </Page>
  );
}

/** The path's label as the summary names it: `steps.2` is "Step 3". */
function labelForPath(path: string): string {
  const [root, rest] = path.split(/\.(.*)/s);
  if (root === 'intensity') {
    const sub = { scale: f.intensityScale, value: f.intensityValue, unit: f.intensityUnit };
    return `${f.intensity}: ${sub[rest as keyof typeof sub] ?? f.intensityBand}`;
  }
  if (root === 'prescription') {
    const sub: Record<string, string> = {
      sets: f.sets,
      amount: f.amount,
      restSeconds: f.restSeconds,
      sessionsPerWeek: f.sessionsPerWeek,
      perSide: f.perSide,
    };
    return `${f.prescription}: ${sub[rest] ?? ''}`;
  }
  if (root in LIST_ITEM && rest !== undefined && /^\d+$/.test(rest)) {
    return format(m.list.item, { label: LIST_ITEM[root as ListPath], n: Number(rest) + 1 });
  }
  return (f as Record<string, string>)[root] ?? root;
}

function ErrorSummary({
  errors,
  paths,
  general,
}: {
  errors: Record<string, ReactNode>;
  paths: string[];
  general: string[];
}) {
  return (
    <Alert
      id="edit-error-summary"
      tabIndex={-1}
      color="red"
      role="alert"
      title={format(m.summaryTitle, { n: paths.length + general.length })}
    >
      <List spacing={4}>
        {general.map((text) => (
          <List.Item key={text}>{text}</List.Item>
        ))}
        {paths.map((path) => (
          <List.Item key={path}>
            <Anchor
              href={`#${fieldId(path)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId(path))?.focus();
              }}
            >
              {labelForPath(path)}: {errors[path]}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `edit-section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Select/MultiSelect options from the schema's enum, each with its own description. */
function options(vocabulary: EnumName, exclude: string[] = []) {
  return valuesOf(vocabulary)
    .filter((v) => !exclude.includes(v.value))
    .map((v) => ({ value: v.value, label: v.label }));
}

const renderOption =
  (vocabulary: EnumName) =>
  ({ option }: { option: { value: string; label: string } }) => (
    <div>
      <Text size="sm">{option.label}</Text>
      <Text size="xs" c="dimmed">
        {help(describeValue(vocabulary, option.value))}
      </Text>
    </div>
  );

function Pick({
  form,
  path,
  vocabulary,
  required = false,
  exclude,
}: {
  form: Form;
  path: 'stance' | 'position' | 'tempoIntent' | 'loadKind';
  vocabulary: EnumName;
  required?: boolean;
  exclude?: string[];
}) {
  return (
    <Select
      id={fieldId(path)}
      label={f[path]}
      description={help(describeEnum(vocabulary))}
      data={options(vocabulary, exclude)}
      renderOption={renderOption(vocabulary)}
      clearable={!required}
      required={required}
      {...form.getInputProps(path)}
    />
  );
}

function PickMany({
  form,
  path,
  vocabulary,
  required = false,
  exclude,
}: {
  form: Form;
  path: 'equipment' | 'regions' | 'focus' | 'primaryMuscles' | 'secondaryMuscles';
  vocabulary: EnumName;
  required?: boolean;
  exclude?: string[];
}) {
  return (
    <MultiSelect
      id={fieldId(path)}
      label={f[path]}
      description={help(describeEnum(vocabulary))}
      data={options(vocabulary, exclude)}
      renderOption={renderOption(vocabulary)}
      searchable
      clearable
      required={required}
      {...form.getInputProps(path)}
    />
  );
}

function AboutSection({ form, isNew, slug }: { form: Form; isNew: boolean; slug?: string }) {
  const name = form.getValues().name;
  return (
    <Section title={m.sections.about}>
      <Stack>
        <TextInput
          id={fieldId('name')}
          label={f.name}
          description={help(describeField('CreateExerciseInput', 'name'))}
          required
          {...form.getInputProps('name')}
        />
        <TextInput
          id={fieldId('slug')}
          label={f.slug}
          description={isNew ? m.fields.slugNew : m.fields.slugEdit}
          readOnly
          value={isNew ? slugPreview(name) : (slug ?? '')}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Textarea
          id={fieldId('summary')}
          label={f.summary}
          description={help(describeField('CreateExerciseInput', 'summary'))}
          required
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <ListEditor form={form} path="aliases" />
      </Stack>
    </Section>
  );
}

function TempoSection({ form }: { form: Form }) {
  const notation = form.getValues().tempo;
  const typed = readTempo(notation);
  const words = typed ? tempoInWords(typed) : null;
  const tut = typed ? timeUnderTension(typed) : null;
  return (
    <Section title={m.sections.tempo}>
      <Stack>
        <TextInput
          id={fieldId('tempo')}
          label={f.tempo}
          description={help(describeField('UpdateExerciseInput', 'tempo'))}
          styles={{ input: { fontFamily: 'monospace' } }}
          autoComplete="off"
          {...form.getInputProps('tempo')}
        />
        <div role="status" aria-live="polite">
          <Text size="sm" fw={700}>
            {m.tempoPreview}
          </Text>
          {notation.trim() === '' ? (
            <Text data-testid="tempo-preview-words">{m.tempoEmpty}</Text>
          ) : typed ? (
            <>
              <Text data-testid="tempo-preview-words">{words}</Text>
              <Text data-testid="tempo-preview-tut">{tut}</Text>
            </>
          ) : (
            <Text data-testid="tempo-preview-words">{m.tempoInvalid}</Text>
          )}
        </div>
        <Pick form={form} path="tempoIntent" vocabulary="TempoIntent" />
      </Stack>
    </Section>
  );
}

function LoadSection({ form }: { form: Form }) {
  const scale = form.getValues().intensity.scale;
  return (
    <Section title={m.sections.load}>
      <Stack>
        <Select
          id={fieldId('intensity.scale')}
          label={f.intensityScale}
          description={help(describeField('UpdateExerciseInput', 'intensity'))}
          placeholder={m.noIntensity}
          data={options('IntensityScale')}
          renderOption={renderOption('IntensityScale')}
          clearable
          {...form.getInputProps('intensity.scale')}
        />
        {scale && scale !== 'BAND' && (
          <NumberInput
            id={fieldId('intensity.value')}
            label={f.intensityValue}
            description={help(describeValue('IntensityScale', scale))}
            decimalScale={scale === 'MASS' ? 1 : 0}
            {...form.getInputProps('intensity.value')}
          />
        )}
        {scale === 'MASS' && (
          <Select
            id={fieldId('intensity.unit')}
            label={f.intensityUnit}
            data={options('MassUnit')}
            {...form.getInputProps('intensity.unit')}
          />
        )}
        {scale === 'BAND' && (
          <Select
            id={fieldId('intensity.bandColour')}
            label={f.intensityBand}
            description={help(describeEnum('BandColour'))}
            data={options('BandColour')}
            renderOption={renderOption('BandColour')}
            {...form.getInputProps('intensity.bandColour')}
          />
        )}
      </Stack>
    </Section>
  );
}

function DoseSection({ form }: { form: Form }) {
  const kind = form.getValues().prescription.kind;
  return (
    <Section title={m.sections.dose}>
      <Stack>
        <Text size="sm" c="dimmed">
          {help(describeField('CreateExerciseInput', 'prescription'))}
        </Text>
        <NumberInput
          id={fieldId('prescription.sets')}
          label={f.sets}
          description={help(describeField('PrescriptionInput', 'sets'))}
          min={1}
          max={10}
          required
          {...form.getInputProps('prescription.sets')}
        />
        <Radio.Group
          id={fieldId('prescription.kind')}
          label={f.doseKind}
          {...form.getInputProps('prescription.kind')}
        >
          <Stack gap={6} mt={4}>
            {DOSE_KINDS.map((k) => (
              <Radio key={k} value={k} label={m.doseKinds[k]} />
            ))}
          </Stack>
        </Radio.Group>
        <NumberInput
          id={fieldId('prescription.amount')}
          label={m.doseKinds[kind as DoseKind]}
          description={help(describeField('PrescriptionInput', kind))}
          min={0}
          required
          {...form.getInputProps('prescription.amount')}
        />
        <Checkbox
          id={fieldId('prescription.perSide')}
          label={f.perSide}
          {...form.getInputProps('prescription.perSide', { type: 'checkbox' })}
        />
        <NumberInput
          id={fieldId('prescription.restSeconds')}
          label={f.restSeconds}
          description={help(describeField('PrescriptionInput', 'restSeconds'))}
          min={0}
          max={600}
          {...form.getInputProps('prescription.restSeconds')}
        />
        <NumberInput
          id={fieldId('prescription.sessionsPerWeek')}
          label={f.sessionsPerWeek}
          description={help(describeField('PrescriptionInput', 'sessionsPerWeek'))}
          min={1}
          max={14}
          {...form.getInputProps('prescription.sessionsPerWeek')}
        />
      </Stack>
    </Section>
  );
}

function TagsSection({ form }: { form: Form }) {
  return (
    <Section title={m.sections.tags}>
      <Stack>
        <Select
          id={fieldId('difficulty')}
          label={f.difficulty}
          description={help(describeField('CreateExerciseInput', 'difficulty'))}
          data={[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: format(m.difficultyLevel, { n }),
          }))}
          required
          {...form.getInputProps('difficulty')}
        />
        <Checkbox.Group
          id={fieldId('planes')}
          label={f.planes}
          description={help(describeEnum('Plane'))}
          {...form.getInputProps('planes')}
        >
          <Stack gap={6} mt={4}>
            {valuesOf('Plane').map((v) => (
              <Checkbox
                key={v.value}
                value={v.value}
                label={v.label}
                description={help(v.description)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Pick form={form} path="stance" vocabulary="Stance" />
        <Pick form={form} path="position" vocabulary="BodyPosition" />
        <Pick form={form} path="loadKind" vocabulary="LoadKind" required />
        <PickMany form={form} path="equipment" vocabulary="Equipment" exclude={['NONE']} />
        <PickMany form={form} path="regions" vocabulary="BodyRegion" required />
        <PickMany form={form} path="focus" vocabulary="RunningFocus" required />
        <PickMany form={form} path="primaryMuscles" vocabulary="Muscle" required />
        <PickMany form={form} path="secondaryMuscles" vocabulary="Muscle" />
      </Stack>
    </Section>
  );
}

type ListPath = 'steps' | 'cues' | 'mistakes' | 'precautions' | 'aliases';
const LIST_ITEM: Record<ListPath, string> = m.listItems;

/** An ordered list of texts: add, remove, move up and down, each button saying which item. */
function ListEditor({
  form,
  path,
  ordered = false,
}: {
  form: Form;
  path: ListPath;
  ordered?: boolean;
}) {
  const items = form.getValues()[path];
  const item = LIST_ITEM[path];
  const legendId = `${fieldId(path)}-legend`;
  const error = form.errors[path];
  // After a move, focus follows the moved item's button to its new place.
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const move = (from: number, to: number, button: 'up' | 'down') => {
    form.reorderListItem(path, { from, to });
    const target = to === 0 ? 'down' : to === items.length - 1 ? 'up' : button;
    setFocus(`${fieldId(`${path}.${to}`)}-${target}`);
  };
  return (
    <fieldset aria-labelledby={legendId} style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" id={legendId} fw={500} size="sm" p={0}>
        {f[path]}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {help(describeField('CreateExerciseInput', path))}
      </Text>
      <Stack
        gap={6}
        component={ordered ? 'ol' : 'ul'}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {items.length === 0 && (
          <Text component="li" size="sm">
            {m.list.empty}
          </Text>
        )}
        {items.map((_, i) => {
          const n = i + 1;
          const id = fieldId(`${path}.${i}`);
          return (
            <li key={i}>
              <Group gap={6} align="flex-start" wrap="nowrap">
                <TextInput
                  id={id}
                  style={{ flex: 1 }}
                  label={format(m.list.item, { label: item, n })}
                  {...form.getInputProps(`${path}.${i}`)}
                />
                <Group gap={2} mt={24} wrap="nowrap">
                  <Button
                    id={`${id}-up`}
                    size="compact-sm"
                    variant="subtle"
                    disabled={i === 0}
                    aria-label={format(m.list.up, { label: item.toLowerCase(), n })}
                    onClick={() => move(i, i - 1, 'up')}
                  >
                    ↑ {m.list.upShort}
                  </Button>
                  <Button
                    id={`${id}-down`}
                    size="compact-sm"
                    variant="subtle"
                    disabled={i === items.length - 1}
                    aria-label={format(m.list.down, { label: item.toLowerCase(), n })}
                    onClick={() => move(i, i + 1, 'down')}
                  >
                    ↓ {m.list.downShort}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={format(m.list.remove, { label: item.toLowerCase(), n })}
                    onClick={() => {
                      form.removeListItem(path, i);
                      setFocus(`${fieldId(path)}-add`);
                    }}
                  >
                    {m.list.removeShort}
                  </Button>
                </Group>
              </Group>
            </li>
          );
        })}
      </Stack>
      {error && (
        <Text size="sm" c="red" mt={4}>
          {error}
        </Text>
      )}
      <Button
        id={`${fieldId(path)}-add`}
        mt={6}
        size="compact-sm"
        variant="light"
        onClick={() => {
          form.insertListItem(path, '');
          setFocus(fieldId(`${path}.${items.length}`));
        }}
      >
        {format(m.list.add, { label: item.toLowerCase() })}
      </Button>
    </fieldset>
  );
}

/** A field's value in words for the conflict view. */
function shown(values: FormValues, key: FieldKey): string {
  const v = values[key];
  const empty = m.conflict.empty;
  if (key === 'intensity') {
    const i = values.intensity;
    if (!i.scale) return empty;
    if (i.scale === 'BAND')
      return format(messages.load.BAND, { colour: labelOf(i.bandColour ?? '') });
    return `${labelOf(i.scale)} ${i.value}${i.unit ? ` ${i.unit.toLowerCase()}` : ''}`;
  }
  if (key === 'prescription') {
    const p = values.prescription;
    return [
      `${p.sets} × ${p.amount} ${m.doseKinds[p.kind].toLowerCase()}`,
      p.perSide ? f.perSide.toLowerCase() : '',
      `${f.restSeconds.toLowerCase()}: ${p.restSeconds}`,
      `${f.sessionsPerWeek.toLowerCase()}: ${p.sessionsPerWeek}`,
    ]
      .filter(Boolean)
      .join(', ');
  }
  if (Array.isArray(v)) {
    const texts = (v as string[]).filter((s) => s.trim());
    if (!texts.length) return empty;
    const enumLike = [
      'planes',
      'equipment',
      'regions',
      'focus',
      'primaryMuscles',
      'secondaryMuscles',
    ];
    return enumLike.includes(key) ? texts.map(labelOf).join(', ') : texts.join(' / ');
  }
  const text = typeof v === 'string' ? v : '';
  if (text === '') return empty;
  if (['stance', 'position', 'tempoIntent', 'loadKind'].includes(key)) return labelOf(text);
  return key === 'difficulty' ? format(m.difficultyLevel, { n: text }) : text;
}

function ConflictView({
  conflict,
  setChoice,
  onSave,
  onCancel,
}: {
  conflict: Conflict;
  setChoice: (key: FieldKey, choice: 'mine' | 'theirs') => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const c = m.conflict;
  const revision = conflict.theirs.revisions?.nodes[0];
  const date = new Date(revision?.createdAt ?? conflict.theirs.updatedAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const who = revision?.author?.displayName;
  return (
    <Stack>
      <Alert color="orange" variant="light">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }} mb={6}>
          {c.title}
        </Title>
        <Text data-testid="conflict-who">
          {who
            ? format(c.who, {
                who,
                version: conflict.theirs.version,
                date,
                message: revision?.message ?? '',
              })
            : format(c.whoUnknown, { version: conflict.theirs.version, date })}
        </Text>
        <Text mt={4}>{conflict.fields.length ? c.intro : c.noDifference}</Text>
      </Alert>
      {conflict.fields.map((key) => {
        const mineChanged = !sameField(conflict.mine, conflict.base, key);
        const theirsChanged = !sameField(conflict.theirValues, conflict.base, key);
        const who =
          mineChanged && theirsChanged
            ? c.changedByBoth
            : mineChanged
              ? c.changedByMe
              : c.changedByThem;
        return (
          <Card withBorder key={key} data-testid={`conflict-${key}`}>
            <Radio.Group
              label={labelForPath(key)}
              description={who}
              value={conflict.choices[key]}
              onChange={(v) => setChoice(key, v as 'mine' | 'theirs')}
            >
              <Stack gap={8} mt={8}>
                <Radio
                  value="theirs"
                  label={format(c.takeTheirs, { value: shown(conflict.theirValues, key) })}
                />
                <Radio
                  value="mine"
                  label={format(c.keepMine, { value: shown(conflict.mine, key) })}
                />
              </Stack>
            </Radio.Group>
          </Card>
        );
      })}
      <Group>
        <Button onClick={onSave}>{c.saveChoices}</Button>
        <Button variant="default" onClick={onCancel}>
          {c.cancel}
        </Button>
      </Group>
    </Stack>
  );
}
