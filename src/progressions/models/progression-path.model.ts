import { Field, ObjectType } from '@nestjs/graphql';
import { Progression } from '../progression.entity.js';
import { PathDirection } from '../vocabulary.js';

@ObjectType({ description: 'The shortest chain of progressions between two exercises' })
export class ProgressionPath {
  @Field(() => PathDirection, { description: 'HARDER when `to` is harder than `from`' })
  direction: PathDirection;

  @Field(() => [Progression], { description: 'The edges walked from `from` to `to`' })
  steps: Progression[];
}
