import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { ApiError, fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { BalanceChart } from './BalanceChart';
import { ItemsEditor } from './ItemsEditor';
import { TemplateConflict } from './TemplateConflict';
import { TemplateDetails } from './TemplateDetails';
import { TemplateErrors } from './TemplateErrors';
import { ArchiveButton, TemplateMeta } from './TemplateStatus';
import { itemForExercise } from './add-exercise';
import { templateChanged } from './template-cache';
import { CREATE_PROGRAM_TEMPLATE, PROGRAM_TEMPLATE, UPDATE_PROGRAM_TEMPLATE } from './operations';
import {
  EMPTY_TEMPLATE,
  answeredErrors,
  type Template,
  type TemplateField,
  type TemplateValues,
  differingFields,
  templateInputOf,
  templateValuesOf,
} from './template-values';

const m = messages.programs.editor;

interface Conflict {
  theirs: Template;
  fields: TemplateField[];
}

/**
 * Makes a template or changes one: name, description, guidance and items, with the balance chart
 * beside the items. A save sends the version read when the page opened (or last saved); when
 * someone saved in between, the API's CONFLICT is shown with their version, and mine stays on
 * the page until the clinician chooses.
 */
export function TemplateForm({ template }: { template?: Template }) {
  const navigate = useNavigate();
  const [base, setBase] = useState(template);
  const [values, setValues] = useState<TemplateValues>(() =>
    template ? templateValuesOf(template) : EMPTY_TEMPLATE,
  );
  const [problems, setProblems] = useState<{ byField: Record<string, string>; rest: string[] }>();
  const [conflict, setConflict] = useState<Conflict>();
  // Said beside the button, not in a toast: a toast covers the page's own buttons top right.
  const [savedNote, setSavedNote] = useState('');
  const change = (patch: Partial<TemplateValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A field the clinician has changed no longer shows the old refusal (nor does the summary).
    const fixed = problems ? answeredErrors(Object.keys(problems.byField), values, patch) : [];
    if (problems && fixed.length) {
      const byField = { ...problems.byField };
      for (const key of fixed) delete byField[key];
      const left = Object.keys(byField).length + problems.rest.length;
      setProblems(left ? { byField, rest: problems.rest } : undefined);
    }
  };

  useEffect(() => {
    if (problems) document.getElementById('template-errors')?.focus();
  }, [problems]);

  const save = useMutation({
    mutationFn: async (expectedVersion?: number) => {
      const input = templateInputOf(values);
      if (!base) return (await request(CREATE_PROGRAM_TEMPLATE, { input })).createProgramTemplate;
      const id = base.id;
      return (
        await request(UPDATE_PROGRAM_TEMPLATE, {
          input: { id, expectedVersion: expectedVersion ?? base.version, ...input },
        })
      ).updateProgramTemplate;
    },
    onMutate: () => {
      setSavedNote('');
      setProblems(undefined);
      setConflict(undefined);
    },
    onSuccess: async (saved) => {
      await templateChanged(saved);
      if (!base) {
        void navigate({ to: '/templates/$id', params: { id: saved.id }, replace: true });
        return;
      }
      setBase(saved);
      setSavedNote(format(m.saved, { version: saved.version }));
    },
    onError: async (error) => {
      if (base && error instanceof ApiError && error.code === 'CONFLICT') {
        const { programTemplate: theirs } = await request(PROGRAM_TEMPLATE, { id: base.id });
        if (theirs) {
          setConflict({ theirs, fields: differingFields(values, templateValuesOf(theirs)) });
          return;
        }
      }
      setProblems(fieldErrorsFor(error));
    },
  });

  const errors = problems?.byField ?? {};
  const title = base ? format(m.editTitle, { name: base.name }) : m.newTitle;
  return (
    <Page
      title={title}
      actions={
        <Group gap="xs">
          <Button variant="default" component={Link} to="/templates">
            {m.back}
          </Button>
          {base && <ArchiveButton template={base} onChanged={setBase} />}
        </Group>
      }
    >
      {base && <TemplateMeta template={base} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(undefined);
        }}
      >
        <Stack gap="md">
          {conflict && (
            <TemplateConflict
              version={conflict.theirs.version}
              updatedAt={conflict.theirs.updatedAt}
              fields={conflict.fields}
              onKeepMine={() => save.mutate(conflict.theirs.version)}
              onTakeTheirs={() => {
                setBase(conflict.theirs);
                setValues(templateValuesOf(conflict.theirs));
                setConflict(undefined);
              }}
            />
          )}
          {problems && <TemplateErrors {...problems} items={values.items} />}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <TemplateDetails values={values} errors={errors} onChange={change} />
                <ItemsEditor
                  value={values.items}
                  onChange={(items) => change({ items })}
                  errors={errors}
                />
                {errors.items && (
                  <Text size="sm" c="red">
                    {errors.items}
                  </Text>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              {/* Beside the items while scrolling through them: the chart answers every change. */}
              <div style={{ position: 'sticky', top: 76 }}>
                <BalanceChart
                  items={values.items}
                  onAdd={(exercise) =>
                    void itemForExercise(exercise).then((item) =>
                      setValues((v) => ({ ...v, items: [...v.items, item] })),
                    )
                  }
                />
              </div>
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {base ? m.save : m.create}
            </Button>
            <Text size="sm" role="status" data-testid="template-saved">
              {savedNote}
            </Text>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
