import '@mantine/charts/styles.css';
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { useSession } from '../auth/session-hooks';
import { fromHandoutItem, fromTemplateItem } from '../programs/items';
import { DeskForm } from './DeskForm';
import { type DeskValues, emptyDesk, issueInput, reissueInput } from './desk-values';
import { HANDOUT, ISSUE_HANDOUT, REISSUE_HANDOUT, TEMPLATE_ITEMS } from './operations';

const m = messages.handouts.desk;

/**
 * The handout desk: a new handout (from a template, or from exercises found by name), or, with
 * `reissueId`, a new version of a handout prefilled from it (the earlier version stays as it
 * was). Issuing opens the new handout's page, addressed by its id.
 */
export function HandoutDeskPage({
  reissueId,
  templateId,
}: {
  reissueId?: string;
  templateId?: string;
}) {
  const previous = useQuery({
    queryKey: ['handouts', 'detail', reissueId],
    queryFn: ({ signal }) => request(HANDOUT, { id: reissueId! }, signal),
    enabled: Boolean(reissueId),
    refetchOnWindowFocus: false,
  });
  if (reissueId && previous.isPending) return <Text role="status">{messages.app.loading}</Text>;
  if (reissueId && (previous.error || !previous.data?.handout)) {
    return (
      <Page title={m.reissueTitle}>
        <Alert color="red" role="alert">
          {previous.error?.message ?? messages.handouts.notFound}
        </Alert>
      </Page>
    );
  }
  const handout = previous.data?.handout ?? null;
  const start: DeskValues = handout
    ? {
        ...emptyDesk(),
        templateId: handout.template?.id ?? null,
        patientName: handout.patientName,
        clinicianId: handout.clinician?.id ?? null,
        locale: handout.locale,
        largePrint: handout.largePrint,
        items: handout.items.map(fromHandoutItem),
      }
    : emptyDesk();
  return (
    <Desk
      start={start}
      reissue={handout ? { id: handout.id, title: handout.title, version: handout.version } : null}
      templateId={templateId}
    />
  );
}

function Desk({
  start,
  reissue,
  templateId,
}: {
  start: DeskValues;
  reissue: { id: string; title: string; version: number } | null;
  templateId?: string;
}) {
  const navigate = useNavigate();
  const session = useSession();
  const [values, setValues] = useState(start);
  const [pickedTemplate, setPickedTemplate] = useState<string | null>(templateId ?? null);
  const template = useQuery({
    queryKey: ['handouts', 'template-items', pickedTemplate],
    queryFn: ({ signal }) => request(TEMPLATE_ITEMS, { id: pickedTemplate! }, signal),
    enabled: Boolean(pickedTemplate) && !reissue,
    // Read once per pick: a refetch would put the template's items back over the staff's edits.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  // A template picked: its items replace the list (the staff then adjust them).
  const loaded = template.data?.programTemplate;
  useEffect(() => {
    if (!loaded) return;
    setValues((v) => ({ ...v, templateId: loaded.id, items: loaded.items.map(fromTemplateItem) }));
  }, [loaded]);
  // A clinician issuing names themself unless they choose someone else.
  useEffect(() => {
    const me = session?.account;
    if (me && me.role !== 'STAFF' && !start.clinicianId) {
      setValues((v) => (v.clinicianId ? v : { ...v, clinicianId: me.id }));
    }
  }, [session, start.clinicianId]);

  const issue = useMutation({
    mutationFn: async (v: DeskValues) =>
      reissue
        ? (await request(REISSUE_HANDOUT, { input: reissueInput(reissue.id, v) })).reissueHandout
        : (await request(ISSUE_HANDOUT, { input: issueInput(v) })).issueHandout,
    onSuccess: async (made) => {
      await queryClient.invalidateQueries({ queryKey: ['handouts'] });
      await navigate({ to: '/handouts/$id', params: { id: made.id } });
    },
  });
  const { byField, rest } = deskErrors(issue.error);
  // Focus the first field the API refused, so the error is read out where it is.
  useEffect(() => {
    const first = Object.keys(byField)[0];
    if (first) document.getElementById(`desk-${first.split('.')[0]}`)?.focus();
  }, [issue.error]);

  const title = reissue ? format(m.reissueTitle, { n: reissue.version + 1 }) : m.newTitle;
  return (
    <Page
      title={title}
      actions={
        <Anchor renderRoot={(props) => <Link to="/handouts" {...props} />}>
          {messages.handouts.backToSearch}
        </Anchor>
      }
    >
      <Text>{reissue ? m.reissueIntro : m.intro}</Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          issue.mutate(values);
        }}
      >
        <DeskForm
          values={values}
          onChange={setValues}
          errors={byField}
          reissuing={Boolean(reissue)}
          currentTitle={reissue?.title}
          onTemplate={(id) => {
            setPickedTemplate(id);
            if (!id) setValues((v) => ({ ...v, templateId: null, items: [] }));
          }}
          loadingTemplate={template.isFetching}
        />
        {rest.length > 0 && (
          <Alert color="red" role="alert" mt="md" title={m.refused}>
            {rest.join(' ')}
          </Alert>
        )}
        <Group mt="lg">
          <Button type="submit" size="md" loading={issue.isPending}>
            {reissue ? m.reissue : m.issue}
          </Button>
        </Group>
      </form>
    </Page>
  );
}

/** Fields the desk shows an error beside; the API's other complaints go above the button. */
const DESK_FIELDS =
  /^(patientName|clinicianId|issuedOn|locale|linkExpiresInDays|title|items)(\.|$)/;

function deskErrors(error: unknown): { byField: Record<string, string>; rest: string[] } {
  if (!error) return { byField: {}, rest: [] };
  const all = fieldErrorsFor(error);
  const byField: Record<string, string> = {};
  const rest = [...all.rest];
  for (const [path, message] of Object.entries(all.byField)) {
    if (DESK_FIELDS.test(path.replace(/\[(\d+)\]/g, '.$1'))) byField[path] = message;
    else rest.push(message);
  }
  return { byField, rest };
}
