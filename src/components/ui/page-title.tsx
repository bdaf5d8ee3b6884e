/**
 * Sets the document title (React 19 hoists <title> into <head>). Only one PageTitle
 * should be on screen: a layout above a page does not render its own, it names its
 * section with `TitleSection`, and the page's title ends with it:
 * "Members · Acme Genomics · Org Console".
 */
import { createContext, use, type ReactNode } from 'react';

const TitleSections = createContext<readonly string[]>([]);

export function TitleSection({ name, children }: { name: string; children: ReactNode }) {
  const outer = use(TitleSections);
  return <TitleSections value={[name, ...outer]}>{children}</TitleSections>;
}

export function PageTitle({ children }: { children: string }) {
  const sections = use(TitleSections);
  return <title>{[children, ...sections, 'Org Console'].join(' · ')}</title>;
}
