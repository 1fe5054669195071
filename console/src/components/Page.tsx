import { Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { messages } from '../i18n';

/**
 * A page's frame: sets the document title and, after a client-side navigation, moves focus to the
 * page's heading so a screen reader announces where the user arrived (a full page load starts at
 * the top anyway). Pages that focus a field of their own pass `focusHeading={false}`.
 */
export function Page({
  title,
  children,
  actions,
  focusHeading = true,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${messages.app.name}`;
  }, [title]);
  useEffect(() => {
    if (focusHeading && navigatedInApp) heading.current?.focus();
    navigatedInApp = true;
  }, [focusHeading]);
  return (
    <Stack gap="md">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {title}
        </Title>
        {actions}
      </div>
      {children}
    </Stack>
  );
}

/** False until the first page has shown: the first load leaves focus where the browser puts it. */
let navigatedInApp = false;
