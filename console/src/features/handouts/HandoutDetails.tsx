import { Alert, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ConsoleHandoutQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { dateText, doseText, fieldNames, languageName } from './format';

const m = messages.handouts;
export type HandoutView = NonNullable<ConsoleHandoutQuery['handout']>;

/** Who it is for, who signed it, when, in what language and type size. */
export function HandoutFacts({ handout }: { handout: HandoutView }) {
  const facts: [string, string][] = [
    [m.facts.patient, handout.patientName],
    [m.facts.clinician, handout.clinicianName],
    [m.facts.date, dateText(handout.issuedOn)],
    [m.facts.language, languageName(handout.locale)],
    [m.facts.largePrint, handout.largePrint ? m.yes : m.no],
    [m.facts.paper, paperName(handout.paperSize)],
    [m.facts.version, format(m.facts.versionOf, { n: handout.version, of: handout.latestVersion })],
    [m.facts.template, handout.template?.name ?? m.facts.noTemplate],
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" spacing="sm" m={0}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" size="sm" c="dimmed">
            {term}
          </Text>
          <Text component="dd" m={0} fw={600}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/**
 * What the team checks before printing: exercises printed partly in English (the patient sees no
 * marker) and exercises printed without a picture because none has a verified licence.
 */
export function PrintWarnings({
  fallbacks,
  unprinted,
  language,
}: {
  fallbacks: { exerciseId: string; exerciseName: string; fields: readonly string[] }[];
  unprinted: { exerciseId: string; name: string }[];
  language: string;
}) {
  if (fallbacks.length === 0 && unprinted.length === 0) {
    return (
      <Alert color="green" title={m.warnings.noneTitle}>
        {m.warnings.none}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      {fallbacks.length > 0 && (
        <Alert color="yellow" title={format(m.warnings.fallbackTitle, { n: fallbacks.length })}>
          <Text size="sm">{format(m.warnings.fallbackIntro, { language })}</Text>
          <List size="sm" mt={4}>
            {fallbacks.map((f) => (
              <List.Item key={f.exerciseId}>
                {format(m.warnings.fallbackItem, {
                  name: f.exerciseName,
                  fields: fieldNames(f.fields as never),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {unprinted.length > 0 && (
        <Alert color="yellow" title={format(m.warnings.pictureTitle, { n: unprinted.length })}>
          <Text size="sm">{m.warnings.pictureIntro}</Text>
          <List size="sm" mt={4}>
            {unprinted.map((p) => (
              <List.Item key={p.exerciseId}>{p.name}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** The exercises as frozen in this version, in order, with the dose printed for each. */
export function HandoutItems({ items }: { items: HandoutView['items'] }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {format(m.itemsTitle, { n: items.length })}
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{m.itemCols.n}</Table.Th>
            <Table.Th scope="col">{m.itemCols.exercise}</Table.Th>
            <Table.Th scope="col">{m.itemCols.dose}</Table.Th>
            <Table.Th scope="col">{m.itemCols.picture}</Table.Th>
            <Table.Th scope="col">{m.itemCols.notes}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.position}>
              <Table.Td>{item.position + 1}</Table.Td>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td>{doseText(item.prescription)}</Table.Td>
              <Table.Td>{item.picture ? m.yes : m.itemCols.noPicture}</Table.Td>
              <Table.Td>{item.prescription.notes}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Null on handouts issued before paper was chosen per handout: they print on the clinic's. */
function paperName(paper: HandoutView['paperSize']): string {
  if (paper === 'A4') return m.facts.a4;
  if (paper === 'LETTER') return m.facts.letter;
  return m.facts.clinicPaper;
}
