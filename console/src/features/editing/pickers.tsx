import { MultiSelect, Select, Text } from '@mantine/core';
import { messages } from '../../i18n';
import { describeEnum, describeValue, type EnumName, valuesOf } from '../vocabulary/vocabulary';
import { type Form, fieldId } from './form-values';
import { help } from './help';

const f = messages.editing.fields;

/** Select/MultiSelect options from the schema's enum, each with its own description. */
export function options(vocabulary: EnumName, exclude: string[] = []) {
  return valuesOf(vocabulary)
    .filter((v) => !exclude.includes(v.value))
    .map((v) => ({ value: v.value, label: v.label }));
}

export const renderOption =
  (vocabulary: EnumName) =>
  ({ option }: { option: { value: string; label: string } }) => (
    <div>
      <Text size="sm">{option.label}</Text>
      <Text size="xs" c="dimmed">
        {help(describeValue(vocabulary, option.value))}
      </Text>
    </div>
  );

type OnePath = 'stance' | 'position' | 'tempoIntent' | 'loadKind';
type ManyPath = 'equipment' | 'regions' | 'focus' | 'primaryMuscles' | 'secondaryMuscles';

interface PickProps<P extends string> {
  form: Form;
  path: P;
  vocabulary: EnumName;
  required?: boolean;
  exclude?: string[];
}

/** What a Select and a MultiSelect over one vocabulary share: id, label, help, options. */
function pickProps<P extends OnePath | ManyPath>({
  form,
  path,
  vocabulary,
  required = false,
  exclude,
}: PickProps<P>) {
  return {
    id: fieldId(path),
    label: f[path],
    description: help(describeEnum(vocabulary)),
    data: options(vocabulary, exclude),
    renderOption: renderOption(vocabulary),
    required,
    ...form.getInputProps(path),
  };
}

/** One value of a vocabulary, clearable unless required. */
export function PickOne(props: PickProps<OnePath>) {
  return <Select {...pickProps(props)} clearable={!props.required} />;
}

/** Any number of values of a vocabulary. */
export function PickMany(props: PickProps<ManyPath>) {
  return <MultiSelect {...pickProps(props)} searchable clearable />;
}
