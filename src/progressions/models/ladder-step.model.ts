import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Exercise } from '../../exercises/exercise.entity.js';
import { Progression } from '../progression.entity.js';

@ObjectType({ description: 'One rung of a ladder' })
export class LadderStep {
  @Field(() => Int, {
    description: '0 is the exercise asked for; +1 one step harder, -1 one easier',
  })
  level: number;

  @Field(() => Exercise, { description: 'The exercise on this rung' })
  exercise: Exercise;

  @Field(() => Progression, {
    nullable: true,
    description: 'The edge that reaches this rung from the rung next to it (null at level 0)',
  })
  via: Progression | null;
}
