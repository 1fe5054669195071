import {
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Locale } from '../../gql/graphql';
import { messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { BalanceChart } from '../programs/BalanceChart';
import { ItemsEditor } from '../programs/ItemsEditor';
import { newProgramItem } from '../programs/items';
import type { DeskValues } from './desk-values';
import { languageName } from './format';
import { PrintWarnings } from './HandoutDetails';
import { CLINICIANS, TEMPLATE_CHOICES } from './operations';
import { usePrintCheck } from './print-check';

const m = messages.handouts.desk;
const LOCALES: Locale[] = ['EN', 'ES', 'VI', 'ZH'];

export interface DeskFormProps {
  values: DeskValues;
  onChange(next: DeskValues): void;
  /** The API's field errors by path without `input.` (patientName, items.2.reps). */
  errors: Record<string, string>;
  /** Reissuing: the template is fixed by the first version. */
  reissuing: boolean;
  currentTitle?: string;
  onTemplate(templateId: string | null): void;
  loadingTemplate: boolean;
}

/** The desk's fields: what it starts from, who it is for and how it prints, and its items. */
export function DeskForm(props: DeskFormProps) {
  const { values, onChange, errors } = props;
  const set = <K extends keyof DeskValues>(key: K, value: DeskValues[K]) =>
    onChange({ ...values, [key]: value });
  const clinicians = useQuery({
    queryKey: ['clinicians'],
    queryFn: ({ signal }) => request(CLINICIANS, {}, signal),
  });
  const check = usePrintCheck(
    values.items.map((i) => i.exerciseId),
    values.locale,
  );
  return (
    <Stack gap="lg">
      {!props.reissuing && <TemplatePicker {...props} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            id="desk-patientName"
            label={m.patientName}
            description={m.patientNameHelp}
            required
            autoComplete="off"
            value={values.patientName}
            onChange={(e) => set('patientName', e.currentTarget.value)}
            error={errors.patientName}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Select
            id="desk-clinicianId"
            label={m.clinician}
            description={m.clinicianHelp}
            placeholder={clinicians.isPending ? messages.app.loading : m.pickClinician}
            data={(clinicians.data?.clinicians ?? []).map((c) => ({
              value: c.id,
              label: c.displayName,
            }))}
            value={values.clinicianId}
            onChange={(v) => set('clinicianId', v)}
            searchable
            error={errors.clinicianId ?? clinicians.error?.message}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <TextInput
            id="desk-issuedOn"
            type="date"
            label={m.date}
            value={values.issuedOn}
            onChange={(e) => set('issuedOn', e.currentTarget.value)}
            error={errors.issuedOn}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            id="desk-locale"
            label={m.language}
            data={LOCALES.map((l) => ({ value: l, label: languageName(l) }))}
            value={values.locale}
            onChange={(v) => v && set('locale', v as Locale)}
            allowDeselect={false}
            error={errors.locale}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <NumberInput
            id="desk-linkExpiresInDays"
            label={m.linkDays}
            description={m.linkDaysHelp}
            min={1}
            max={365}
            value={values.linkExpiresInDays ?? ''}
            onChange={(v) => set('linkExpiresInDays', typeof v === 'number' ? v : null)}
            error={errors.linkExpiresInDays}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }} style={{ alignSelf: 'center' }}>
          <Checkbox
            id="desk-largePrint"
            label={m.largePrint}
            description={m.largePrintHelp}
            checked={values.largePrint}
            onChange={(e) => set('largePrint', e.currentTarget.checked)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            id="desk-paperSize"
            label={m.paperSize}
            description={m.paperSizeHelp}
            data={[
              { value: 'CLINIC', label: props.reissuing ? m.paperKept : m.paperClinic },
              { value: 'A4', label: m.paperA4 },
              { value: 'LETTER', label: m.paperLetter },
            ]}
            value={values.paperSize ?? 'CLINIC'}
            onChange={(v) => set('paperSize', v === 'A4' || v === 'LETTER' ? v : null)}
            allowDeselect={false}
            error={errors.paperSize}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            id="desk-title"
            label={m.title}
            description={props.reissuing ? m.titleHelpReissue : m.titleHelp}
            placeholder={props.currentTitle}
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
          />
        </Grid.Col>
      </Grid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            {errors.items && (
              <Text c="red" size="sm" id="desk-items-error">
                {errors.items}
              </Text>
            )}
            <ItemsEditor
              value={values.items}
              onChange={(items) => set('items', items)}
              errors={errors}
            />
          </Stack>
        </Grid.Col>
        {/* Sticky: the chart stays in view while staff scroll down a long list of items. */}
        <Grid.Col
          span={{ base: 12, lg: 4 }}
          style={{ alignSelf: 'flex-start', position: 'sticky', top: 76 }}
        >
          <BalanceChart
            items={values.items}
            onAdd={(exercise) => set('items', [...values.items, newProgramItem(exercise)])}
          />
        </Grid.Col>
      </Grid>
      <Stack gap="xs" component="section" aria-label={m.checkTitle}>
        <Title order={2} size="h3">
          {m.checkTitle}
        </Title>
        {check.pending ? (
          <Text role="status">{messages.handouts.warnings.checking}</Text>
        ) : values.items.length === 0 ? (
          <Text>{m.checkEmpty}</Text>
        ) : (
          <PrintWarnings
            fallbacks={check.fallbacks}
            unprinted={check.unprinted}
            language={languageName(values.locale)}
          />
        )}
      </Stack>
    </Stack>
  );
}

function TemplatePicker({ values, onTemplate, loadingTemplate }: DeskFormProps) {
  const templates = useQuery({
    queryKey: ['handouts', 'templates'],
    queryFn: ({ signal }) => request(TEMPLATE_CHOICES, {}, signal),
  });
  return (
    <Group align="flex-end" gap="sm">
      <Select
        id="desk-templateId"
        label={m.template}
        description={m.templateHelp}
        placeholder={templates.isPending ? messages.app.loading : m.pickTemplate}
        data={(templates.data?.programTemplates.nodes ?? []).map((t) => ({
          value: t.id,
          label: t.name,
        }))}
        value={values.templateId}
        onChange={onTemplate}
        searchable
        clearable
        w={360}
        error={templates.error?.message}
      />
      {loadingTemplate && <Text role="status">{m.loadingTemplate}</Text>}
      <Button variant="subtle" onClick={() => onTemplate(null)} disabled={!values.templateId}>
        {m.startEmpty}
      </Button>
    </Group>
  );
}
