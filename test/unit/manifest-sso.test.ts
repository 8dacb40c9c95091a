/**
 * Office SSO needs the add-in's Entra app in the manifest (<WebApplicationInfo>, learn.microsoft.com
 * javascript/api/manifest/webapplicationinfo): a production build with a policy that names the service's
 * app writes it into the Mail 1.1 VersionOverrides, in the schema's order, and into the unified manifest.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  productionManifestXml,
  ProductionBuildError,
  validateUnifiedManifest,
} from "../../scripts/production.cjs";
import { unifiedManifestFromXml } from "../../scripts/manifest-json.cjs";

const validator = require("../../scripts/validate-manifest.cjs") as {
  validateManifest(file: string): Promise<{ errors: string[]; checks: number }>;
};

const ROOT = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const target = {
  baseUrl: "https://addin.praktijk-delinde.nl",
  origin: "https://addin.praktijk-delinde.nl",
  version: "1.2.3",
};
const serviceAuth = {
  clientId: "0b7c1f3e-4a2d-4e8f-9c61-2d5a7e9b1c44",
  scope: "api://addin.praktijk-delinde.nl/0b7c1f3e-4a2d-4e8f-9c61-2d5a7e9b1c44/access_as_user",
};

jest.setTimeout(60000);

describe("manifest for Office SSO", () => {
  it("names the Entra app in the Mail 1.1 overrides, before ExtendedPermissions, and stays valid", async () => {
    const xml = productionManifestXml(source, { ...target, serviceAuth });
    const v11 = xml.indexOf('xsi:type="VersionOverridesV1_1"');
    const info = xml.indexOf("<WebApplicationInfo>");
    expect(info).toBeGreaterThan(v11);
    expect(info).toBeLessThan(xml.indexOf("<ExtendedPermissions>", v11));
    expect(xml).toContain(`<Id>${serviceAuth.clientId}</Id>`);
    expect(xml).toContain(
      `<Resource>api://addin.praktijk-delinde.nl/${serviceAuth.clientId}</Resource>`
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zv-sso-")), "manifest.xml");
    fs.writeFileSync(file, xml);
    expect((await validator.validateManifest(file)).errors).toEqual([]);
    const unified = await unifiedManifestFromXml(xml);
    expect(unified.webApplicationInfo).toEqual({
      id: serviceAuth.clientId,
      resource: `api://addin.praktijk-delinde.nl/${serviceAuth.clientId}`,
    });
    // the schema office-addin-manifest ships accepts it
    const json = path.join(path.dirname(file), "manifest.json");
    fs.writeFileSync(json, JSON.stringify(unified));
    expect(await validateUnifiedManifest(json)).toEqual([]);
  });

  it("leaves it out without a service app, and refuses an app on another host", async () => {
    const xml = productionManifestXml(source, target);
    expect(xml).not.toContain("WebApplicationInfo");
    expect((await unifiedManifestFromXml(xml)).webApplicationInfo).toBeUndefined();
    expect(() =>
      productionManifestXml(source, {
        ...target,
        serviceAuth: { ...serviceAuth, scope: `api://elders.nl/${serviceAuth.clientId}/x` },
      })
    ).toThrow(ProductionBuildError);
  });
});
