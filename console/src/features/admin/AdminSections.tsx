import { Anchor, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { messages } from '../../i18n';

const m = messages.admin;

const SECTIONS = [
  { to: '/admin/accounts', label: m.accounts.title },
  { to: '/admin/api-keys', label: m.apiKeys.title },
  { to: '/admin/audit', label: m.audit.title },
  { to: '/admin/library', label: m.library.title },
] as const;

/** The four admin pages, one link each; the current one is marked for screen readers. */
export function AdminSections() {
  return (
    <Group component="nav" aria-label={m.sections} gap="lg">
      {SECTIONS.map((s) => (
        <Anchor
          key={s.to}
          component={Link}
          to={s.to}
          fw={600}
          activeProps={{ 'aria-current': 'page', style: { textDecoration: 'underline' } }}
        >
          {s.label}
        </Anchor>
      ))}
    </Group>
  );
}
