import { readFileSync } from 'node:fs';
import { AppConfig } from '../common/config/app-config.js';
import type { ClinicBranding } from './handout-content.js';
import { DEFAULT_LOGO } from './rendering/default-logo.js';

/**
 * The letterhead from config, read once at start-up: a logo that is not a PNG, JPEG or SVG stops
 * the service then rather than breaking the first print.
 */
export function loadBranding(config: AppConfig): ClinicBranding {
  return {
    name: config.CLINIC_NAME,
    address: (config.CLINIC_ADDRESS ?? '')
      .split('|')
      .map((line) => line.trim())
      .filter(Boolean),
    phone: config.CLINIC_PHONE?.trim() || null,
    paperSize: config.HANDOUT_PAPER_SIZE,
    logo: config.CLINIC_LOGO ? readLogo(config.CLINIC_LOGO) : DEFAULT_LOGO,
  };
}

function readLogo(path: string): ClinicBranding['logo'] {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) {
    return { mime: 'image/png', bytes };
  }
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) {
    return { mime: 'image/jpeg', bytes };
  }
  if (/<svg[\s>]/.test(bytes.subarray(0, 4096).toString('utf8'))) {
    return { mime: 'image/svg+xml', bytes };
  }
  throw new Error(`CLINIC_LOGO=${JSON.stringify(path)}: is not a PNG, JPEG or SVG image`);
}
