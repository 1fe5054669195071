import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { diffWords } from 'diff';
import { type ReactNode, useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { Page } from '../../components/Page';
import type {
  ConsoleExerciseTranslationsQuery,
  Locale,
  TranslationFieldsFragment,
} from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { ApiError, fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { focusFirst } from '../auth/focus';
import { asText, changedSince, type EnglishText, linesToList, TEXT_FIELDS } from './changes';
import type { TextField } from './changes';
import { EXERCISE_TRANSLATIONS, REMOVE_TRANSLATION, SET_TRANSLATION } from './operations';

const m = messages.translations;
type Exercise = NonNullable<ConsoleExerciseTranslationsQuery['exercise']>;
type Translation = TranslationFieldsFragment;
/** Every language a translation may be in (English is the exercise itself). */
const LOCALES: Locale[] = ['ES', 'VI', 'ZH'];
const LISTS: TextField[] = ['steps', 'cues', 'precautions'];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
export const languageOf = (locale: string) => languageNames.of(locale.toLowerCase()) ?? locale;

export function TranslationsPage({ slug }: { slug: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['exercises', 'detail', slug, 'translations'],
    queryFn: ({ signal }) => request(EXERCISE_TRANSLATIONS, { slug }, signal),
    // An edit in progress keeps the versions it read: no refetch behind the PT's back.
    refetchOnWindowFocus: false,
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
  return <Editor exercise={data.exercise} back={back} />;
}

function Editor({ exercise, back }: { exercise: Exercise; back: ReactNode }) {
  const stored: Translation[] = exercise.translations;
  const [added, setAdded] = useState<Locale[]>([]);
  const locales = [
    ...stored.map((t) => t.locale),
    ...added.filter((l) => !stored.some((t) => t.locale === l)),
  ];
  const [tab, setTab] = useState<string | null>(locales[0] ?? null);
  const [adding, setAdding] = useState<string | null>(null);
  const free = LOCALES.filter((l) => !locales.includes(l));
  const english: EnglishText = {
    name: exercise.name,
    summary: exercise.summary,
    steps: exercise.steps,
    cues: exercise.cues,
    precautions: exercise.precautions,
  };
  const current = tab && locales.includes(tab as Locale) ? tab : (locales[0] ?? null);
  return (
    <Page title={format(m.title, { name: exercise.name })} actions={back}>
      <Text>{m.intro}</Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={m.addLanguage}
          placeholder={free.length ? m.pickLanguage : m.allLanguages}
          data={free.map((l) => ({ value: l, label: languageOf(l) }))}
          value={adding}
          onChange={setAdding}
          disabled={free.length === 0}
          w={240}
        />
        <Button
          variant="default"
          disabled={!adding}
          onClick={() => {
            if (!adding) return;
            setAdded((a) => [...a, adding as Locale]);
            setTab(adding);
            setAdding(null);
          }}
        >
          {m.add}
        </Button>
      </Group>
      {locales.length === 0 ? (
        <Text>{m.none}</Text>
      ) : (
        <Tabs value={current} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            {locales.map((locale) => {
              const t = stored.find((s) => s.locale === locale);
              return (
                <Tabs.Tab key={locale} value={locale}>
                  {languageOf(locale)}
                  {t?.outdated ? ` · ${m.outdatedTag}` : t ? '' : ` · ${m.newTag}`}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {locales.map((locale) => {
            const t = stored.find((s) => s.locale === locale) ?? null;
            return (
              <Tabs.Panel key={locale} value={locale} pt="md">
                <LocaleEditor
                  key={t ? `${t.id}:${t.version}` : `new:${locale}`}
                  exercise={exercise}
                  english={english}
                  locale={locale}
                  translation={t}
                  onRemoved={() => {
                    setAdded((a) => a.filter((l) => l !== locale));
                    setTab(null);
                  }}
                />
              </Tabs.Panel>
            );
          })}
        </Tabs>
      )}
    </Page>
  );
}

type Values = Record<TextField, string>;

function initial(t: Translation | null): Values {
  return {
    name: t?.name ?? '',
    summary: t?.summary ?? '',
    steps: asText(t?.steps),
    cues: asText(t?.cues),
    precautions: asText(t?.precautions),
  };
}

const INS = { background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-black)' };
const DEL = { background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-black)' };

/** Words removed and added, marked for sight and said for screen readers. */
function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i} style={INS}>
            <VisuallyHidden>{m.inserted}</VisuallyHidden>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} style={DEL}>
            <VisuallyHidden>{m.deleted}</VisuallyHidden>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </Text>
  );
}

function LocaleEditor({
  exercise,
  english,
  locale,
  translation,
  onRemoved,
}: {
  exercise: Exercise;
  english: EnglishText;
  locale: Locale;
  translation: Translation | null;
  onRemoved: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const language = languageOf(locale);
  const form = useForm<Values>({ initialValues: initial(translation) });
  const [summary, setSummary] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const changes =
    translation?.outdated && exercise.revisions
      ? changedSince(english, exercise.revisions.nodes, translation.updatedAt)
      : null;
  const save = useMutation({
    mutationFn: (values: Values) =>
      request(SET_TRANSLATION, {
        input: {
          exerciseId: exercise.id,
          locale,
          expectedVersion: translation?.version,
          name: values.name.trim() || null,
          summary: values.summary.trim() || null,
          steps: linesToList(values.steps),
          cues: linesToList(values.cues),
          precautions: linesToList(values.precautions),
        },
      }),
    onSuccess: async () => {
      setSummary([]);
      await queryClient.invalidateQueries({ queryKey: ['exercises'] });
      notifications.show({
        color: 'green',
        message: format(m.saved, { language }),
      });
    },
    onError: (error) => {
      const { byField, rest } = fieldErrorsFor(error);
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(byField)) {
        const field = path.split(/[.[]/)[0];
        if ((TEXT_FIELDS as readonly string[]).includes(field)) errors[field] ??= message;
        else rest.push(message);
      }
      if (error instanceof ApiError && error.code === 'CONFLICT') rest.unshift(m.conflict);
      form.setErrors(errors);
      setSummary([...rest, ...Object.values(errors)]);
      focusFirst(
        formRef.current,
        TEXT_FIELDS.filter((f) => f in errors),
      );
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      request(REMOVE_TRANSLATION, {
        input: { exerciseId: exercise.id, locale, expectedVersion: translation!.version },
      }),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['exercises'] });
      notifications.show({
        color: 'green',
        message: format(m.removed, { language }),
      });
      onRemoved();
    },
  });
  const reload = () => queryClient.invalidateQueries({ queryKey: ['exercises'] });
  return (
    <Stack>
      {translation?.outdated && (
        <Alert color="orange" title={m.outdatedTitle} data-testid="outdated">
          <Text size="sm">{m.outdated}</Text>
          {changes && changes.length > 0 && (
            <Stack gap="xs" mt="xs">
              <Text size="sm" fw={700}>
                {m.whatChanged}
              </Text>
              {changes.map((c) => (
                <div key={c.field}>
                  <Text size="sm" fw={600}>
                    {m.fields[c.field]}
                  </Text>
                  <WordDiff before={c.before} after={c.after} />
                </div>
              ))}
            </Stack>
          )}
        </Alert>
      )}
      {translation && !translation.outdated && (
        <Badge color="green" variant="light">
          {m.upToDate}
        </Badge>
      )}
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => save.mutate(values))}
        aria-label={format(m.formLabel, { language })}
      >
        <Stack>
          {summary.length > 0 && (
            <Alert color="red" role="alert" title={m.notSaved}>
              <List size="sm">
                {summary.map((s) => (
                  <List.Item key={s}>{s}</List.Item>
                ))}
              </List>
              {save.error instanceof ApiError && save.error.code === 'CONFLICT' && (
                <Button mt="xs" size="xs" variant="default" onClick={() => void reload()}>
                  {m.reload}
                </Button>
              )}
            </Alert>
          )}
          <Grid>
            <Grid.Col span={6}>
              <Title order={2} size="h4">
                {m.english}
              </Title>
            </Grid.Col>
            <Grid.Col span={6}>
              <Title order={2} size="h4">
                {language}
              </Title>
            </Grid.Col>
          </Grid>
          {TEXT_FIELDS.map((field) => {
            const source = english[field];
            const list = LISTS.includes(field);
            const label = format(m.fieldIn, { field: m.fields[field], language });
            return (
              <Grid key={field} align="stretch">
                <Grid.Col span={6}>
                  <Card withBorder padding="sm" h="100%" bg="var(--mantine-color-gray-0)">
                    <Text size="sm" fw={700} component="h3" m={0}>
                      {format(m.fieldIn, { field: m.fields[field], language: m.english })}
                    </Text>
                    {Array.isArray(source) ? (
                      source.length ? (
                        <List type={field === 'steps' ? 'ordered' : 'unordered'} size="sm">
                          {source.map((s, i) => (
                            <List.Item key={i}>{s}</List.Item>
                          ))}
                        </List>
                      ) : (
                        <Text size="sm">{messages.exercise.none}</Text>
                      )
                    ) : (
                      <Text size="sm">{source || messages.exercise.none}</Text>
                    )}
                  </Card>
                </Grid.Col>
                <Grid.Col span={6}>
                  {list ? (
                    <Textarea
                      label={label}
                      description={m.onePerLine}
                      name={field}
                      autosize
                      minRows={3}
                      lang={locale.toLowerCase()}
                      {...form.getInputProps(field)}
                    />
                  ) : field === 'summary' ? (
                    <Textarea
                      label={label}
                      name={field}
                      autosize
                      minRows={2}
                      lang={locale.toLowerCase()}
                      {...form.getInputProps(field)}
                    />
                  ) : (
                    <TextInput
                      label={label}
                      name={field}
                      lang={locale.toLowerCase()}
                      {...form.getInputProps(field)}
                    />
                  )}
                </Grid.Col>
              </Grid>
            );
          })}
          <Text size="sm" c="dimmed">
            {m.blankHelp}
          </Text>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {format(m.save, { language })}
            </Button>
            {translation && (
              <Button variant="outline" color="red" onClick={() => setConfirming(true)}>
                {format(m.remove, { language })}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={format(m.removeTitle, { language })}
          centered
        >
          <Stack>
            <Text>{format(m.removeConfirm, { language })}</Text>
            {remove.error && (
              <Alert color="red" role="alert">
                {remove.error.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
                {m.cancel}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                {format(m.remove, { language })}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
