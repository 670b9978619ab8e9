import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  asar: boolean;
  publish: null;
  files: string[];
  extraResources: { from: string; to: string }[];
  fileAssociations: { ext: string | string[] }[];
  win: { target: string[] };
  mac: { target: string[] };
  linux: { target: string[] };
  electronFuses: Record<string, boolean>;
}

describe('packaging configuration', () => {
  const config = parse(readFileSync(resolve(REPO, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('is valid against electron-builder’s own schema', () => {
    // The Electron binary cannot be downloaded here, so a real `electron-builder` run is not possible; its schema is.
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('builds the targets the issue names, asar on, no auto-update', () => {
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    const packageJson = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(packageJson.dependencies)).not.toContain('electron-updater');
  });

  it('opens PDF and TIFF files and ships the demo archive', () => {
    expect(config.fileAssociations.flatMap((a) => a.ext)).toEqual(['pdf', 'tif', 'tiff']);
    expect(config.extraResources).toContainEqual({ from: 'resources/demo', to: 'demo' });
  });

  it('flips the release fuses that close Node-level back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
