import { Checkbox, Select, Stack } from '@mantine/core';
import { format, messages } from '../../i18n';
import { describeEnum, describeField, valuesOf } from '../vocabulary/vocabulary';
import { type Form, fieldId } from './form-values';
import { help } from './help';
import { PickMany, PickOne } from './pickers';
import { Section } from './Section';

const m = messages.editing;
const f = m.fields;

/** Difficulty, planes and the vocabularies an exercise is found by. */
export function TagsSection({ form }: { form: Form }) {
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
        <PickOne form={form} path="stance" vocabulary="Stance" />
        <PickOne form={form} path="position" vocabulary="BodyPosition" />
        <PickOne form={form} path="loadKind" vocabulary="LoadKind" required />
        <PickMany form={form} path="equipment" vocabulary="Equipment" exclude={['NONE']} />
        <PickMany form={form} path="regions" vocabulary="BodyRegion" required />
        <PickMany form={form} path="focus" vocabulary="RunningFocus" required />
        <PickMany form={form} path="primaryMuscles" vocabulary="Muscle" required />
        <PickMany form={form} path="secondaryMuscles" vocabulary="Muscle" />
      </Stack>
    </Section>
  );
}
