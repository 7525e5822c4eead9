/** A form's heading, at the level its place on the page needs; the form is named by it. */
export function FormTitle({ id, level = 3, children }: { id: string; level?: 2 | 3; children: string }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return <Heading id={id}>{children}</Heading>;
}
