/**
 * The `valuesMap` of registerEnumType with a description for every value of the enum: a value
 * added without one does not compile (the schema linter would refuse it too, later).
 */
export function describeValues<E extends Record<string, string>>(
  descriptions: Record<keyof E, string>,
): Record<keyof E, { description: string }> {
  return Object.fromEntries(
    Object.entries(descriptions).map(([value, description]) => [value, { description }]),
  ) as Record<keyof E, { description: string }>;
}
