import { Anchor, Button, Grid, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { Link, useBlocker, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { ApiError } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { AboutSection } from './AboutSection';
import { type Conflict, conflictOf, resolvedValues } from './conflict';
import { ConflictView } from './ConflictView';
import { DoseSection } from './DoseSection';
import { ErrorSummary } from './ErrorSummary';
import {
  changedFields,
  changedInput,
  createInput,
  EMPTY_VALUES,
  type Exercise,
  type FormValues,
  formValuesOf,
} from './form-values';
import { ListEditor } from './ListEditor';
import { LoadSection } from './LoadSection';
import { CREATE_EXERCISE, EXERCISE_FOR_EDIT, UPDATE_EXERCISE } from './operations';
import { problemsOf } from './refusal';
import { Section } from './Section';
import { TagsSection } from './TagsSection';
import { TempoSection } from './TempoSection';
import { focusFirstError, validate } from './validation';

const m = messages.editing;
const f = m.fields;

interface SaveArgs {
  values: FormValues;
  base: FormValues;
  version: number;
  message: string;
}

export function ExerciseForm({ exercise }: { exercise?: Exercise }) {
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
    validate,
  });
  const values = form.getValues();
  const dirty = changedFields(values, base).length > 0 || message.trim() !== '';

  useBlocker({
    shouldBlockFn: () => dirty && !leaving.current && !window.confirm(m.unsaved),
    enableBeforeUnload: () => dirty && !leaving.current,
  });

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
      const { byField, rest } = problemsOf(error);
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
    setConflict(conflictOf(latest.exercise, mine, base));
  }

  function saveChoices() {
    if (!conflict) return;
    const resolved = resolvedValues(conflict);
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
