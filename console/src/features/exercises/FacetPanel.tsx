import {
  Accordion,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { FacetCountsFragment } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { describeEnum, labelOf, valuesOf } from '../vocabulary/vocabulary';
import { FACETS, type ListSearch, withFilters } from './list-search';

const m = messages.exercises;
const TITLE = m.facetTitles;

/**
 * Filters with the number of exercises each value would match under the current search: counts
 * from exerciseFacets. Values no exercise carries are left out unless chosen, to keep it short.
 */
export function FacetPanel({
  search,
  facets,
  onChange,
}: {
  search: ListSearch;
  facets: FacetCountsFragment | undefined;
  onChange: (next: ListSearch) => void;
}) {
  const anyFilter =
    FACETS.some((f) => search[f.key]) || search.status || search.dmin || search.dmax;
  const difficulty = (facets?.difficulty ?? []).map((d) => ({
    value: String(d.value),
    label: `${d.value} (${d.count})`,
  }));
  return (
    <Stack gap="sm" component="section" aria-labelledby="filters-heading">
      <Group justify="space-between">
        <Text component="h2" fw={700} id="filters-heading">
          {m.filters}
        </Text>
        {anyFilter && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onChange(withFilters({ q: search.q }, {}))}
          >
            {m.clearFilters}
          </Button>
        )}
      </Group>
      <Checkbox.Group
        label={m.status}
        description={describeEnum('ExerciseStatus')}
        value={search.status ?? []}
        onChange={(status) =>
          onChange(withFilters(search, { status: status.length ? status : undefined }))
        }
      >
        <Group gap="xs" mt={4}>
          {valuesOf('ExerciseStatus').map((s) => (
            <Checkbox key={s.value} value={s.value} label={s.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group grow>
        <Select
          label={m.difficultyFrom}
          placeholder={m.any}
          data={difficulty}
          value={search.dmin ? String(search.dmin) : null}
          onChange={(v) => onChange(withFilters(search, { dmin: v ? Number(v) : undefined }))}
          clearable
        />
        <Select
          label={m.difficultyTo}
          placeholder={m.any}
          data={difficulty}
          value={search.dmax ? String(search.dmax) : null}
          onChange={(v) => onChange(withFilters(search, { dmax: v ? Number(v) : undefined }))}
          clearable
        />
      </Group>
      <Accordion
        multiple
        // The common facets open, and any with a value chosen (a shared link shows its filters).
        defaultValue={[
          ...new Set([
            'planes',
            'stance',
            'tempoIntent',
            ...FACETS.filter((f) => search[f.key]).map((f) => f.key),
          ]),
        ]}
        variant="contained"
      >
        {FACETS.map((facet) => {
          const counts = new Map(
            (facets?.[facet.key] ?? []).map((c) => [String(c.value), c.count] as const),
          );
          const chosen = search[facet.key] ?? [];
          const shown = valuesOf(facet.enum).filter(
            (v) => (counts.get(v.value) ?? 0) > 0 || chosen.includes(v.value),
          );
          return (
            <Accordion.Item key={facet.key} value={facet.key}>
              <Accordion.Control>
                {TITLE[facet.key]}
                {chosen.length > 0 && ` (${chosen.length})`}
              </Accordion.Control>
              <Accordion.Panel>
                <Checkbox.Group
                  // The accordion shows the name; the group keeps it for screen readers.
                  label={<VisuallyHidden>{TITLE[facet.key]}</VisuallyHidden>}
                  description={describeEnum(facet.enum)}
                  value={chosen}
                  onChange={(values) =>
                    onChange(
                      withFilters(search, { [facet.key]: values.length ? values : undefined }),
                    )
                  }
                >
                  <Stack gap={6} mt={6}>
                    {shown.map((v) => (
                      <Checkbox
                        key={v.value}
                        value={v.value}
                        label={format('{label} ({count})', {
                          label: labelOf(v.value),
                          count: counts.get(v.value) ?? 0,
                        })}
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
