import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { messages } from '../../i18n';

const m = messages.admin.audit;

/** The filters as the API takes them; times as ISO strings. */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

type Draft = { actorId: string | null; action: string; targetId: string; from: string; to: string };
const EMPTY: Draft = { actorId: null, action: '', targetId: '', from: '', to: '' };

/** A datetime-local value (the admin's local time) as an ISO instant, or undefined. */
const instant = (local: string) => (local ? new Date(local).toISOString() : undefined);

/**
 * Who (an account, by email), which action, which record, and a time range; applied together
 * with "Filter", so each keystroke does not query the log. The API's refusals show at their field.
 */
export function AuditFilters(props: {
  actors: { value: string; label: string }[];
  errors: Record<string, string>;
  onApply(filter: AuditFilter): void;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const apply = (d: Draft) =>
    props.onApply({
      actorId: d.actorId ?? undefined,
      action: d.action.trim() || undefined,
      targetId: d.targetId.trim() || undefined,
      from: instant(d.from),
      to: instant(d.to),
    });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      <Group align="flex-start" gap="sm">
        <Select
          label={m.actor}
          placeholder={m.actorPlaceholder}
          description={m.actorHelp}
          data={props.actors}
          value={draft.actorId}
          onChange={(v) => set('actorId', v)}
          searchable
          clearable
          error={props.errors.actorId}
          w={240}
        />
        <TextInput
          label={m.action}
          description={m.actionHelp}
          value={draft.action}
          onChange={(e) => set('action', e.currentTarget.value)}
          error={props.errors.action}
          w={220}
        />
        <TextInput
          label={m.target}
          description={m.targetHelp}
          value={draft.targetId}
          onChange={(e) => set('targetId', e.currentTarget.value)}
          error={props.errors.targetId}
          w={200}
        />
        <TextInput
          type="datetime-local"
          label={m.from}
          description={m.timeHelp}
          value={draft.from}
          onChange={(e) => set('from', e.currentTarget.value)}
          error={props.errors.from}
          w={210}
        />
        <TextInput
          type="datetime-local"
          label={m.to}
          description={m.timeHelp}
          value={draft.to}
          onChange={(e) => set('to', e.currentTarget.value)}
          error={props.errors.to}
          w={210}
        />
      </Group>
      <Group mt="sm">
        <Button type="submit">{m.apply}</Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft(EMPTY);
            apply(EMPTY);
          }}
        >
          {m.clear}
        </Button>
      </Group>
    </form>
  );
}
