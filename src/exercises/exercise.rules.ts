import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { doseProblem, type Dose, type DoseField } from './dose.js';
import { tempoProblem } from './tempo.js';
import { Equipment, IntensityScale, MassUnit, TempoIntent } from './vocabulary.js';

/** Registers a property rule whose message depends on the value (null means "valid"). */
export function rule(
  name: string,
  problem: (value: unknown, object: Record<string, unknown>) => string | null,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          problem(value, args.object as Record<string, unknown>) === null,
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} ${problem(args.value, args.object as Record<string, unknown>)}`,
      },
    });
}

/** The intents of a hold, which has no lifting or lowering phase: their tempo may be left out. */
export const HOLD_INTENTS: ReadonlySet<TempoIntent> = new Set([
  TempoIntent.ISOMETRIC,
  TempoIntent.STRETCH,
]);

/** True when an exercise of this intent may have no tempo: a hold, or not yet tagged. */
export function tempoOptional(intent: TempoIntent | null | undefined): boolean {
  return intent === undefined || intent === null || HOLD_INTENTS.has(intent);
}

/** A tempo such as 3-1-X-0; may be absent for a hold (isometric or stretch) or an untagged draft. */
export const IsTempo = () =>
  rule('isTempo', (value, object) => {
    if (value === null || value === undefined) {
      return tempoOptional(object.tempoIntent as TempoIntent | null | undefined)
        ? null
        : 'is required unless the tempo intent is ISOMETRIC or STRETCH';
    }
    return typeof value === 'string' ? tempoProblem(value) : 'must be a string such as 3-1-X-0';
  });

/** A tempo that may be left out (a prescription then keeps the exercise's own). */
export const IsOptionalTempo = () =>
  rule('isOptionalTempo', (value) =>
    value === null || value === undefined
      ? null
      : typeof value === 'string'
        ? tempoProblem(value)
        : 'must be a string such as 3-1-X-0',
  );

/** NONE means "no equipment" and cannot be combined with any piece of equipment. */
export const IsEquipmentList = () =>
  rule('isEquipmentList', (value) =>
    Array.isArray(value) && value.length > 1 && value.includes(Equipment.NONE)
      ? 'cannot combine NONE with other equipment'
      : null,
  );

const INTENSITY_RANGES: Partial<Record<IntensityScale, [number, number]>> = {
  [IntensityScale.RPE]: [1, 10],
  [IntensityScale.RIR]: [0, 10],
  [IntensityScale.PERCENT_1RM]: [1, 100],
  [IntensityScale.MASS]: [0.1, 1000],
};

/** The value of an intensity must fit its scale; a band has a colour instead of a value. */
export const IsIntensityValue = () =>
  rule('isIntensityValue', (value, object) => {
    const scale = object.scale as IntensityScale;
    const range = INTENSITY_RANGES[scale];
    if (!range) return value === null || value === undefined ? null : `is not used with ${scale}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) return `is required with ${scale}`;
    const [min, max] = range;
    if (value < min || value > max) return `must be between ${min} and ${max} for ${scale}`;
    if (scale === IntensityScale.RIR && !Number.isInteger(value))
      return 'must be a whole number for RIR';
    return null;
  });

export const IsIntensityUnit = () =>
  rule('isIntensityUnit', (value, object) => {
    if (object.scale !== IntensityScale.MASS) {
      return value === null || value === undefined ? null : 'is only used with MASS';
    }
    return Object.values(MassUnit).includes(value as MassUnit)
      ? null
      : 'is required with MASS (KG or LB)';
  });

export const IsBandColour = () =>
  rule('isBandColour', (value, object) => {
    if (object.scale !== IntensityScale.BAND) {
      return value === null || value === undefined ? null : 'is only used with BAND';
    }
    return value ? null : 'is required with BAND';
  });

/**
 * One of the four amounts a set is counted in (dose.ts): in range, and the only one set. Put on
 * each of reps, holdSeconds, distanceMetres and durationSeconds, so every field at fault is named.
 */
export const IsDose = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isDose',
    target: target.constructor,
    propertyName: propertyName as string,
    validator: {
      validate: (_value: unknown, args: ValidationArguments) =>
        doseProblem(args.property as DoseField, args.object as Dose) === null,
      defaultMessage: (args: ValidationArguments) =>
        doseProblem(args.property as DoseField, args.object as Dose) ?? '',
    },
  });

/** A difficulty range must not be inverted. */
export const IsDifficultyMin = () =>
  rule('isDifficultyMin', (value, object) =>
    typeof value === 'number' &&
    typeof object.difficultyMax === 'number' &&
    value > object.difficultyMax
      ? 'cannot be above difficultyMax'
      : null,
  );
