import { Checkbox, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { messages } from '../../i18n';
import { describeField } from '../vocabulary/vocabulary';
import { DOSE_KINDS, type DoseKind, type Form, fieldId } from './form-values';
import { help } from './help';
import { Section } from './Section';

const m = messages.editing;
const f = m.fields;

/** The prescription: sets, one kind of amount, per side, rest and sessions per week. */
export function DoseSection({ form }: { form: Form }) {
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
