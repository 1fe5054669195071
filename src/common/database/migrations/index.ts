import { ExerciseCatalogue1764072000000 } from './1764072000000-exercise-catalogue.js';
import { Progressions1764158400000 } from './1764158400000-progressions.js';
import { ExerciseSearch1764244800000 } from './1764244800000-exercise-search.js';
import { Curation1764331200000 } from './1764331200000-curation.js';
import { Media1764504000000 } from './1764504000000-media.js';
import { Tagging1764590400000 } from './1764590400000-tagging.js';
import { Handouts1764763200000 } from './1764763200000-handouts.js';
import { Sessions1764936000000 } from './1764936000000-sessions.js';
import { MediaProblems1765022400000 } from './1765022400000-media-problems.js';
import { PasswordReset1765112400000 } from './1765112400000-password-reset.js';
import { MediaProvenance1765198800000 } from './1765198800000-media-provenance.js';
import { MediaContentKey1765300000000 } from './1765300000000-media-content-key.js';
import { TranslationId1765320000000 } from './1765320000000-translation-id.js';
import { DosesAndGuidance1765310000000 } from './1765310000000-doses-and-guidance.js';
import { LibraryVersion1765400000000 } from './1765400000000-library-version.js';
import { SearchTiers1765410000000 } from './1765410000000-search-tiers.js';
import { SearchTiersVacuum1765410000001 } from './1765410000001-search-tiers-vacuum.js';
import { VocabularyStretchAndFocus1765500000000 } from './1765500000000-vocabulary-stretch-and-focus.js';
import { ClinicalNotes1765500000001 } from './1765500000001-clinical-notes.js';
import { AuditActorIndex1765600000000 } from './1765600000000-audit-actor-index.js';
import { LibraryImport1765600000001 } from './1765600000001-library-import.js';
import { HandoutPaperSize1765600000002 } from './1765600000002-handout-paper-size.js';

/** Every migration, oldest first. Listed explicitly: ESM has no reliable glob loading. */
export const migrations = [
  ExerciseCatalogue1764072000000,
  Progressions1764158400000,
  ExerciseSearch1764244800000,
  Curation1764331200000,
  Media1764504000000,
  Tagging1764590400000,
  Handouts1764763200000,
  Sessions1764936000000,
  MediaProblems1765022400000,
  PasswordReset1765112400000,
  MediaProvenance1765198800000,
  MediaContentKey1765300000000,
  TranslationId1765320000000,
  DosesAndGuidance1765310000000,
  LibraryVersion1765400000000,
  SearchTiers1765410000000,
  SearchTiersVacuum1765410000001,
  VocabularyStretchAndFocus1765500000000,
  ClinicalNotes1765500000001,
  AuditActorIndex1765600000000,
  LibraryImport1765600000001,
  HandoutPaperSize1765600000002,
];
