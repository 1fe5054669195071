import type { GuidanceText } from '../programs/guidance.js';
import type { ItemPrescription } from '../programs/models/item-prescription.model.js';
import type { Locale } from '../translations/locale.js';
import type { ExerciseLoad } from './rendering/load-words.js';
import type { MovementFacts } from './rendering/tempo-words.js';
import type { PaperSize } from './rendering/theme.js';
import type { TranslatableField } from '../translations/localize.js';

/**
 * What a patient was given, frozen when the handout is issued and stored as jsonb. Everything the
 * renderers need comes from here (plus image bytes, fetched by content hash, which never change),
 * so a library edit made afterwards cannot change a printed or shared handout.
 */
export interface HandoutContent {
  /** Bumped if the shape ever changes, so old snapshots can still be read. */
  schema: 1;
  items: HandoutItemSnapshot[];
  /**
   * The template's patient guidance in the handout's language (or English), printed before the
   * exercises. Absent when issued without a template, from one without guidance, or before
   * templates had guidance.
   */
  guidance?: GuidanceText | null;
}

/** The localisable text of an exercise: one definition, in translations/localize.ts. */
export type { TranslatableField };

export interface HandoutItemSnapshot {
  exerciseId: string;
  exerciseSlug: string;
  /** The exercise's version at issue, to tell what changed in the library since. */
  exerciseVersion: number;
  /** Text in the handout's locale, each field falling back to the default locale on its own. */
  name: string;
  summary: string;
  steps: string[];
  cues: string[];
  /** Safety text, localised like the rest. */
  precautions: string[];
  /** Fields shown in the default locale because no translation existed; for staff, never shown to the patient. */
  fallbackFields: TranslatableField[];
  /** What resists the exercise in the library, printed in words when the prescription names no load. */
  exerciseLoad?: ExerciseLoad | null;
  /**
   * The exercise is done one side at a time (the item's perSide, else its default prescription's),
   * so a dose on both sides prints as each side's. Absent from handouts issued before it was
   * recorded; the same as prescription.perSide in handouts issued since that was.
   */
  perSide?: boolean | null;
  /**
   * How the exercise moves (tempo intent, planes, position, stance, load), so its tempo prints in
   * words that fit: down and up, steps, hops or a hold. Absent from handouts issued before it was
   * recorded; their tempo then prints in neutral words.
   */
  movement?: MovementFacts | null;
  /** The exercise's first picture, or null when it has none. */
  picture: PictureSnapshot | null;
  prescription: ItemPrescription;
}

export interface PictureSnapshot {
  /** `<sha256>.<ext>` in media storage: content-addressed, so the bytes cannot change. */
  storageKey: string;
  mime: string;
  width: number | null;
  height: number | null;
  altText: string;
  credit: string;
  licence: string;
}

/** The clinic's letterhead, from config. */
export interface ClinicBranding {
  name: string;
  /** Lines of the address, printed under the name. */
  address: string[];
  phone: string | null;
  /** The paper handouts are printed on; A4 when absent. */
  paperSize?: PaperSize;
  /** PNG, JPEG or SVG bytes; the built-in mark when the clinic has not configured one. */
  logo: { mime: 'image/png' | 'image/jpeg' | 'image/svg+xml'; bytes: Buffer };
}

/** Everything one render of a handout needs. */
export interface RenderableHandout {
  id: string;
  title: string;
  /** Null when rendered for a share link: a patient name is health data and links travel. */
  patientName: string | null;
  /** ISO date, YYYY-MM-DD. */
  issuedOn: string;
  clinicianName: string;
  locale: Locale;
  largePrint: boolean;
  version: number;
  items: HandoutItemSnapshot[];
  /** The patient guidance printed under its heading before the exercises; absent or null: none. */
  guidance?: string | null;
  /** Bytes of each item's picture by storage key; a missing entry renders without the picture. */
  pictures: Map<string, Buffer>;
  /** Public URL of each item's picture by storage key, for the HTML page. */
  pictureUrls: Map<string, string>;
  /** The online version (share link) for the QR code, or null when the handout has no live link. */
  onlineUrl: string | null;
  /** Where the HTML page links for the PDF download, or null. */
  pdfUrl: string | null;
  clinic: ClinicBranding;
}
