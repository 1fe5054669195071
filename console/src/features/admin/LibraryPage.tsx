import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { AdminSections } from './AdminSections';
import { LibraryImportPanel } from './LibraryImportPanel';
import { downloadExport } from './library-export';

const m = messages.admin.library;

/** Size in kB or MB, for the "downloaded" message. */
const size = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;

/** The free-exercise-db import with its progress, and the whole library as a download. */
export function LibraryPage() {
  const exporting = useMutation({ mutationFn: downloadExport });
  return (
    <Page title={m.title}>
      <AdminSections />
      <Text>{m.intro}</Text>
      <LibraryImportPanel />
      <Paper withBorder p="md" component="section" aria-labelledby="library-export">
        <Stack gap="sm" align="flex-start">
          <Title order={2} id="library-export">
            {m.exportTitle}
          </Title>
          <Text>{m.exportText}</Text>
          <Button loading={exporting.isPending} onClick={() => exporting.mutate()}>
            {m.export}
          </Button>
          <Text role="status" data-testid="export-status">
            {exporting.isPending && m.exporting}
            {exporting.isSuccess && format(m.exported, { size: size(exporting.data) })}
          </Text>
          {exporting.isError && (
            <Alert color="red" role="alert">
              {format(m.exportFailed, { reason: exporting.error.message })}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Page>
  );
}
