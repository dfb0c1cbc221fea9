// The department's accent colour marks its pages and may carry white text (buttons, the current
// menu item): it must reach the WCAG AA contrast for normal text against white, 4.5:1.
export const MIN_CONTRAST_WITH_WHITE = 4.5;

const channel = (hex: string) => {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG contrast ratio of a #rrggbb colour against white (1 to 21). */
export function contrastWithWhite(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channel(color.slice(i, i + 2))) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}
