import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditEntry } from '../audit-entry.entity.js';

@ObjectType({ description: 'A page of the audit log, newest first' })
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
