/** The header's theme menu: System, Light or Dark, the current one checked. */
import { DropdownMenu } from 'radix-ui';
import { setThemeChoice, THEME_CHOICES, THEME_LABELS, useThemeChoice, type ThemeChoice } from './theme';
import { THEME_ICONS } from './theme-icons';

export default function ThemeMenu() {
  const choice = useThemeChoice();
  const Icon = THEME_ICONS[choice];
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="icon-button" aria-label={`Theme: ${THEME_LABELS[choice]}`}>
        <Icon aria-hidden="true" size={18} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu-compact" align="end" sideOffset={6}>
          <DropdownMenu.Label className="menu-label">Theme</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={choice} onValueChange={(next) => setThemeChoice(next as ThemeChoice)}>
            {THEME_CHOICES.map((option) => {
              const OptionIcon = THEME_ICONS[option];
              return (
                <DropdownMenu.RadioItem key={option} value={option} className="menu-item menu-item-icon">
                  <OptionIcon aria-hidden="true" size={16} />
                  <span className="menu-item-name">{THEME_LABELS[option]}</span>
                  <DropdownMenu.ItemIndicator className="menu-item-check">✓</DropdownMenu.ItemIndicator>
                </DropdownMenu.RadioItem>
              );
            })}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
