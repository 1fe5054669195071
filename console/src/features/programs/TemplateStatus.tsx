import { Alert, Button, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { ARCHIVE_PROGRAM_TEMPLATE, RESTORE_PROGRAM_TEMPLATE } from './operations';
import type { Template } from './template-values';
import { templateChanged } from './template-cache';

const m = messages.programs.editor;

/** Whose template, which version, when it last changed, and whether it is archived. */
export function TemplateMeta({ template }: { template: Template }) {
  const date = new Date(template.updatedAt).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const version = template.version;
  return (
    <>
      <Text size="sm" data-testid="template-meta">
        {template.owner
          ? format(m.owner, { name: template.owner.displayName, version, date })
          : format(m.ownerClinic, { version, date })}
      </Text>
      {template.archivedAt && (
        <Alert color="gray" variant="light">
          {m.archivedNote}
        </Alert>
      )}
    </>
  );
}

/**
 * Archive (no longer offered; handouts keep their copy) or restore, against the version read.
 * A refusal (someone saved first, not the owner) is told as the API words it.
 */
export function ArchiveButton({
  template,
  onChanged,
}: {
  template: Template;
  onChanged: (t: Template) => void;
}) {
  const archived = Boolean(template.archivedAt);
  // Announced, not toasted: a toast would cover this very button (the page's top right).
  const [done, setDone] = useState('');
  const toggle = useMutation({
    mutationFn: async () => {
      const input = { id: template.id, expectedVersion: template.version };
      return archived
        ? (await request(RESTORE_PROGRAM_TEMPLATE, { input })).restoreProgramTemplate
        : (await request(ARCHIVE_PROGRAM_TEMPLATE, { input })).archiveProgramTemplate;
    },
    onSuccess: async (changed) => {
      onChanged(changed);
      await templateChanged(changed);
      setDone(archived ? m.restoredDone : m.archivedDone);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  return (
    <>
      <Button variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
        {archived ? m.restore : m.archive}
      </Button>
      <VisuallyHidden role="status">{done}</VisuallyHidden>
    </>
  );
}
