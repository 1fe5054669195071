import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf } from 'class-validator';

/**
 * For an optional field of an update whose column has no "none": leaving it out keeps the value,
 * an explicit null is refused here, naming the field (class-validator's IsOptional lets null
 * through, and the NOT NULL column then failed as a 500). Use instead of IsOptional.
 */
export const IsOmittable = () =>
  applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    ValidateBy({
      name: 'isNotNull',
      validator: {
        validate: (value) => value !== null,
        defaultMessage: (args) =>
          `${args?.property ?? 'the field'} cannot be null: leave it out to keep its value`,
      },
    }),
  );
