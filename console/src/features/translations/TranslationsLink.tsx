import { Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { messages } from '../../i18n';

/** From an exercise to its side-by-side translation editor. */
export function TranslationsLink({ slug }: { slug: string }) {
  return (
    <Anchor
      mt="sm"
      display="inline-block"
      renderRoot={(props) => (
        <Link to="/exercises/$slug/translations" params={{ slug }} {...props} />
      )}
    >
      {messages.translations.link}
    </Anchor>
  );
}
