import {
  Alert,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { queryClient } from '../../app/query-client';
import type { HandoutLinkFieldsFragment } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { notifyDone } from '../workflow/notify';
import { dateText } from './format';
import { CREATE_HANDOUT_LINK, REVOKE_HANDOUT_LINK } from './operations';

const m = messages.handouts.share;
type Link = HandoutLinkFieldsFragment;

/**
 * The handout's share links, newest first: each with its address as a QR code to scan from the
 * printout or a phone, a copy button, its expiry, and revoke (behind a confirmation: the patient's
 * link stops at once). A new link can be made with its own expiry.
 */
export function ShareLinks({ handoutId, links }: { handoutId: string; links: Link[] }) {
  const [revoking, setRevoking] = useState<Link | null>(null);
  return (
    <Stack gap="md">
      <Text>{m.intro}</Text>
      {links.length === 0 && <Text>{m.none}</Text>}
      {links.map((link, i) => (
        <LinkCard key={link.id} link={link} n={links.length - i} onRevoke={setRevoking} />
      ))}
      <NewLink handoutId={handoutId} />
      <RevokeDialog link={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}

function LinkCard({ link, n, onRevoke }: { link: Link; n: number; onRevoke(l: Link): void }) {
  const state = link.revokedAt ? m.revoked : link.active ? m.active : m.expired;
  const name = format(m.linkName, { n });
  return (
    <Card withBorder padding="md" component="section" aria-label={name}>
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <QRCodeSVG
          value={link.url}
          size={128}
          title={format(m.qrTitle, { n })}
          marginSize={2}
          style={{ flex: 'none', opacity: link.active ? 1 : 0.35 }}
        />
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} size="h4">
              {name}
            </Title>
            <Badge color={link.active ? 'green' : 'gray'} variant="light">
              {state}
            </Badge>
          </Group>
          <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }} data-testid="link-url">
            {link.url}
          </Text>
          <Text size="sm">
            {link.revokedAt
              ? format(m.revokedOn, { date: dateText(link.revokedAt) })
              : format(link.active ? m.expiresOn : m.expiredOn, {
                  date: dateText(link.expiresAt),
                })}
          </Text>
          <Group gap="xs">
            {/* A link that no longer opens is not worth handing out: no copy, no revoke. */}
            {link.active && (
              <CopyButton value={link.url}>
                {({ copied, copy }) => (
                  <>
                    {/* The link's number is read out, not shown: the visible word starts the name. */}
                    <Button variant="default" size="xs" onClick={copy}>
                      {copied ? m.copied : m.copy}
                      <VisuallyHidden>{format(m.ofLink, { n })}</VisuallyHidden>
                    </Button>
                    {/* Said to screen readers: the button's changed words alone may go unread. */}
                    <VisuallyHidden role="status">{copied ? m.copiedStatus : ''}</VisuallyHidden>
                  </>
                )}
              </CopyButton>
            )}
            {link.active && (
              <Button color="red" variant="outline" size="xs" onClick={() => onRevoke(link)}>
                {m.revoke}
                <VisuallyHidden>{format(m.ofLink, { n })}</VisuallyHidden>
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}

function RevokeDialog({ link, onClose }: { link: Link | null; onClose(): void }) {
  const revoke = useMutation({
    mutationFn: (id: string) => request(REVOKE_HANDOUT_LINK, { input: { id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['handouts', 'detail'] });
      notifyDone(m.revokedDone);
      onClose();
    },
  });
  return (
    <Modal opened={link !== null} onClose={onClose} title={m.revokeTitle} centered>
      <Stack>
        <Text>{m.revokeText}</Text>
        {revoke.error && (
          <Alert color="red" role="alert">
            {revoke.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => link && revoke.mutate(link.id)}
          >
            {m.revokeConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function NewLink({ handoutId }: { handoutId: string }) {
  const [days, setDays] = useState<number | string>(90);
  const create = useMutation({
    mutationFn: () =>
      request(CREATE_HANDOUT_LINK, {
        input: { handoutId, expiresInDays: typeof days === 'number' ? days : undefined },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['handouts', 'detail'] });
      notifyDone(m.created);
    },
  });
  const fieldError = create.error ? fieldErrorsFor(create.error) : null;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={m.days}
          description={m.daysHelp}
          value={days}
          onChange={setDays}
          min={1}
          max={365}
          w={220}
          error={fieldError?.byField.expiresInDays}
        />
        <Button variant="default" loading={create.isPending} onClick={() => create.mutate()}>
          {m.create}
        </Button>
      </Group>
      {fieldError && fieldError.rest.length > 0 && !fieldError.byField.expiresInDays && (
        <Alert color="red" role="alert">
          {fieldError.rest.join(' ')}
        </Alert>
      )}
    </Stack>
  );
}
