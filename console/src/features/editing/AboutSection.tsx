import { Stack, Textarea, TextInput } from '@mantine/core';
import { messages } from '../../i18n';
import { describeField } from '../vocabulary/vocabulary';
import { type Form, fieldId, slugPreview } from './form-values';
import { help } from './help';
import { ListEditor } from './ListEditor';
import { Section } from './Section';

const m = messages.editing;
const f = m.fields;

/** Name, slug (read-only: a preview when new), summary and aliases. */
export function AboutSection({ form, isNew, slug }: { form: Form; isNew: boolean; slug?: string }) {
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
