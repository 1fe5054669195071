import { BarChart } from '@mantine/charts';
import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { BalanceFacet } from '../../gql/graphql';
import { messages } from '../../i18n';
import { labelOf } from '../vocabulary/vocabulary';

const m = messages.programs.balance;
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/**
 * How many exercises carry each value of one facet, as horizontal bars; a value a gap names is
 * marked "gap" beside its label. The drawing is hidden from screen readers, which read
 * the same numbers as a table.
 */
export function FacetChart({
  facet,
  shares,
  missing,
}: {
  facet: BalanceFacet;
  shares: { value: string; count: number; share: number }[];
  missing: Set<string>;
}) {
  const title = m.facets[facet];
  const data = shares.map((s) => ({
    value: missing.has(s.value) ? `${labelOf(s.value)} (${m.gapMark})` : labelOf(s.value),
    count: s.count,
  }));
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm" id={`balance-${facet}`}>
        {title}
      </Text>
      <div aria-hidden="true" data-testid={`balance-chart-${facet}`}>
        <BarChart
          h={28 * data.length + 36}
          data={data}
          dataKey="value"
          orientation="vertical"
          series={[{ name: 'count', label: m.count, color: 'blue.8' }]}
          yAxisProps={{ width: 150 }}
          xAxisProps={{ allowDecimals: false }}
          gridAxis="none"
          withTooltip={false}
          withBarValueLabel
          minBarSize={2}
          // No keyboard stop on a drawing screen readers skip: the table carries the numbers.
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
      <VisuallyHidden>
        <Table aria-labelledby={`balance-${facet}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.facetColumn}</Table.Th>
              <Table.Th>{m.countColumn}</Table.Th>
              <Table.Th>{m.shareColumn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shares.map((s) => (
              <Table.Tr key={s.value}>
                <Table.Td>
                  {labelOf(s.value)}
                  {missing.has(s.value) ? ` (${m.gapMark})` : ''}
                </Table.Td>
                <Table.Td>{s.count}</Table.Td>
                <Table.Td>{percent.format(s.share)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
