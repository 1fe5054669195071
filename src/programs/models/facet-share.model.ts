import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "One value of a facet and how many of the program's items carry it" })
export class FacetShare {
  @Field({ description: 'A value of the vocabulary (Plane, Stance, TempoIntent or LoadKind)' })
  value: string;

  @Field(() => Int, { description: 'How many of the program’s items carry it' })
  count: number;

  @Field(() => Float, {
    description: 'count / exerciseCount; plane shares can add up to more than 1 (multiplanar)',
  })
  share: number;
}
