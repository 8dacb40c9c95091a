/** webpack.config.js resolves its entries, templates and copied files from the project, wherever webpack runs. */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

type Config = {
  name: string;
  context?: string;
  entry: Record<string, string>;
  plugins: { userOptions?: { template?: string } }[];
};

describe("webpack.config.js", () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it("sets context to the project folder, so ./src entries resolve from any working folder", () => {
    process.chdir(require("node:os").tmpdir());
    const make = require(path.join(ROOT, "webpack.config.js")) as (
      env?: object,
      argv?: object
    ) => Config[];
    const configs = make({}, { mode: "development" });
    expect(configs.map((c) => c.name)).toEqual(["launchevent", "commands", "taskpane"]);
    for (const c of configs) {
      expect(c.context).toBe(ROOT);
      for (const entry of Object.values(c.entry)) {
        expect(fs.existsSync(path.resolve(c.context!, entry))).toBe(true);
        // the same relative entry does not exist from the temp folder: context is what makes it resolve
        expect(fs.existsSync(path.resolve(process.cwd(), entry))).toBe(false);
      }
      for (const p of c.plugins)
        if (p.userOptions && p.userOptions.template)
          expect(fs.existsSync(path.resolve(c.context!, p.userOptions.template))).toBe(true);
    }
  });
});
