// The charts' styles come with the template pages, not the entry (bundle budget).
import '@mantine/charts/styles.css';
import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Page } from '../../components/Page';
import { messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { TemplateForm } from './TemplateForm';
import { PROGRAM_TEMPLATE } from './operations';

const m = messages.programs.editor;

/**
 * /templates/$id: reads the template once (no refetch on focus) and keeps that version for the
 * save, whatever happens in the background.
 */
export function TemplateEditPage({ id }: { id: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['programTemplates', 'detail', id],
    queryFn: ({ signal }) => request(PROGRAM_TEMPLATE, { id }, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (isPending) return <Text>{messages.app.loading}</Text>;
  if (error || !data.programTemplate) {
    return (
      <Page title={m.loadFailed}>
        <Alert color="red" role="alert">
          {error ? error.message : messages.programs.templates.notFound}
        </Alert>
      </Page>
    );
  }
  return <TemplateForm key={data.programTemplate.id} template={data.programTemplate} />;
}

/** /templates/new */
export function NewTemplatePage() {
  return <TemplateForm />;
}
