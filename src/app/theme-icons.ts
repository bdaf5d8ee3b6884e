import { Monitor, Moon, Sun } from 'lucide-react';

/** The icon of each theme choice: in the theme menu, and on its button while the menu loads. */
export const THEME_ICONS = { system: Monitor, light: Sun, dark: Moon } as const;
