import { NumberInput, Select, Stack } from '@mantine/core';
import { messages } from '../../i18n';
import { describeEnum, describeField, describeValue } from '../vocabulary/vocabulary';
import { type Form, fieldId } from './form-values';
import { help } from './help';
import { options, renderOption } from './pickers';
import { Section } from './Section';

const m = messages.editing;
const f = m.fields;

/** The load's scale, then only the fields that scale has: a value and unit, or a band colour. */
export function LoadSection({ form }: { form: Form }) {
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
