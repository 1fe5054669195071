import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A picture as frozen into a handout. */
@ObjectType({ description: 'A picture as frozen into a handout, with its attribution' })
export class HandoutPicture {
  @Field({ description: 'Absolute, served by this service; the bytes never change' })
  url: string;

  @Field({ description: 'What it shows, for screen readers' })
  altText: string;

  @Field({ description: 'Who made it, as printed' })
  credit: string;

  @Field({ description: 'Its licence, as printed (e.g. CC BY 4.0)' })
  licence: string;

  @Field(() => Int, { nullable: true, description: 'Pixels, as displayed; null when unknown' })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'Pixels, as displayed; null when unknown' })
  height: number | null;
}
