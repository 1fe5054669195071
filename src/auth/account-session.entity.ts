import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Why a session ended. */
export enum SessionEnd {
  SIGNED_OUT = 'SIGNED_OUT',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** The password was set through an admin-issued reset token. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  DEACTIVATED = 'DEACTIVATED',
  /** A rotated-away refresh token came back: someone holds a copy. */
  REUSED = 'REUSED',
}

/** One sign-in on one device (see the Sessions migration). Never exposed through GraphQL. */
@Entity('account_session')
export class AccountSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** SHA-256 of the current refresh secret. */
  @Column({ name: 'refresh_hash', type: 'text', select: false })
  refreshHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true })
  refreshedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: SessionEnd | null;
}
