import { Field, Float, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { IsBandColour, IsIntensityUnit, IsIntensityValue } from '../exercise.rules.js';
import { BandColour, IntensityScale, MassUnit } from '../vocabulary.js';

@InputType({
  description:
    'How hard the load is, on exactly one scale: `value` for RPE, RIR, PERCENT_1RM and MASS, `unit` for MASS, `bandColour` for BAND, nothing else',
})
export class LoadIntensityInput {
  @Field(() => IntensityScale, { description: 'The scale the intensity is on' })
  @IsEnum(IntensityScale)
  scale: IntensityScale;

  @Field(() => Float, {
    nullable: true,
    description: 'RPE 1-10, RIR 0-10 whole reps, PERCENT_1RM 1-100, MASS 0.1-1000; none for BAND',
  })
  @IsIntensityValue()
  value?: number | null;

  @Field(() => MassUnit, {
    nullable: true,
    description: 'KG or LB: required with MASS, refused otherwise',
  })
  @IsIntensityUnit()
  unit?: MassUnit | null;

  @Field(() => BandColour, {
    nullable: true,
    description: 'The band: required with BAND, refused otherwise',
  })
  @IsBandColour()
  bandColour?: BandColour | null;
}
