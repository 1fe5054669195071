import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Exercise } from '../exercises/exercise.entity.js';
import { Progression } from './progression.entity.js';
import { PathDirection } from './progressions.service.js';

registerEnumType(PathDirection, { name: 'PathDirection' });

@ObjectType({ description: 'One rung of a ladder' })
export class LadderStep {
  @Field(() => Int, {
    description: '0 is the exercise asked for; +1 one step harder, -1 one easier',
  })
  level: number;

  @Field(() => Exercise)
  exercise: Exercise;

  @Field(() => Progression, {
    nullable: true,
    description: 'The edge that reaches this rung from the rung next to it (null at level 0)',
  })
  via: Progression | null;
}

@ObjectType()
export class ProgressionPath {
  @Field(() => PathDirection, { description: 'HARDER when `to` is harder than `from`' })
  direction: PathDirection;

  @Field(() => [Progression], { description: 'The edges walked from `from` to `to`' })
  steps: Progression[];
}
