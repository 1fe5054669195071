import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { groupBy } from '../common/database/loaders.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { assertUuid, badUserInput, notFound } from '../common/errors/errors.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import { type CleanImage, cleanImage } from './image.js';
import { AppConfig } from '../common/config/app-config.js';
import { MediaConfig } from '../common/config/media.config.js';
import type { AddExerciseVideoInput } from './dto/add-exercise-video.input.js';
import type { UpdateExerciseMediaInput } from './dto/update-exercise-media.input.js';
import type { VerifyMediaLicenceInput } from './dto/verify-media-licence.input.js';
import { isURL } from 'class-validator';
import { LICENCE_URL, Media, MediaKind, TEXT_LIMITS } from './media.entity.js';
import { MediaRepository } from './media.repository.js';
import {
  clearedOnEdit,
  type MediaTexts,
  missingOnAdd,
  publishProblems,
} from './provenance-rule.js';
import { KEY, MEDIA_STORAGE, mediaPath, type MediaStorage } from './storage.js';

/** The text fields of an upload, as sent in the form; `credit` is the author. */
export interface ImageUpload {
  bytes: Buffer;
  altText: string;
  credit: string;
  licence: string;
  source?: string | null;
  licenceUrl?: string | null;
  /**
   * Whether the licence is confirmed. Left out: a clinician's upload with a licence is; an
   * importer sends false for pictures whose rights nobody has checked.
   */
  licenceVerified?: boolean;
}

/** What an upload ended as: a new item, or the one the exercise already had for these bytes. */
export interface AddedImage {
  media: Media;
  reused: boolean;
}

/** An image checked by the caller, for MediaService.restore: its bytes and where they go. */
export type StoredPicture = { storageKey: string; mime: string; file: Buffer } & Partial<
  Pick<Media, 'width' | 'height'>
>;

/**
 * Pictures and video links of exercises. An exercise's list is kept at positions 0..n-1 under a
 * per-exercise lock; an image's file and its rows change under a per-hash lock, file first, so
 * no row ever names a missing file (a crash can at worst leave a file no row names).
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly media: MediaRepository,
    private readonly exercises: ExercisesService,
    private readonly audit: AuditService,
    private readonly config: MediaConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly app: AppConfig,
  ) {}

  /** An exercise's media in order, batched: a page of exercises costs one statement. */
  forExercise(ctx: RequestContext, exerciseId: string): Promise<Media[]> {
    const loader = ctx.loader('mediaByExercise', async (ids: readonly string[]) =>
      groupBy(ids, await this.media.findByExercises(ctx, ids), (m) => [m.exerciseId]),
    );
    return loader.load(exerciseId);
  }

  /** The media of these exercises in one statement, each list in order (handouts' pictures). */
  findByExercises(ctx: RequestContext, exerciseIds: readonly string[]): Promise<Media[]> {
    return this.media.findByExercises(ctx, exerciseIds);
  }

  /** A video's poster, batched. It belongs to the same exercise, so it is as visible. */
  async poster(ctx: RequestContext, video: Media): Promise<Media | null> {
    if (!video.posterId) return null;
    const loader = ctx.loader('mediaById', async (ids: readonly string[]) => {
      const byId = new Map((await this.media.findByIds(ctx, ids)).map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    return loader.load(video.posterId);
  }

  /** Where a client fetches it: our own absolute URL (with the content hash) or the video's link. */
  url(media: Media): string {
    return media.kind === MediaKind.IMAGE
      ? this.imageUrl(media.storageKey as string)
      : (media.videoUrl ?? '');
  }

  /** The absolute URL (PUBLIC_URL) this service serves a stored image at. */
  imageUrl(storageKey: string): string {
    return `${this.app.publicUrl}${mediaPath(storageKey)}`;
  }

  /**
   * A picture at the end of the exercise's list, or the item the exercise already shows with
   * these bytes (`reused`: nothing is written, the texts sent are not applied). Identity is the
   * hash of the stored, cleaned bytes (see storeImage).
   */
  addImage(ctx: RequestContext, exerciseId: string, upload: ImageUpload): Promise<AddedImage> {
    return this.storeImage(ctx, exerciseId, upload);
  }

  /** As addImage, but null when the exercise had the picture already: an importer counts new ones. */
  async addImageOnce(
    ctx: RequestContext,
    exerciseId: string,
    upload: ImageUpload,
  ): Promise<Media | null> {
    const { media, reused } = await this.storeImage(ctx, exerciseId, upload);
    return reused ? null : media;
  }

  /**
   * One exercise holds the same picture once: the same bytes uploaded again, one after the other
   * or at once, end as one item (the unique key media_exercise_content_key on exercise and
   * sha256 decides). The hash is of the bytes as stored, cleaned: those are what is served and
   * what handouts freeze, every row has it from its upload, and two uploads that differ only in
   * metadata (EXIF, GPS) are the same picture. Another exercise with the same bytes gets its own
   * item (its own texts and place) over the one stored file.
   */
  private async storeImage(
    ctx: RequestContext,
    exerciseId: string,
    upload: ImageUpload,
  ): Promise<AddedImage> {
    assertUuid(exerciseId, 'exerciseId');
    checkTexts(upload);
    // Refused before decoding when it can be told already; checked again under the lock below.
    assertComplete(await this.exercises.requireVisible(ctx, exerciseId, 'exerciseId'), upload);
    // What is stored, hashed and served is the re-encoded image, never the bytes as sent.
    const image = await this.clean(upload.bytes);
    const { sha256, key, format } = image;
    return this.db.withTransaction(ctx, async (tx) => {
      // The lock first, then the status: a publish (which takes the same lock to check the
      // media) either sees this item or is seen to have happened.
      await this.media.lockExercise(tx, exerciseId);
      const exercise = await this.exercises.requireVisible(tx, exerciseId, 'exerciseId');
      assertComplete(exercise, upload);
      const existing = await this.media.findImage(tx, exercise.id, sha256);
      if (existing) return { media: existing, reused: true };
      await this.media.lockContent(tx, sha256);
      // Identical bytes are stored once; the lock keeps a removal from deleting them meanwhile.
      const written = !(await this.storage.exists(key));
      if (written) await this.storage.put(key, image.bytes, format.mime);
      try {
        const { media, inserted } = await this.media.appendImage(tx, {
          exerciseId: exercise.id,
          kind: MediaKind.IMAGE,
          sha256,
          mime: format.mime,
          width: image.width,
          height: image.height,
          bytes: image.bytes.length,
          storageKey: key,
          altText: upload.altText,
          credit: upload.credit,
          licence: upload.licence,
          source: blankToNull(upload.source),
          licenceUrl: blankToNull(upload.licenceUrl),
          licenceVerified: upload.licenceVerified ?? upload.licence.trim() !== '',
        });
        // A writer that takes no exercise lock (a seed restore) added these bytes meanwhile:
        // its row names the file, which therefore stays.
        if (!inserted) return { media, reused: true };
        await this.audit.record(tx, 'MEDIA_ADDED', target(media), {
          exercise: exercise.slug,
          kind: media.kind,
          sha256,
          licenceVerified: media.licenceVerified,
        });
        return { media, reused: false };
      } catch (error) {
        // No row will name the file this request wrote: take it back while holding its lock.
        if (written) await this.storage.delete(key).catch((e) => this.orphan(key, e));
        throw error;
      }
    });
  }

  async addVideo(ctx: RequestContext, input: AddExerciseVideoInput): Promise<Media> {
    return this.db.withTransaction(ctx, async (tx) => {
      await this.media.lockExercise(tx, input.exerciseId);
      const exercise = await this.exercises.requireVisible(tx, input.exerciseId, 'exerciseId');
      const texts = {
        altText: input.altText ?? '',
        credit: input.author ?? input.credit ?? '',
        licence: input.licence ?? '',
      };
      assertComplete(exercise, texts, 'input.');
      if (input.posterMediaId) {
        const poster = await this.media.findById(tx, input.posterMediaId);
        if (poster?.exerciseId !== exercise.id || poster.kind !== MediaKind.IMAGE) {
          throw badUserInput([
            {
              field: 'input.posterMediaId',
              message: 'posterMediaId must be an image of the same exercise',
            },
          ]);
        }
      }
      const video = await this.media.append(tx, {
        exerciseId: exercise.id,
        kind: MediaKind.VIDEO,
        videoUrl: input.url,
        posterId: input.posterMediaId ?? null,
        ...texts,
        source: blankToNull(input.source),
        licenceUrl: blankToNull(input.licenceUrl),
        licenceVerified: (input.licence ?? '').trim() !== '',
      });
      await this.audit.record(tx, 'MEDIA_ADDED', target(video), {
        exercise: exercise.slug,
        kind: video.kind,
      });
      return video;
    });
  }

  /** Changes the texts sent (null keeps a text) and moves the item when `position` is sent. */
  async update(ctx: RequestContext, id: string, input: UpdateExerciseMediaInput): Promise<Media> {
    return this.db.withTransaction(ctx, async (tx) => {
      const { item, list } = await this.lockedItem(tx, id);
      const sent = {
        altText: input.altText,
        credit: input.author ?? input.credit,
        licence: input.licence,
        source: input.source,
        licenceUrl: input.licenceUrl,
      };
      const creditAs = typeof input.author === 'string' ? 'input.author' : 'input.credit';
      await this.assertNotCleared(tx, item.exerciseId, sent, { credit: creditAs });
      const texts = Object.fromEntries(
        Object.entries(sent).filter(([, v]) => typeof v === 'string'),
      ) as Partial<Pick<Media, 'altText' | 'credit' | 'licence' | 'source' | 'licenceUrl'>>;
      if (texts.source !== undefined) texts.source = blankToNull(texts.source);
      if (texts.licenceUrl !== undefined) texts.licenceUrl = blankToNull(texts.licenceUrl);
      Object.assign(item, texts);
      // A new licence text keeps a confirmation; no licence at all is nothing confirmed.
      if (!item.licence.trim()) unverify(item);
      const moved = typeof input.position === 'number' && input.position !== item.position;
      if (moved) {
        const position = input.position as number;
        if (position >= list.length) {
          throw badUserInput([
            {
              field: 'input.position',
              message: `position must be from 0 to ${list.length - 1}`,
            },
          ]);
        }
        const others = list.filter((m) => m.id !== item.id);
        await this.media.renumber(tx, [
          ...others.slice(0, position),
          item,
          ...others.slice(position),
        ]);
      }
      const saved = await this.media.save(tx, item);
      await this.audit.record(tx, 'MEDIA_UPDATED', target(item), {
        fields: Object.keys(texts).concat(moved ? ['position'] : []),
      });
      return saved;
    });
  }

  /**
   * A clinician confirms the clinic may use an item under its licence (sent here or already
   * recorded), correcting its provenance at once. Audited with the licence, never the bytes.
   */
  async verifyLicence(ctx: RequestContext, input: VerifyMediaLicenceInput): Promise<Media> {
    const id = assertUuid(input.id, 'input.id');
    return this.db.withTransaction(ctx, async (tx) => {
      const { item } = await this.lockedItem(tx, id);
      const sent = { credit: input.author, licence: input.licence };
      await this.assertNotCleared(tx, item.exerciseId, sent, { credit: 'input.author' });
      if (typeof input.licence === 'string') item.licence = input.licence.trim();
      if (typeof input.author === 'string') item.credit = input.author.trim();
      if (input.licenceUrl !== undefined) item.licenceUrl = blankToNull(input.licenceUrl);
      if (input.source !== undefined) item.source = blankToNull(input.source);
      if (!item.licence) {
        throw badUserInput([
          {
            field: 'input.licence',
            message: 'licence is required: this item has none to confirm',
          },
        ]);
      }
      const viewer = tx.viewer;
      item.licenceVerified = true;
      item.licenceVerifiedAt = new Date();
      item.licenceVerifiedBy = 'id' in viewer ? viewer.id : null;
      const saved = await this.media.save(tx, item);
      await this.audit.record(tx, 'MEDIA_LICENCE_VERIFIED', target(item), {
        licence: item.licence,
        licenceUrl: item.licenceUrl,
        source: item.source,
      });
      return saved;
    });
  }

  /** Removes an item (a video it was the poster of keeps no poster); returns its id. */
  /** Removes one item and renumbers the rest; returns the removed row. */
  async remove(ctx: RequestContext, id: string): Promise<Media> {
    const removed = await this.db.withTransaction(ctx, async (tx) => {
      const { item, list } = await this.lockedItem(tx, id);
      await this.media.delete(tx, item.id);
      await this.media.renumber(
        tx,
        list.filter((m) => m.id !== item.id),
      );
      await this.audit.record(tx, 'MEDIA_REMOVED', target(item), { kind: item.kind });
      return item;
    });
    if (removed.sha256) {
      await this.dropFileIfUnused(ctx, removed.sha256, removed.storageKey as string);
    }
    return removed;
  }

  /** deleteExerciseMedia: the removal, with the exercise it leaves as this viewer may see it. */
  async removeFromExercise(
    ctx: RequestContext,
    id: string,
  ): Promise<{ deletedMediaId: string; exercise: Exercise }> {
    const removed = await this.remove(ctx, id);
    const exercise = await this.exercises.requireVisible(ctx, removed.exerciseId);
    return { deletedMediaId: removed.id, exercise };
  }

  /** The upload decoded and re-encoded (see cleanImage), or BAD_USER_INPUT naming `file`. */
  private async clean(bytes: Buffer): Promise<CleanImage> {
    if (bytes.length > this.config.MEDIA_MAX_BYTES) {
      const message = `file is larger than ${this.config.MEDIA_MAX_BYTES} bytes`;
      throw badUserInput([{ field: 'file', message }]);
    }
    const image = await cleanImage(bytes, this.config.MEDIA_MAX_PIXELS);
    if (typeof image === 'string') throw badUserInput([{ field: 'file', message: image }]);
    return image;
  }

  /**
   * A message for each item missing alt text, a credit or a licence, e.g. "media 2 needs alt
   * text" (numbered from 1, in order). Publishing waits until there are none. Pass the caller's
   * transaction in `ctx` (the embedded engine has one connection, which that transaction holds):
   * the exercise's media lock, taken here until it ends, keeps an upload from slipping in
   * between this check and the publish.
   */
  async publishProblems(ctx: RequestContext, exerciseId: string): Promise<string[]> {
    await this.media.lockExercise(ctx, exerciseId);
    return publishProblems(await this.media.findByExercises(ctx, [exerciseId]));
  }

  /** An edit of a published exercise's item may not blank a required text (clearedOnEdit). */
  private async assertNotCleared(
    tx: RequestContext,
    exerciseId: string,
    sent: Partial<Record<keyof MediaTexts, string | null | undefined>>,
    sentAs: Partial<Record<keyof MediaTexts, string>>,
  ): Promise<void> {
    const texts = Object.fromEntries(
      Object.entries(sent).filter(([, v]) => typeof v === 'string'),
    ) as Partial<MediaTexts>;
    if (Object.keys(texts).length === 0) return;
    const exercise = await this.exercises.requireVisible(tx, exerciseId);
    if (exercise.status !== ExerciseStatus.PUBLISHED) return;
    const problems = clearedOnEdit(texts, sentAs);
    if (problems.length) throw badUserInput(problems);
  }

  /** The image row behind GET /media/<key>, or null when no row names those bytes. */
  image(ctx: RequestContext, key: string): Promise<Media | null> {
    return KEY.test(key) ? this.media.findImageByKey(ctx, key) : Promise.resolve(null);
  }

  /**
   * Which of these keys handouts leave out: damaged (media:check found them so) and unverified
   * (no item with a confirmed licence shows them), read together.
   */
  unprintableKeys(
    ctx: RequestContext,
    keys: readonly string[],
  ): Promise<{ damaged: Set<string>; unverified: Set<string> }> {
    return this.media.unprintableKeys(
      ctx,
      keys.filter((key) => KEY.test(key)),
    );
  }

  /**
   * Stored bytes by key (`<sha256>.<ext>`), for handouts, which froze the key; null if lost.
   * No context: it reads the storage only, and print-pictures caches it across requests.
   */
  bytesByKey(key: string): Promise<Buffer | null> {
    return KEY.test(key) ? this.storage.get(key) : Promise.resolve(null);
  }

  /** An image's bytes; null (and logged: it should never happen) when the storage lost them. */
  async bytes(image: Media): Promise<Buffer | null> {
    const bytes = await this.storage.get(image.storageKey as string);
    if (!bytes) {
      this.logger.error(`Media ${image.id} names ${image.storageKey}, which the storage lacks`);
    }
    return bytes;
  }

  /**
   * Deletes an image file once no row names it, in its own transaction under the hash lock: an
   * upload of the same bytes either came first (its row keeps the file) or waits and rewrites it.
   */
  private async dropFileIfUnused(ctx: RequestContext, sha256: string, key: string): Promise<void> {
    try {
      await this.db.withTransaction(ctx, async (tx) => {
        await this.media.lockContent(tx, sha256);
        if ((await this.media.countBySha256(tx, sha256)) === 0) await this.storage.delete(key);
      });
    } catch (error) {
      this.orphan(key, error);
    }
  }

  private orphan(key: string, error: unknown): void {
    this.logger.warn(`Could not delete the unused media file ${key}: ${String(error)}`);
  }

  /** The item and its exercise's whole list, read after taking that exercise's lock. */
  private async lockedItem(tx: RequestContext, id: string) {
    const found = await this.media.findById(tx, assertUuid(id));
    if (!found) throw notFound('Media', id);
    await this.media.lockExercise(tx, found.exerciseId);
    const list = await this.media.findByExercises(tx, [found.exerciseId]);
    const item = list.find((m) => m.id === id);
    if (!item) throw notFound('Media', id);
    return { item, list };
  }

  /**
   * The library seed's media of one exercise as an export left them (positions, posters), in
   * ctx's transaction, unless it has media already: those stay as they are. An image the
   * storage lacks comes from `picture(storageKey)`, checked by the caller, and is stored under
   * the key it returns. Returns how many items were added.
   */
  async restore(
    ctx: RequestContext,
    exerciseId: string,
    items: (Partial<Media> & Pick<Media, 'position'> & { poster: number | null })[],
    picture: (key: string) => Promise<StoredPicture>,
  ): Promise<number> {
    if ((await this.media.findByExercises(ctx, [exerciseId])).length > 0) return 0;
    const added = new Map<number, Media>();
    for (const { poster: _poster, ...values } of items) {
      const key = values.storageKey;
      const stored = key ? await this.storage.get(key) : null;
      if (stored) values.bytes = stored.length;
      else if (key) {
        const { file, ...image } = await picture(key);
        if (!(await this.storage.exists(image.storageKey))) {
          await this.storage.put(image.storageKey, file, image.mime);
        }
        Object.assign(values, image, { bytes: file.length });
      }
      const sha256 = values.storageKey?.split('.')[0] ?? null;
      const row = Object.assign(new Media(), values, { exerciseId, sha256 });
      added.set(values.position, await this.media.save(ctx, row));
    }
    for (const item of items) {
      const row = added.get(item.position);
      const poster = item.poster === null ? undefined : added.get(item.poster);
      if (!row || !poster) continue;
      row.posterId = poster.id;
      await this.media.save(ctx, row);
    }
    return added.size;
  }
}

/** The texts of an upload: strings within their limits, the licence URL a web link. */
function checkTexts(texts: ImageUpload) {
  const values: Record<keyof typeof TEXT_LIMITS, string> = {
    altText: texts.altText,
    credit: texts.credit,
    licence: texts.licence,
    source: texts.source ?? '',
    licenceUrl: texts.licenceUrl ?? '',
  };
  const fields = Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[];
  const problems = fields
    .filter((field) => values[field].length > TEXT_LIMITS[field])
    .map((field) => ({
      field,
      message: `${field} must be at most ${TEXT_LIMITS[field]} characters`,
    }));
  if (values.licenceUrl && !isURL(values.licenceUrl, LICENCE_URL)) {
    problems.push({
      field: 'licenceUrl',
      message: 'licenceUrl must be an http:// or https:// link',
    });
  }
  if (problems.length) throw badUserInput(problems);
}

/** An optional text as stored: null when absent or blank. */
function blankToNull(text: string | null | undefined): string | null {
  return text?.trim() ? text.trim() : null;
}

function unverify(item: Media): void {
  item.licenceVerified = false;
  item.licenceVerifiedAt = null;
  item.licenceVerifiedBy = null;
}

/**
 * A new item of a published exercise arrives with alt text, an author and a licence: a draft
 * may get them later, but a published exercise never shows an undescribed or unlicensed one.
 */
function assertComplete(exercise: Exercise, texts: MediaTexts, prefix = ''): void {
  if (exercise.status !== ExerciseStatus.PUBLISHED) return;
  const problems = missingOnAdd(texts, prefix);
  if (problems.length) throw badUserInput(problems);
}

function target(media: Media) {
  return { type: 'media', id: media.id };
}
