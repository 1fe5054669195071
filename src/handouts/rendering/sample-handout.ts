import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { Locale } from '../../translations/locale.js';
import type {
  HandoutItemSnapshot,
  PictureSnapshot,
  RenderableHandout,
} from '../handout-content.js';
import { DEFAULT_LOGO } from './default-logo.js';
import { SAMPLE_EXERCISES } from './sample-exercises.js';

// A realistic handout for the renderer's specs, the benchmark and sample prints. It lives in
// src/ so that it compiles to dist/ with the renderer the benchmark measures.

export interface SampleHandoutOptions {
  locale?: Locale;
  largePrint?: boolean;
  /** Defaults to a name in the handout's language; null renders as for a share link. */
  patientName?: string | null;
  onlineUrl?: string | null;
  pdfUrl?: string | null;
  /** How many of the ten sample exercises, from the first. */
  items?: number;
  /** Where free-exercise-db is; null to use generated pictures even when the data set is there. */
  datasetDir?: string | null;
}

const PEOPLE: Record<Locale, { patient: string; clinician: string; title: string }> = {
  [Locale.EN]: {
    patient: 'Jordan Ellis',
    clinician: 'Dr. Sam Rivera, PT, DPT',
    title: 'Runner’s knee and Achilles: phase 1',
  },
  [Locale.ES]: {
    patient: 'María José Fernández',
    clinician: 'Lucía Ortega, fisioterapeuta',
    title: 'Rodilla del corredor y Aquiles: fase 1',
  },
  [Locale.VI]: {
    patient: 'Nguyễn Thị Hương',
    clinician: 'Trần Minh Khoa, chuyên viên vật lý trị liệu',
    title: 'Đau gối và gân gót khi chạy: giai đoạn 1',
  },
  [Locale.ZH]: {
    patient: '王晓明',
    clinician: '李文 物理治疗师',
    title: '跑步膝与跟腱康复：第一阶段',
  },
};

/** free-exercise-db as the repository's tests find it: FREE_EXERCISE_DB_DIR, or beside the repo. */
export function freeExerciseDbDir(): string | null {
  const candidates = [
    process.env.FREE_EXERCISE_DB_DIR,
    resolve(process.cwd(), '..', 'shared', 'datasets', 'free-exercise-db'),
    '/work/shared/datasets/free-exercise-db',
  ].filter((dir): dir is string => !!dir);
  return candidates.find((dir) => existsSync(join(dir, 'images'))) ?? null;
}

const GENERATED_SIZE = { width: 96, height: 64 };
const pictureCache = new Map<string, Buffer>();

function pictureBytes(folder: string, datasetDir: string | null, index: number): Buffer {
  const path = datasetDir ? join(datasetDir, 'images', folder, '0.jpg') : null;
  const key = path && existsSync(path) ? path : `generated:${index}`;
  let bytes = pictureCache.get(key);
  if (!bytes) {
    bytes = key === path ? readFileSync(path) : generatedPng(index);
    pictureCache.set(key, bytes);
  }
  return bytes;
}

export function sampleHandout(options: SampleHandoutOptions = {}): RenderableHandout {
  const locale = options.locale ?? Locale.EN;
  const people = PEOPLE[locale];
  const datasetDir = options.datasetDir === undefined ? freeExerciseDbDir() : options.datasetDir;
  const pictures = new Map<string, Buffer>();
  const pictureUrls = new Map<string, string>();
  const exercises = SAMPLE_EXERCISES.slice(0, options.items ?? SAMPLE_EXERCISES.length);

  const items = exercises.map((exercise, index): HandoutItemSnapshot => {
    const text = exercise.text[locale];
    let picture: PictureSnapshot | null = null;
    if (exercise.picture) {
      const bytes = pictureBytes(exercise.picture, datasetDir, index);
      const jpeg = bytes[0] === 0xff;
      const storageKey = `${createHash('sha256').update(bytes).digest('hex')}.${jpeg ? 'jpg' : 'png'}`;
      pictures.set(storageKey, bytes);
      pictureUrls.set(storageKey, `https://media.stride-pt.example/${storageKey}`);
      picture = {
        storageKey,
        mime: jpeg ? 'image/jpeg' : 'image/png',
        width: jpeg ? 850 : GENERATED_SIZE.width,
        height: jpeg ? 567 : GENERATED_SIZE.height,
        altText: text.name,
        credit: jpeg ? 'free-exercise-db' : 'Stride Physical Therapy',
        licence: jpeg ? 'Unlicense (public domain)' : 'CC BY 4.0',
      };
    }
    return {
      exerciseId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      exerciseSlug: exercise.slug,
      exerciseVersion: 1,
      name: text.name,
      summary: text.summary,
      steps: text.steps,
      cues: text.cues,
      precautions: text.precautions,
      fallbackFields: [],
      picture,
      prescription: {
        ...exercise.prescription,
        load: text.load ?? null,
        notes: text.notes ?? '',
      },
    };
  });

  return {
    id: '3b9f6c1e-8d2a-4f4b-9a57-2c0e5d7a1f90',
    title: people.title,
    patientName: options.patientName === undefined ? people.patient : options.patientName,
    issuedOn: '2026-03-14',
    clinicianName: people.clinician,
    locale,
    largePrint: options.largePrint ?? false,
    version: 1,
    items,
    pictures,
    pictureUrls,
    onlineUrl:
      options.onlineUrl === undefined
        ? 'https://stride-pt.example/h/7QK2-M9XD-4T8P'
        : options.onlineUrl,
    pdfUrl:
      options.pdfUrl === undefined
        ? 'https://stride-pt.example/h/7QK2-M9XD-4T8P/handout.pdf'
        : options.pdfUrl,
    clinic: {
      name: 'Stride Physical Therapy',
      address: ['1200 NW Harbor Street, Suite 4', 'Portland, OR 97209'],
      phone: '(503) 555-0142',
      logo: DEFAULT_LOGO,
    },
  };
}

/** A small picture for when the data set is not there: a soft teal gradient, 3:2 like the real ones. */
export function generatedPng(seed = 0): Buffer {
  const { width, height } = GENERATED_SIZE;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const t = (x + y + seed * 7) / (width + height);
      raw[row + 1 + x * 3] = Math.round(220 - 150 * t);
      raw[row + 2 + x * 3] = Math.round(240 - 80 * t);
      raw[row + 3 + x * 3] = Math.round(235 - 95 * t);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
