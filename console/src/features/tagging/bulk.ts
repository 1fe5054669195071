import type {
  BodyPosition,
  Plane,
  Stance,
  TempoIntent,
  UpdateExerciseInput,
} from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { ApiError } from '../../lib/errors';

const m = messages.tagging;

/** The intents of a hold, which may go without a tempo (as the API's rule). */
const HOLD_INTENTS: ReadonlySet<string> = new Set(['ISOMETRIC', 'STRETCH']);

/** The tags a PT may set on many drafts at once: only the ticked ones are sent. */
export type TagField = 'planes' | 'stance' | 'position' | 'tempoIntent';
export const TAG_FIELDS: TagField[] = ['planes', 'stance', 'position', 'tempoIntent'];

export interface Choices {
  set: Record<TagField, boolean>;
  planes: string[];
  stance: string | null;
  position: string | null;
  tempoIntent: string | null;
  /** E-P-C-P notation; empty: each draft keeps its own. */
  tempo: string;
}

export const NO_CHOICES: Choices = {
  set: { planes: false, stance: false, position: false, tempoIntent: false },
  planes: [],
  stance: null,
  position: null,
  tempoIntent: null,
  tempo: '',
};

/** A row as the bulk update needs it. */
export interface Target {
  id: string;
  slug: string;
  name: string;
  version: number;
  tempo: { notation?: string | null };
}

/** Four phases joined by hyphens; the pauses cannot be X (the API says the rest). */
const NOTATION = /^(\d{1,2}|X)-\d{1,2}-(\d{1,2}|X)-\d{1,2}$/i;

/** What stops the choices being applied, by form field (`form` for the whole panel). */
export function problemsOf(choices: Choices, targets: Target[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!TAG_FIELDS.some((f) => choices.set[f])) problems.form = m.noField;
  if (choices.set.planes && choices.planes.length === 0) problems.planes = m.pickPlanes;
  for (const field of ['stance', 'position', 'tempoIntent'] as const) {
    if (choices.set[field] && !choices[field]) {
      problems[field] = format(m.pickOne, { field: m[field].toLowerCase() });
    }
  }
  if (choices.set.tempoIntent) {
    const tempo = choices.tempo.trim();
    const without = targets.filter((t) => !t.tempo.notation).length;
    if (tempo && !NOTATION.test(tempo)) problems.tempo = m.tempoFormat;
    else if (
      !tempo &&
      without > 0 &&
      choices.tempoIntent &&
      !HOLD_INTENTS.has(choices.tempoIntent)
    ) {
      problems.tempo = format(m.tempoNeeded, { count: without });
    }
  }
  return problems;
}

/** One draft's update: the ticked fields only, from the version read. */
export function inputFor(choices: Choices, target: Target): UpdateExerciseInput {
  const input: UpdateExerciseInput = {
    id: target.id,
    expectedVersion: target.version,
    message: 'Tagged in the tagging queue',
  };
  if (choices.set.planes) input.planes = choices.planes as Plane[];
  if (choices.set.stance) input.stance = choices.stance as Stance;
  if (choices.set.position) input.position = choices.position as BodyPosition;
  if (choices.set.tempoIntent) {
    input.tempoIntent = choices.tempoIntent as TempoIntent;
    const tempo = choices.tempo.trim().toUpperCase();
    if (tempo) input.tempo = tempo;
  }
  return input;
}

export type Outcome =
  | { kind: 'pending' }
  | { kind: 'ok'; stillLacks: string[] }
  | { kind: 'conflict'; currentVersion: number | null }
  | { kind: 'error'; message: string };

/** A refused update as the results table says it: the server's words, never a code. */
export function outcomeOf(error: unknown): Outcome {
  if (error instanceof ApiError && error.code === 'CONFLICT') {
    return { kind: 'conflict', currentVersion: error.currentVersion };
  }
  if (error instanceof ApiError) {
    const words = error.fields.length
      ? error.fields.map((f) => f.message).join('; ')
      : error.message;
    return { kind: 'error', message: words };
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}
