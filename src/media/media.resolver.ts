import {
  Args,
  type Complexity,
  Context,
  ID,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { CurrentViewer, Role, type Viewer } from '../common/access/viewer.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { Media } from './media.entity.js';
import { AddExerciseVideoInput, UpdateExerciseMediaInput } from './media.inputs.js';
import { MediaService } from './media.service.js';

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
      'An image: /media/<sha256>.<ext> on this service (cacheable for ever). A video: its link',
  })
  url(@Parent() media: Media): string {
    return this.media.url(media);
  }

  @ResolveField(() => Media, { nullable: true, description: "A video's still image" })
  poster(@Parent() media: Media, @Context() context: object): Promise<Media | null> {
    return this.media.poster(context, media);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Media, { description: 'Links a video (https://) at the end of the list' })
  addExerciseVideo(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddExerciseVideoInput,
  ): Promise<Media> {
    return this.media.addVideo(viewer, input);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Media)
  updateExerciseMedia(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateExerciseMediaInput,
  ): Promise<Media> {
    return this.media.update(viewer, id, input);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => ID, { description: 'Removes an image or video; returns its id' })
  removeExerciseMedia(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.media.remove(viewer, id);
  }
}

/** Exercise.media, batched across a whole page. The exercise itself is already visible. */
@Resolver(() => Exercise)
export class ExerciseMediaResolver {
  constructor(private readonly library: MediaService) {}

  @ResolveField(() => [Media], {
    description:
      'Pictures and videos, in order. Images are uploaded with POST /media/exercises/:id/images',
    complexity: fewItems,
  })
  media(@Parent() exercise: Exercise, @Context() context: object): Promise<Media[]> {
    return this.library.forExercise(context, exercise.id);
  }
}
