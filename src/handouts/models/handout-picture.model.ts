import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A picture as frozen into a handout. */
@ObjectType()
export class HandoutPicture {
  @Field({ description: 'Absolute, served by this service; the bytes never change' })
  url: string;

  @Field()
  altText: string;

  @Field()
  credit: string;

  @Field()
  licence: string;

  @Field(() => Int, { nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true })
  height: number | null;
}
