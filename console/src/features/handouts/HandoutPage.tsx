import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { HandoutFacts, HandoutItems, type HandoutView, PrintWarnings } from './HandoutDetails';
import { PdfPreview } from './PdfPreview';
import { SeriesList } from './SeriesList';
import { ShareLinks } from './ShareLinks';
import { languageName } from './format';
import { HANDOUT } from './operations';
import { usePrintCheck } from './print-check';

const m = messages.handouts;

/**
 * One version of a handout, addressed by its id: what it holds, what to check before printing,
 * the PDF to preview and print, its share links, and the other versions of the series. The
 * patient's name is on the page (the team's own view) but never in its title or address.
 */
export function HandoutPage({ id }: { id: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['handouts', 'detail', id],
    queryFn: ({ signal }) => request(HANDOUT, { id }, signal),
    // pdfUrl is signed for 5 minutes: read it afresh on each visit.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  const back = (
    <Anchor renderRoot={(props) => <Link to="/handouts" {...props} />}>{m.backToSearch}</Anchor>
  );
  if (isPending) return <Text role="status">{messages.app.loading}</Text>;
  if (error || !data.handout) {
    return (
      <Page title={error ? messages.app.problem : m.notFound} actions={back}>
        <Alert color="red" role="alert">
          {error ? error.message : m.notFound}
        </Alert>
      </Page>
    );
  }
  return <HandoutView handout={data.handout} back={back} />;
}

function HandoutView({ handout, back }: { handout: HandoutView; back: ReactNode }) {
  const latest = handout.version === handout.latestVersion;
  // Printed without a picture because the exercise's pictures are unverified (not merely because
  // it has none): the same check the desk makes before issuing, against the library as it is now.
  const check = usePrintCheck(
    handout.items.filter((i) => !i.picture).map((i) => i.exerciseId),
    handout.locale,
  );
  const unprinted = handout.items
    .filter((i) => !i.picture && check.unprinted.some((u) => u.exerciseId === i.exerciseId))
    .map((i) => ({ exerciseId: i.exerciseId, name: i.name }));
  return (
    <Page
      // The handout's heading and version: never the patient's name (the title reaches history).
      title={format(m.pageTitle, { title: handout.title, n: handout.version })}
      actions={
        <Group gap="sm">
          {back}
          {latest && (
            <Button
              renderRoot={(props) => (
                <Link to="/handouts/new" search={{ reissue: handout.id }} {...props} />
              )}
            >
              {m.reissue}
            </Button>
          )}
        </Group>
      }
    >
      {!latest && (
        <Alert color="blue" title={m.olderTitle}>
          {format(m.older, { n: handout.latestVersion })}
        </Alert>
      )}
      <HandoutFacts handout={handout} />
      <Section title={m.warnings.title}>
        <PrintWarnings
          fallbacks={handout.fallbacks}
          unprinted={unprinted}
          language={languageName(handout.locale)}
        />
      </Section>
      <HandoutItems items={handout.items} />
      <Section title={m.preview.title}>
        <PdfPreview handoutId={handout.id} pdfUrl={handout.pdfUrl} />
      </Section>
      <Section title={m.share.title}>
        <ShareLinks handoutId={handout.id} links={handout.links} />
      </Section>
      <Section title={m.series.title}>
        <SeriesList seriesId={handout.seriesId} currentId={handout.id} />
      </Section>
    </Page>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
