import { Alert, Anchor, List } from '@mantine/core';
import type { ReactNode } from 'react';
import { format, messages } from '../../i18n';
import { fieldId } from './form-values';
import { labelForPath } from './labels';

const m = messages.editing;

/** The errors above the form, each linking to its field; `general` are those no field owns. */
export function ErrorSummary({
  errors,
  paths,
  general,
}: {
  errors: Record<string, ReactNode>;
  paths: string[];
  general: string[];
}) {
  return (
    <Alert
      id="edit-error-summary"
      tabIndex={-1}
      color="red"
      role="alert"
      title={format(m.summaryTitle, { n: paths.length + general.length })}
    >
      <List spacing={4}>
        {general.map((text) => (
          <List.Item key={text}>{text}</List.Item>
        ))}
        {paths.map((path) => (
          <List.Item key={path}>
            <Anchor
              href={`#${fieldId(path)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId(path))?.focus();
              }}
            >
              {labelForPath(path)}: {errors[path]}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
