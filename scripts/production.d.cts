// Types for scripts/production.cjs (plain CommonJS so scripts/build.cjs can require it without a compiler).
export declare const DEV_ORIGIN: string;
export declare const APP_PACKAGE: string;
export declare const WELL_KNOWN: string;
export declare class ProductionBuildError extends Error {}
export interface BaseUrl {
  baseUrl: string;
  origin: string;
  host: string;
  warnings: string[];
}
export declare function parseBaseUrl(input: string): BaseUrl;
export declare function xmlVersion(packageVersion: string): string;
export interface ServiceAuth {
  clientId: string;
  scope: string;
}
export declare function productionManifestXml(
  xml: string,
  target: { baseUrl: string; origin: string; version: string; serviceAuth?: ServiceAuth }
): string;
export declare function withWebApplicationInfo(
  xml: string,
  serviceAuth: ServiceAuth,
  origin: string
): string;
export declare function wellKnownAllowed(baseUrl: string): { allowed: string[] };
export declare function findLoopbackReferences(dir: string): { file: string; count: number }[];
export declare function listFiles(dir: string): string[];
export declare function validateUnifiedManifest(file: string): Promise<string[]>;
export declare function writeUnifiedManifest(
  xml: string,
  dir: string,
  packagePath: string
): Promise<{ manifest: UnifiedManifest; packagePath: string }>;
export declare function finishProductionBuild(options: {
  distDir: string;
  url: string;
  serviceAuth?: ServiceAuth;
  manifestXmlPath?: string;
  version?: string;
  log?: (line: string) => void;
}): Promise<{ baseUrl: string; version: string; manifestXml: string; packagePath: string }>;
export declare function iconPng(size: number, style: "tile" | "solid" | "outline"): Buffer;

/** The parts of the unified manifest the tests and the CLI read. */
export interface UnifiedManifest {
  id: string;
  /** Office SSO: the add-in's Entra app, when the build's policy names serviceAuth */
  webApplicationInfo?: { id: string; resource: string };
  version: string;
  manifestVersion: string;
  validDomains: string[];
  icons: { color: string; outline: string };
  extensions: {
    runtimes: {
      id: string;
      code: { page: string; script?: string };
      actions: { id: string; type: string }[];
    }[];
    autoRunEvents: {
      events: { type: string; actionId: string; options?: { sendMode: string } }[];
    }[];
  }[];
}
