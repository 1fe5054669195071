import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BalanceFacet } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { FacetChart } from './FacetChart';
import { GapList } from './GapList';
import type { ProgramItemValue } from './items';
import { PROGRAM_BALANCE } from './operations';

const m = messages.programs.balance;

/**
 * How a program's exercises spread over planes, stance, tempo intent and load kind, its gaps for
 * a runner and what would fill them. Pages import '@mantine/charts/styles.css' themselves (lazy),
 * so the charts stay out of the entry chunk.
 */
export function BalanceChart({
  items,
  onAdd,
}: {
  items: ProgramItemValue[];
  onAdd: (exercise: { id: string; name: string }) => void;
}) {
  // The analysis reads only which exercises, in order: doses do not move it, so typing a dose
  // asks nothing, and a dose being typed (not valid yet) cannot make it fail.
  const [ids] = useDebouncedValue(
    items.map((i) => i.exerciseId),
    350,
  );
  const balance = useQuery({
    queryKey: ['programBalance', ids],
    queryFn: ({ signal }) =>
      request(
        PROGRAM_BALANCE,
        { items: ids.map((exerciseId) => ({ exerciseId, sets: 1, reps: 1, sessionsPerWeek: 1 })) },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const data = balance.data?.programBalance;
  const missing = (facet: BalanceFacet) =>
    new Set(data?.gaps.filter((g) => g.facet === facet).flatMap((g) => g.missing) ?? []);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="balance-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="balance-title">
          {m.title}
        </Title>
        <div role="status" aria-live="polite">
          {balance.isFetching ? (
            <Text size="sm" c="dimmed">
              <Loader size="xs" mr={6} aria-hidden="true" />
              {m.loading}
            </Text>
          ) : data ? (
            <Text size="sm" data-testid="balance-summary">
              {data.exerciseCount === 0
                ? m.empty
                : format(m.summary, { n: data.exerciseCount, summary: data.summary })}
            </Text>
          ) : null}
        </div>
        {balance.isError && (
          <Alert color="red" role="alert">
            {format(m.failed, { message: balance.error.message })}
          </Alert>
        )}
        {data && data.exerciseCount > 0 && (
          <>
            <FacetChart facet="PLANE" shares={data.planes} missing={missing('PLANE')} />
            <FacetChart facet="STANCE" shares={data.stances} missing={missing('STANCE')} />
            <FacetChart
              facet="TEMPO_INTENT"
              shares={data.tempoIntents}
              missing={missing('TEMPO_INTENT')}
            />
            <FacetChart facet="LOAD_KIND" shares={data.loadKinds} missing={missing('LOAD_KIND')} />
            <GapList gaps={data.gaps} onAdd={onAdd} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
