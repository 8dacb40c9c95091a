// Types for scripts/manifest-json.cjs.
import type { UnifiedManifest } from "./production.cjs";
export declare const MANIFEST_VERSION: string;
export declare const SCHEMA_URL: string;
export declare const EVENT_NAMES: Record<string, string>;
export declare const SEND_MODES: Record<string, string>;
export declare function semver(version: string): string;
export declare function unifiedManifestFromXml(
  xml: string,
  options?: { accentColor?: string }
): Promise<UnifiedManifest>;
