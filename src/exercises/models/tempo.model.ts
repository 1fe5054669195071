import { Field, Float, ObjectType } from '@nestjs/graphql';
import { TempoIntent } from '../vocabulary.js';

@ObjectType('TempoPhase')
export class TempoPhaseModel {
  @Field({ description: 'As written: whole seconds or X' })
  notation: string;

  @Field(() => Float, { description: 'Seconds; an X phase counts 0.5' })
  seconds: number;

  @Field()
  asFastAsPossible: boolean;
}

@ObjectType('Tempo', {
  description:
    'Tempo E-P-C-P: eccentric, bottom pause, concentric, top pause. Pure isometric holds may have no notation.',
})
export class TempoModel {
  @Field(() => TempoIntent, {
    nullable: true,
    description: 'Null only on a draft that still needs tagging',
  })
  intent: TempoIntent | null;

  @Field(() => String, { nullable: true, description: 'e.g. 3-1-X-0' })
  notation: string | null;

  @Field(() => TempoPhaseModel, { nullable: true })
  eccentric: TempoPhaseModel | null;

  @Field(() => TempoPhaseModel, { nullable: true })
  bottomPause: TempoPhaseModel | null;

  @Field(() => TempoPhaseModel, { nullable: true })
  concentric: TempoPhaseModel | null;

  @Field(() => TempoPhaseModel, { nullable: true })
  topPause: TempoPhaseModel | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Seconds per rep: the sum of the four phases, X counting 0.5',
  })
  timeUnderTensionSeconds: number | null;
}
