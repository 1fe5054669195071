import { Field, Float, ObjectType } from '@nestjs/graphql';
import { TempoIntent } from '../vocabulary.js';

@ObjectType('TempoPhase', { description: 'One of the four phases of a tempo' })
export class TempoPhaseModel {
  @Field({ description: 'As written: whole seconds or X' })
  notation: string;

  @Field(() => Float, { description: 'Seconds; an X phase counts 0.5' })
  seconds: number;

  @Field({ description: 'true for X: as fast as possible' })
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

  @Field(() => TempoPhaseModel, { nullable: true, description: 'The lowering (lengthening) phase' })
  eccentric: TempoPhaseModel | null;

  @Field(() => TempoPhaseModel, { nullable: true, description: 'The pause at the bottom' })
  bottomPause: TempoPhaseModel | null;

  @Field(() => TempoPhaseModel, { nullable: true, description: 'The lifting (shortening) phase' })
  concentric: TempoPhaseModel | null;

  @Field(() => TempoPhaseModel, { nullable: true, description: 'The pause at the top' })
  topPause: TempoPhaseModel | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Seconds per rep: the sum of the four phases, X counting 0.5',
  })
  timeUnderTensionSeconds: number | null;
}
