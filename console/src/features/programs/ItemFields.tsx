import { NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Side } from '../../gql/graphql';
import { messages } from '../../i18n';
import { DOSE_KINDS, type ItemDoseKind, type ProgramItemValue, doseKindOf } from './items';

const m = messages.programs.items;

/** The id of one item's field, for labels and for focus from an error summary. */
export function itemFieldId(key: string, field: string): string {
  return `program-${key}-${field}`;
}

const numberOrNull = (v: string | number): number | null => (typeof v === 'number' ? v : null);

/**
 * One item's dose: sets, how a set is counted and how much, side, tempo, load, rest, sessions a
 * week and notes. The API's message for a field shows under it (`errors` by field name).
 */
export function ItemFields({
  item,
  errors,
  onChange,
}: {
  item: ProgramItemValue;
  errors: Record<string, string>;
  onChange: (item: ProgramItemValue) => void;
}) {
  const kind = doseKindOf(item);
  const id = (field: string) => itemFieldId(item.key, field);
  const set = (patch: Partial<ProgramItemValue>) => onChange({ ...item, ...patch });
  // A refusal naming another way of counting (both reps and hold) belongs to the amount shown.
  const amountError = errors[kind] ?? DOSE_KINDS.map((k) => errors[k]).find(Boolean);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <NumberInput
          id={id('sets')}
          label={m.sets}
          min={1}
          max={20}
          required
          value={item.sets}
          onChange={(v) => set({ sets: numberOrNull(v) ?? 0 })}
          error={errors.sets}
        />
        <NativeSelect
          id={id('kind')}
          label={m.countedIn}
          value={kind}
          data={DOSE_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
          onChange={(e) => {
            const next = e.currentTarget.value as ItemDoseKind;
            const amount = item[kind];
            set({
              reps: null,
              holdSeconds: null,
              distanceMetres: null,
              durationSeconds: null,
              [next]: amount,
            });
          }}
        />
        <NumberInput
          id={id(kind)}
          label={m.amount[kind]}
          min={1}
          required
          value={item[kind] ?? ''}
          onChange={(v) => set({ [kind]: numberOrNull(v) })}
          error={amountError}
        />
        <NumberInput
          id={id('sessionsPerWeek')}
          label={m.sessionsPerWeek}
          min={1}
          max={14}
          required
          value={item.sessionsPerWeek}
          onChange={(v) => set({ sessionsPerWeek: numberOrNull(v) ?? 0 })}
          error={errors.sessionsPerWeek}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="xs">
        <NativeSelect
          id={id('perSide')}
          label={m.perSide}
          value={item.perSide === null ? 'default' : item.perSide ? 'yes' : 'no'}
          data={(['default', 'yes', 'no'] as const).map((v) => ({
            value: v,
            label: m.perSideOptions[v],
          }))}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ perSide: v === 'default' ? null : v === 'yes' });
          }}
          error={errors.perSide}
        />
        <NativeSelect
          id={id('side')}
          label={m.side}
          value={item.side ?? 'default'}
          data={(['default', 'LEFT', 'RIGHT'] as const).map((v) => ({
            value: v,
            label: m.sideOptions[v],
          }))}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ side: v === 'default' ? null : (v as Side) });
          }}
          error={errors.side}
        />
        <NumberInput
          id={id('restSeconds')}
          label={m.restSeconds}
          min={0}
          max={600}
          value={item.restSeconds ?? ''}
          onChange={(v) => set({ restSeconds: numberOrNull(v) })}
          error={errors.restSeconds}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          id={id('tempo')}
          label={m.tempo}
          description={m.tempoHelp}
          value={item.tempo}
          onChange={(e) => set({ tempo: e.currentTarget.value })}
          error={errors.tempo}
        />
        <TextInput
          id={id('load')}
          label={m.load}
          description={m.loadHelp}
          value={item.load}
          onChange={(e) => set({ load: e.currentTarget.value })}
          error={errors.load}
        />
      </SimpleGrid>
      <TextInput
        id={id('notes')}
        label={m.notes}
        description={m.notesHelp}
        value={item.notes}
        onChange={(e) => set({ notes: e.currentTarget.value })}
        error={errors.notes}
      />
    </Stack>
  );
}
