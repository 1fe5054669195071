import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConsoleFindProgramExerciseQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { FIND_PROGRAM_EXERCISE } from './operations';

const m = messages.programs.items;
export type FoundExercise = ConsoleFindProgramExerciseQuery['searchExercises']['nodes'][number];

/**
 * Finds a published exercise as the clinician types and hands it over once chosen; the field
 * then empties, ready for the next one (a program is built by adding one after another).
 */
export function ExercisePicker({
  id,
  onPick,
}: {
  id: string;
  onPick: (exercise: FoundExercise) => void;
}) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['exercises', 'program-pick', query],
    queryFn: () => request(FIND_PROGRAM_EXERCISE, { query }),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });
  const options = query ? (found.data?.searchExercises.nodes ?? []) : [];
  return (
    <Select
      id={id}
      label={m.add}
      description={m.addHelp}
      placeholder={m.addPlaceholder}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      value={null}
      data={options.map((o) => ({
        value: o.id,
        label: format(m.option, { name: o.name, n: o.difficulty }),
      }))}
      // The API ranks and corrects spelling: show its answer as it is.
      filter={({ options: all }) => all}
      nothingFoundMessage={query && found.isSuccess && !found.isFetching ? m.noMatches : undefined}
      onChange={(value) => {
        const chosen = options.find((o) => o.id === value);
        if (!chosen) return;
        setSearch('');
        onPick(chosen);
      }}
    />
  );
}
