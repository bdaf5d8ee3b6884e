/**
 * Sonner's toaster in the console's theme. Loaded right after the first paint (see
 * providers.tsx): nothing toasts before a person has done something.
 */
import { Toaster } from 'sonner';
import { resolveTheme, useThemeChoice } from './theme';

export default function ThemedToaster() {
  const choice = useThemeChoice();
  const dark = typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  return <Toaster position="bottom-right" closeButton duration={5000} theme={resolveTheme(choice, dark)} />;
}
