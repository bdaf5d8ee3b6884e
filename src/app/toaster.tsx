/**
 * Sonner's toaster in the console's theme. Loaded right after the first paint (see
 * providers.tsx): nothing toasts before a person has done something.
 */
import { Toaster } from 'sonner';
import { useTheme } from './theme';

export default function ThemedToaster() {
  return <Toaster position="bottom-right" closeButton duration={5000} theme={useTheme()} />;
}
