import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { applyDecorators } from '@nestjs/common';
import {
  IsString,
  MaxLength,
  MinLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** zxcvbn's "safely unguessable" (about 10^8 guesses and more). */
const MIN_SCORE = 3;

/** Words of this service that a clinic's people would reach for first. */
const CLINIC_WORDS = [
  'clinic',
  'clinician',
  'physio',
  'physiotherapy',
  'therapy',
  'therapist',
  'runner',
  'running',
  'exercise',
  'stride',
  'handout',
  'patient',
  'admin',
  'staff',
];

/**
 * The common-passwords list (49k), the diceware words and English first names, with l33t
 * variants. Only the first 64 characters are judged and l33t substitutions are capped: zxcvbn's
 * cost grows with both, and a 200-character password took over a second with the defaults.
 * A longer password must therefore start well, which any real passphrase does.
 */
const zxcvbn = new ZxcvbnFactory({
  dictionary: {
    ...common.dictionary,
    'firstnames-en': english.dictionary['firstnames-en'],
    clinic: CLINIC_WORDS,
  },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
  maxLength: 64,
  l33tMaxSubstitutions: 10,
});

/**
 * Why a password is refused, or null when it is fine: at least 12 characters, not only spaces,
 * and not guessable from common passwords, words, patterns or the account's own details
 * (`context`: email, name). The message never repeats the password.
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  if (password.trim() === '') return 'must not be only spaces';
  // The whole value (an email used as a password) and its words (a name inside one).
  const inputs = context.flatMap((text) => {
    const lower = text.toLowerCase();
    return [lower, lower.split('@')[0], ...lower.split(/[^\p{L}\p{N}]+/u)];
  });
  const result = zxcvbn.check(
    password,
    inputs.filter((word) => word.length >= 3),
  );
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, '')})` : '';
  return `is too easy to guess${hint}: use a longer phrase of unrelated words`;
}

/**
 * class-validator rule for a new password; `contextFields` name sibling properties (email,
 * displayName) that the password must not be built from.
 */
export function IsHardToGuess(...contextFields: string[]) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isHardToGuess',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'string') return false;
          // Length has its own rules (MinLength, MaxLength) and messages.
          const length = [...value].length;
          if (length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH) return true;
          const object = args.object as Record<string, unknown>;
          const context = contextFields.map((f) => object[f]).filter((v) => typeof v === 'string');
          return passwordProblem(value, context as string[]) === null;
        },
        defaultMessage(args: ValidationArguments) {
          const object = args.object as Record<string, unknown>;
          const context = contextFields.map((f) => object[f]).filter((v) => typeof v === 'string');
          const problem =
            typeof args.value === 'string'
              ? passwordProblem(args.value, context as string[])
              : 'must be a string';
          return `${args.property} ${problem ?? 'is not accepted'}`;
        },
      },
    });
}

/**
 * Every rule of a new password on an input (account creation, change, reset): a string of
 * PASSWORD_MIN_LENGTH to PASSWORD_MAX_LENGTH characters that is hard to guess, not built from
 * the sibling fields `contextFields` name.
 */
export function IsNewPassword(...contextFields: string[]) {
  return applyDecorators(
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, {
      message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters`,
    }),
    MaxLength(PASSWORD_MAX_LENGTH),
    IsHardToGuess(...contextFields),
  );
}
