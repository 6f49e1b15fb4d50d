/**
 * Brand: a logo and colours from the config, as CSS added to the theme.
 * Colours are checked against the config schema (hex or a CSS colour name);
 * the logo arrives as a data URL read from a local file.
 */
export interface BrandStyle {
  /** `data:image/…;base64,…` */
  logo?: string;
  accent?: string;
  dark?: string;
}

const COLOR = /^(#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|[a-z]{3,20})$/;

export function brandCss(brand: BrandStyle | undefined): string {
  if (!brand) return '';
  const rules: string[] = [];
  const accent = brand.accent && COLOR.test(brand.accent) ? brand.accent : undefined;
  const dark = brand.dark && COLOR.test(brand.dark) ? brand.dark : undefined;
  const logo = brand.logo && /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(brand.logo) ? `url("${brand.logo}")` : undefined;
  if (accent) rules.push(`section{--accent:${accent};}`, `section::before,section.title::before,section.divider::before{background:${accent};}`);
  if (dark) rules.push(`section.divider{background:${dark};}`);
  // The title slide: the dark colour (or the theme's gradient) with the logo, large, top right.
  const titleBackground = dark ?? 'linear-gradient(135deg,#0f172a 0%,#1e3a8a 100%)';
  if (logo) {
    rules.push(
      `section.title{background:${logo} right 80px top 72px/260px 110px no-repeat,${titleBackground};}`,
      // A small logo in the top right of content slides.
      `section:not(.title):not(.divider){background-image:${logo};background-repeat:no-repeat;background-position:right 48px top 34px;background-size:auto 40px;}`,
    );
  } else if (dark) {
    rules.push(`section.title{background:${dark};}`);
  }
  return rules.length ? `\n/* brand */\n${rules.join('\n')}\n` : '';
}
