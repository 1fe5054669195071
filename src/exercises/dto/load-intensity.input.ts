import { Field, Float, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { IsBandColour, IsIntensityUnit, IsIntensityValue } from '../exercise.rules.js';
import { BandColour, IntensityScale, MassUnit } from '../vocabulary.js';

@InputType()
export class LoadIntensityInput {
  @Field(() => IntensityScale)
  @IsEnum(IntensityScale)
  scale: IntensityScale;

  @Field(() => Float, { nullable: true })
  @IsIntensityValue()
  value?: number | null;

  @Field(() => MassUnit, { nullable: true })
  @IsIntensityUnit()
  unit?: MassUnit | null;

  @Field(() => BandColour, { nullable: true })
  @IsBandColour()
  bandColour?: BandColour | null;
}
