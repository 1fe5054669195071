import { queryClient } from '../../app/query-client';
import type { Template } from './template-values';

/** After a change: the detail holds what the API answered, and the list is read again. */
export function templateChanged(saved: Template) {
  queryClient.setQueryData(['programTemplates', 'detail', saved.id], { programTemplate: saved });
  return queryClient.invalidateQueries({ queryKey: ['programTemplates', 'list'] });
}
