/** Moves focus to the first of `fields` (by input name) that the form shows, so errors are met. */
export function focusFirst(form: HTMLFormElement | null, fields: string[]): void {
  for (const field of fields) {
    const input = form?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
    if (input) {
      input.focus();
      return;
    }
  }
}
