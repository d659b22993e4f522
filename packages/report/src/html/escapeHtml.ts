/**
 * Escapes text for HTML content and attribute values: `&`, `<`, `>`, `"` and `'`. Every string a
 * report shows (testimonies above all) goes through it: `<script>` shows as text, never runs.
 * @example escapeHtml('<script>alert("x")</script>') // => "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
