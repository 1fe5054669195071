import { Stack, TextInput, Textarea, Title } from '@mantine/core';
import { messages } from '../../i18n';
import type { TemplateValues } from './template-values';

const m = messages.programs.editor;

/** The template's name, description and patient guidance, each with the API's error under it. */
export function TemplateDetails({
  values,
  errors,
  onChange,
}: {
  values: TemplateValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<TemplateValues>) => void;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="template-details-title">
      <Title order={2} size="h3" id="template-details-title">
        {m.details}
      </Title>
      <TextInput
        id="template-name"
        label={m.name}
        description={m.nameHelp}
        required
        maxLength={120}
        value={values.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={errors.name}
      />
      <Textarea
        id="template-description"
        label={m.description}
        description={m.descriptionHelp}
        autosize
        minRows={2}
        maxLength={2000}
        value={values.description}
        onChange={(e) => onChange({ description: e.currentTarget.value })}
        error={errors.description}
      />
      <Textarea
        id="template-guidance"
        label={m.guidance}
        description={m.guidanceHelp}
        autosize
        minRows={2}
        value={values.guidance}
        onChange={(e) => onChange({ guidance: e.currentTarget.value })}
        error={errors.guidance}
      />
    </Stack>
  );
}
