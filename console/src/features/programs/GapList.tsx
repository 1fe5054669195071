import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ConsoleProgramBalanceQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { labelOf } from '../vocabulary/vocabulary';

const m = messages.programs.balance;
type Gap = ConsoleProgramBalanceQuery['programBalance']['gaps'][number];

const PRIORITY_COLOUR = { HIGH: 'red', MEDIUM: 'orange', LOW: 'gray' } as const;

/** Each gap, highest priority first, with the exercises that would fill it, one click to add. */
export function GapList({
  gaps,
  onAdd,
}: {
  gaps: Gap[];
  onAdd: (exercise: { id: string; name: string }) => void;
}) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {m.gapsTitle}
      </Title>
      {gaps.length === 0 ? (
        <Text size="sm">{m.noGaps}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {gaps.map((gap) => (
            <li
              key={`${gap.facet}-${gap.missing.join()}`}
              data-testid={`gap-${gap.facet}-${gap.missing.join('-')}`}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge
                  color={PRIORITY_COLOUR[gap.priority]}
                  variant="light"
                  style={{ flex: 'none' }}
                >
                  {m.priority[gap.priority]}
                </Badge>
                <Text size="sm" fw={600}>
                  {format(m.gap, {
                    facet: m.facets[gap.facet],
                    missing: gap.missing.map((v) => labelOf(v).toLowerCase()).join(m.or),
                  })}
                </Text>
              </Group>
              <Text size="sm" mt={2}>
                {gap.reason}
              </Text>
              {gap.suggestions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {m.noSuggestions}
                </Text>
              ) : (
                <>
                  <Text size="sm" mt={2}>
                    {m.suggestions}
                  </Text>
                  <List size="sm" spacing={4} listStyleType="none" withPadding={false}>
                    {gap.suggestions.map((s) => (
                      <List.Item key={s.id}>
                        <Group gap="xs" wrap="nowrap" justify="space-between">
                          <Text size="sm">
                            {format(m.suggestion, { name: s.name, n: s.difficulty })}
                          </Text>
                          <Button
                            size="compact-sm"
                            variant="light"
                            aria-label={format(m.addLabel, { name: s.name })}
                            onClick={() => onAdd({ id: s.id, name: s.name })}
                          >
                            {m.add}
                          </Button>
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
