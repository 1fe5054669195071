import { Button, Group, Text } from '@mantine/core';
import { format, messages } from '../i18n';

const m = messages.app.pager;

/** What a connection's pageInfo says of the pages around the one shown. */
export interface PageEnds {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Where a list is: forward with `after`, back with `before`, page numbers for the range. */
export type Paging = { after?: string; before?: string; page: number };

export const FIRST_PAGE: Paging = { page: 1 };

/** The variables of a page of `size` for a connection. */
export function pageVars(paging: Paging, size: number) {
  return paging.before
    ? { last: size, before: paging.before }
    : { first: size, after: paging.after };
}

/** "21–40 of 57" and previous/next buttons under a list: the admin lists and the templates. */
export function Pager(props: {
  paging: Paging;
  size: number;
  shown: number;
  total: number;
  pageInfo?: PageEnds;
  onChange(paging: Paging): void;
}) {
  const { paging, size, shown, total, pageInfo, onChange } = props;
  const from = total ? (paging.page - 1) * size + 1 : 0;
  const to = Math.min(total, from + shown - 1);
  return (
    <Group justify="space-between">
      <Button
        variant="default"
        disabled={!pageInfo?.hasPreviousPage || paging.page <= 1}
        onClick={() =>
          onChange(
            paging.page > 2
              ? { before: pageInfo?.startCursor ?? undefined, page: paging.page - 1 }
              : FIRST_PAGE,
          )
        }
      >
        {m.previous}
      </Button>
      <Text size="sm">{total > 0 && format(m.range, { from, to, total })}</Text>
      <Button
        variant="default"
        disabled={!pageInfo?.hasNextPage}
        onClick={() => onChange({ after: pageInfo?.endCursor ?? undefined, page: paging.page + 1 })}
      >
        {m.next}
      </Button>
    </Group>
  );
}
