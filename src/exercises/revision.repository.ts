import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import type { GraphQLError } from 'graphql';
import { keysetPages } from '../common/database/keyset-page.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import { Revision } from './revision.entity.js';
import { ExerciseStatus } from './vocabulary.js';

/** Every query on the exercise_revision table: the history of each exercise. */
@Injectable()
export class RevisionRepository {
  constructor(private readonly db: TransactionalConnection) {}

  append(
    ctx: RequestContext,
    values: Pick<Revision, 'exerciseId' | 'version' | 'snapshot' | 'authorId' | 'message'>,
  ): Promise<Revision> {
    const repo = this.db.getRepository(ctx, Revision);
    return repo.save(repo.create(values));
  }

  /** Every revision of one exercise, newest first. */
  findByExercise(ctx: RequestContext, exerciseId: string): Promise<Revision[]> {
    return this.db
      .getRepository(ctx, Revision)
      .find({ where: { exerciseId }, order: { version: 'DESC' } });
  }

  /**
   * The same page of the revisions of several exercises, newest first, in one statement (by
   * keyset on version: the unique (exercise_id, version) index serves it).
   */
  pages(
    ctx: RequestContext,
    exerciseIds: readonly string[],
    page: PageRequest,
  ): Promise<(Connection<Revision> | GraphQLError)[]> {
    return keysetPages(
      this.db.getRepository(ctx, Revision).createQueryBuilder('r'),
      { list: 'revisions', sort: 'r.version', id: 'r.id', direction: 'DESC', sortValue: 'integer' },
      { column: 'r.exercise_id', ids: exerciseIds },
      page,
    );
  }

  findOne(ctx: RequestContext, exerciseId: string, version: number): Promise<Revision | null> {
    return this.db.getRepository(ctx, Revision).findOneBy({ exerciseId, version });
  }

  /** The newest revision of each of these exercises, in one statement. */
  latest(ctx: RequestContext, exerciseIds: readonly string[]): Promise<Revision[]> {
    return this.db
      .getRepository(ctx, Revision)
      .createQueryBuilder('r')
      .distinctOn(['r.exercise_id'])
      .where('r.exercise_id = ANY(:ids)', { ids: exerciseIds })
      .orderBy('r.exercise_id')
      .addOrderBy('r.version', 'DESC')
      .getMany();
  }

  /**
   * Who made the revisions since the exercise last arrived IN_REVIEW (the submission and every
   * change made in review): the revisions after the newest one whose status was not IN_REVIEW.
   */
  async authorsSinceSubmitted(ctx: RequestContext, exerciseId: string): Promise<string[]> {
    const rows = await this.db
      .getRepository(ctx, Revision)
      .createQueryBuilder('r')
      .select('DISTINCT r.author_id', 'authorId')
      .where('r.exercise_id = :exerciseId', { exerciseId })
      .andWhere('r.author_id IS NOT NULL')
      .andWhere(
        `r.version > (SELECT coalesce(max(p.version), 0) FROM exercise_revision p
          WHERE p.exercise_id = :exerciseId AND p.snapshot ->> 'status' <> :inReview)`,
        { inReview: ExerciseStatus.IN_REVIEW },
      )
      .getRawMany<{ authorId: string }>();
    return rows.map((r) => r.authorId);
  }
}
