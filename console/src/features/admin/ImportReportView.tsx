import { Table, Title } from '@mantine/core';
import type { ConsoleAdminLibraryImportQuery } from '../../gql/graphql';
import { messages } from '../../i18n';

const m = messages.admin.library;

type Report = NonNullable<ConsoleAdminLibraryImportQuery['libraryImport']['report']>;

const ROWS = ['total', 'created', 'updated', 'unchanged', 'images', 'seconds'] as const;

/** What a finished import did, as a table, and each record it left out with why. */
export function ImportReportView({ report }: { report: Report }) {
  return (
    <>
      <Title order={3}>{m.report}</Title>
      <Table withTableBorder maw={480} data-testid="import-report">
        <Table.Tbody>
          {ROWS.map((row) => (
            <Table.Tr key={row}>
              <Table.Th scope="row">{m.reportRows[row]}</Table.Th>
              <Table.Td>{report[row]}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{m.reportRows.skipped}</Table.Th>
            <Table.Td>{report.skipped.length}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {report.skipped.length > 0 && (
        <>
          <Title order={4}>{m.skippedTitle}</Title>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.skippedColumns.id}</Table.Th>
                <Table.Th>{m.skippedColumns.reason}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.skipped.map((s) => (
                <Table.Tr key={`${s.id} ${s.reason}`}>
                  <Table.Td>{s.id}</Table.Td>
                  <Table.Td>{s.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </>
  );
}
