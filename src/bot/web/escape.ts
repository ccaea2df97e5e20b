const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Escapes, then turns the only markup of the neutral view, `**bold**`, into <strong>. */
export const inlineMarkup = (text: string): string =>
  escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

/** An attribute holding JSON for the page's script (escaped, so any value is safe). */
export const jsonAttr = (value: unknown): string => escapeHtml(JSON.stringify(value));
