import { Stack, Text, TextInput } from '@mantine/core';
import { messages } from '../../i18n';
import { tempoInWords, timeUnderTension } from '../exercises/tempo';
import { describeField } from '../vocabulary/vocabulary';
import { type Form, fieldId, readTempo } from './form-values';
import { help } from './help';
import { PickOne } from './pickers';
import { Section } from './Section';

const m = messages.editing;
const f = m.fields;

/** The tempo notation with its reading in words as the PT types, and the tempo's intent. */
export function TempoSection({ form }: { form: Form }) {
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
        <PickOne form={form} path="tempoIntent" vocabulary="TempoIntent" />
      </Stack>
    </Section>
  );
}
