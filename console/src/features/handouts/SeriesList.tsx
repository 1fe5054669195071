import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { dateText, languageName } from './format';
import { HANDOUT_SERIES } from './operations';

const m = messages.handouts.series;

/** Every version of this handout, newest first; each opens its own page (by id, never by name). */
export function SeriesList({ seriesId, currentId }: { seriesId: string; currentId: string }) {
  const series = useQuery({
    queryKey: ['handouts', 'series', seriesId],
    queryFn: ({ signal }) => request(HANDOUT_SERIES, { seriesId }, signal),
  });
  if (series.isPending) return <Text role="status">{messages.app.loading}</Text>;
  if (series.error) return <Text c="red">{series.error.message}</Text>;
  return (
    <List spacing="xs" listStyleType="none" ml={0} pl={0}>
      {series.data.handouts.nodes.map((v) => {
        const line = format(m.line, {
          n: v.version,
          date: dateText(v.issuedOn),
          language: languageName(v.locale),
          clinician: v.clinicianName,
        });
        return (
          <List.Item key={v.id}>
            <Group gap="xs">
              {v.id === currentId ? (
                <Text fw={700} aria-current="page">
                  {line}
                </Text>
              ) : (
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/handouts/$id" params={{ id: v.id }} {...props} />
                  )}
                >
                  {line}
                </Anchor>
              )}
              {v.largePrint && <Badge variant="light">{m.largePrint}</Badge>}
              {v.id === currentId && <Badge variant="outline">{m.shown}</Badge>}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
