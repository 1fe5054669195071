import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badUserInput, type FieldProblem } from '../common/errors/errors.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import { MAX_PROGRAM_ITEMS } from './program-item.js';

/**
 * The exercises a program prescribes, checked in one statement: each must exist and be
 * published, because only published content reaches patients. A problem names the item's path
 * (`input.items[2].exerciseId`), never a patient.
 */
@Injectable()
export class ProgramExercises {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(
    exerciseIds: readonly string[],
    field: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Exercise>> {
    if (exerciseIds.length === 0) {
      throw badUserInput([{ field, message: `${field} needs at least one exercise` }]);
    }
    if (exerciseIds.length > MAX_PROGRAM_ITEMS) {
      throw badUserInput([
        { field, message: `${field} may hold at most ${MAX_PROGRAM_ITEMS} exercises` },
      ]);
    }
    const rows = await manager
      .getRepository(Exercise)
      .createQueryBuilder('e')
      .where('e.id = ANY(:ids)', { ids: [...new Set(exerciseIds)] })
      .getMany();
    const byId = new Map(rows.map((e) => [e.id, e]));
    const problems: FieldProblem[] = [];
    exerciseIds.forEach((id, index) => {
      const path = `${field}[${index}].exerciseId`;
      const exercise = byId.get(id);
      if (!exercise) problems.push({ field: path, message: `exercise ${id} does not exist` });
      else if (exercise.status !== ExerciseStatus.PUBLISHED) {
        problems.push({
          field: path,
          message: `${exercise.slug} is ${exercise.status}: only published exercises go into programs`,
        });
      }
    });
    if (problems.length > 0) throw badUserInput(problems);
    return byId;
  }
}
