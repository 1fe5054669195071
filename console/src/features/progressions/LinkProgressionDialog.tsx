import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import type { ConsoleProgressionPickQuery, ProgressionDimension } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { focusFirst } from '../auth/focus';
import { describeEnum, describeValue, labelOf, valuesOf } from '../vocabulary/vocabulary';
import type { LadderExercise } from './LadderSection';
import { withNames } from './ladder';
import { LINK_EXERCISES, PICK_EXERCISE } from './operations';

const m = messages.progressions;
type Option = ConsoleProgressionPickQuery['searchExercises']['nodes'][number];

interface Values {
  other: string | null;
  kind: 'PROGRESSION' | 'VARIATION';
  /** 'after': the other exercise comes after this one (harder); 'before': it comes first. */
  direction: 'after' | 'before';
  changes: string[];
  criterion: string;
}
const ORDER = ['other', 'kind', 'direction', 'changes', 'criterion'] as const;
const INITIAL: Values = {
  other: null,
  kind: 'PROGRESSION',
  direction: 'after',
  changes: [],
  criterion: '',
};

function optionLabel(o: Option): string {
  return format(m.exerciseOption, { name: o.name, n: o.difficulty, status: labelOf(o.status) });
}

/**
 * Links this exercise to another found by typing its name: which way, what kind, what changes and
 * when to move on. The API's refusals (a cycle, a pair already linked, a progression that would be
 * easier) are shown on the field they concern, with exercises named as the page names them.
 */
export function LinkProgressionDialog({
  exercise,
  opened,
  onClose,
  names,
}: {
  exercise: LadderExercise;
  opened: boolean;
  onClose: () => void;
  names: Map<string, string>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  /** Focus on the first field with an error; the picker's `name` is on a hidden input. */
  const focusError = (fields: string[]) =>
    fields[0] === 'other' ? pickerRef.current?.focus() : focusFirst(formRef.current, fields);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  const [summary, setSummary] = useState<string[]>([]);
  const [query] = useDebouncedValue(search.trim(), 250);
  const typed = query !== '' && (!chosen || query !== optionLabel(chosen));
  const found = useQuery({
    queryKey: ['exercises', 'progression-pick', query],
    // Not cancelled when the next letter comes: the answer is cached for that word anyway.
    queryFn: () => request(PICK_EXERCISE, { query }),
    enabled: opened && typed,
    placeholderData: keepPreviousData,
  });
  const options = (typed ? (found.data?.searchExercises.nodes ?? []) : []).filter(
    (o) => o.id !== exercise.id,
  );
  if (chosen && !options.some((o) => o.id === chosen.id)) options.unshift(chosen);

  const form = useForm<Values>({
    initialValues: INITIAL,
    validate: {
      other: (v) => (v ? null : m.chooseExercise),
      changes: (v) => (v.length ? null : m.chooseChanges),
      criterion: (v) => (v.length <= 500 ? null : m.criterionTooLong),
    },
  });

  const link = useMutation({
    mutationFn: (values: Values) => {
      const after = values.direction === 'after';
      return request(LINK_EXERCISES, {
        input: {
          fromId: after ? exercise.id : values.other!,
          toId: after ? values.other! : exercise.id,
          kind: values.kind,
          changes: values.changes as ProgressionDimension[],
          criterion: values.criterion.trim() || undefined,
        },
      });
    },
    onSuccess: ({ linkExercises: edge }) => {
      notifications.show({
        color: 'green',
        message: format(m.linked, { from: edge.from.name, to: edge.to.name }),
      });
      close();
      return queryClient.invalidateQueries({ queryKey: ['exercises'] });
    },
    onError: (error) => {
      const known = new Map(names);
      known.set(exercise.slug, exercise.name);
      if (chosen) known.set(chosen.slug, chosen.name);
      const words = (text: string) => {
        const named = withNames(text, known).replace(/ -> /g, ' → ');
        return named.charAt(0).toUpperCase() + named.slice(1);
      };
      const { byField, rest } = fieldErrorsFor(error);
      // Either end of the link is the exercise chosen here: this one is fixed.
      const errors: Partial<Record<(typeof ORDER)[number], string>> = {};
      for (const [field, message] of Object.entries(byField)) {
        const key = field === 'fromId' || field === 'toId' ? 'other' : field;
        if ((ORDER as readonly string[]).includes(key)) {
          errors[key as (typeof ORDER)[number]] ??= words(message);
        } else rest.push(message);
      }
      form.setErrors(errors);
      setSummary([...Object.values(errors), ...rest.map(words)]);
      focusError(ORDER.filter((f) => f in errors));
    },
  });

  function close() {
    form.reset();
    setChosen(null);
    setSearch('');
    setSummary([]);
    link.reset();
    onClose();
  }

  const name = exercise.name;
  const progression = form.values.kind === 'PROGRESSION';
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={m.linkTitle}
      size="lg"
      closeButtonProps={{ 'aria-label': m.close }}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit(
          (values) => {
            setSummary([]);
            link.mutate(values);
          },
          (errors) => {
            setSummary(Object.values(errors).map(String));
            focusError(ORDER.filter((f) => f in errors));
          },
        )}
      >
        <Stack>
          {summary.length > 0 && (
            <Alert color="red" role="alert" title={m.problems}>
              <List size="sm">
                {summary.map((s, i) => (
                  <List.Item key={i}>{s}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Select
            label={m.exercise}
            description={m.exerciseHelp}
            placeholder={m.exercisePlaceholder}
            ref={pickerRef}
            name="other"
            required
            searchable
            // Focus comes here with an error: the list would cover it. Typing or a click opens it.
            openOnFocus={false}
            clearable
            clearButtonProps={{ 'aria-label': m.clear }}
            searchValue={search}
            onSearchChange={setSearch}
            data={options.map((o) => ({ value: o.id, label: optionLabel(o) }))}
            filter={({ options: all }) => all}
            nothingFoundMessage={
              typed && found.isSuccess && !found.isFetching ? m.noMatches : undefined
            }
            value={form.values.other}
            onChange={(id) => {
              setChosen(options.find((o) => o.id === id) ?? null);
              form.setFieldValue('other', id);
              form.clearFieldError('other');
            }}
            error={form.errors.other}
          />
          <Radio.Group
            label={m.kind}
            description={m.kindHelp}
            name="kind"
            {...form.getInputProps('kind')}
          >
            <Stack gap="xs" mt={6}>
              {(['PROGRESSION', 'VARIATION'] as const).map((k) => (
                <Radio key={k} value={k} label={m.kinds[k]} description={m.kindHelps[k]} />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group label={m.direction} name="direction" {...form.getInputProps('direction')}>
            <Stack gap="xs" mt={6}>
              <Radio value="after" label={format(progression ? m.harder : m.sideways, { name })} />
              <Radio
                value="before"
                label={format(progression ? m.easier : m.sidewaysBack, { name })}
              />
            </Stack>
          </Radio.Group>
          <Checkbox.Group
            label={m.changes}
            description={describeEnum('ProgressionDimension') || m.changesHelp}
            name="changes"
            required
            {...form.getInputProps('changes')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing="xs">
              {valuesOf('ProgressionDimension').map((d) => (
                <Checkbox
                  key={d.value}
                  value={d.value}
                  name="changes"
                  label={d.label}
                  description={describeValue('ProgressionDimension', d.value)}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label={m.criterion}
            description={m.criterionHelp}
            name="criterion"
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('criterion')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {m.cancel}
            </Button>
            <Button type="submit" loading={link.isPending}>
              {m.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
