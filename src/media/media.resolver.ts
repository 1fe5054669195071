import {
  Args,
  type Complexity,
  ID,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { validMovedArgs, MovedArgument } from '../common/graphql/moved-args.js';
import { AddExerciseVideoInput } from './dto/add-exercise-video.input.js';
import { DeleteExerciseMediaInput } from './dto/delete-exercise-media.input.js';
import { UpdateExerciseMediaInput } from './dto/update-exercise-media.input.js';
import { VerifyMediaLicenceInput } from './dto/verify-media-licence.input.js';
import { Media } from './media.entity.js';
import { MediaService } from './media.service.js';
import { DeleteExerciseMediaPayload } from './models/delete-exercise-media-payload.model.js';

/** An exercise has a handful of pictures and videos; cost them as ten. */
const fewItems: Complexity = ({ childComplexity }) => childComplexity * 10;

/**
 * Media are reached only through an exercise the viewer may see (Exercise.media) or returned by
 * a curator's own mutation: there is no query by media id that could bypass visibility.
 */
@Resolver(() => Media)
export class MediaResolver {
  constructor(private readonly media: MediaService) {}

  @ResolveField(() => String, {
    description:
      'An image: <PUBLIC_URL>/media/<sha256>.<ext>, absolute, on this service (cacheable for ever). A video: its link',
  })
  url(@Parent() media: Media): string {
    return this.media.url(media);
  }

  @ResolveField(() => String, { description: 'Who made it (TASL: title, author, source, licence)' })
  author(@Parent() media: Media): string {
    return media.credit;
  }

  @ResolveField(() => Media, { nullable: true, description: "A video's still image" })
  poster(@Parent() media: Media, @Ctx() ctx: RequestContext): Promise<Media | null> {
    return this.media.poster(ctx, media);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Media, { description: 'Links a video (https://) at the end of the list' })
  addExerciseVideo(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The exercise and the video' }) input: AddExerciseVideoInput,
  ): Promise<Media> {
    return this.media.addVideo(ctx, input);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Media, {
    description: 'Changes the texts sent or moves the item; fields left out stay as they are',
  })
  async updateExerciseMedia(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Which item, and the changes' }) input: UpdateExerciseMediaInput,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
  ): Promise<Media> {
    const { id: mediaId, ...changes } = await validMovedArgs(UpdateExerciseMediaInput, input, [
      { field: 'id', arg: 'id', value: id },
    ]);
    return this.media.update(ctx, mediaId!, changes);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Media, {
    description:
      'A clinician confirms the clinic may use this picture or video under its licence (correcting licence, link, author and source at once); handouts issued afterwards print it. Audited as MEDIA_LICENCE_VERIFIED',
  })
  verifyMediaLicence(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The item and its licence' }) input: VerifyMediaLicenceInput,
  ): Promise<Media> {
    return this.media.verifyLicence(ctx, input);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => DeleteExerciseMediaPayload, {
    description: 'Removes an image or video; the others close up the gap',
  })
  deleteExerciseMedia(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The item to delete' }) input: DeleteExerciseMediaInput,
  ): Promise<DeleteExerciseMediaPayload> {
    return this.media.removeFromExercise(ctx, input.id);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => ID, {
    description: 'Removes an image or video; returns its id',
    deprecationReason: 'Use deleteExerciseMedia(input: { id }), which also returns the exercise',
  })
  async removeExerciseMedia(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The picture or video to remove' }) id: string,
  ): Promise<string> {
    return (await this.media.remove(ctx, id)).id;
  }
}

/** Exercise.media, batched across a whole page. The exercise itself is already visible. */
@Resolver(() => Exercise)
export class ExerciseMediaResolver {
  // Named after its class: `media` is this resolver's field.
  constructor(private readonly mediaService: MediaService) {}

  @ResolveField(() => [Media], {
    description:
      'Pictures and videos, in order. Images are uploaded with POST /media/exercises/:id/images',
    complexity: fewItems,
  })
  media(@Parent() exercise: Exercise, @Ctx() ctx: RequestContext): Promise<Media[]> {
    return this.mediaService.forExercise(ctx, exercise.id);
  }
}
