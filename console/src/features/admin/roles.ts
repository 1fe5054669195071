import type { Role } from '../../gql/graphql';
import { messages } from '../../i18n';

const ROLES: Role[] = ['ADMIN', 'CLINICIAN', 'STAFF'];

/** The roles as a Select's options, in the console's words. */
export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: messages.admin.roles[value] }));
