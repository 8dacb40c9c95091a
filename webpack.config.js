/**
 * Three builds (yo office layout):
 *  - launchevent: ONE self-contained ES2016 file for the Smart Alerts runtime of classic Outlook on Windows
 *    (manifest Override type="javascript"). No chunks, no DOM, no Node APIs, no PDF library.
 *  - commands: the event runtime page of web, new Outlook and Mac (commands.html + commands.js, the same
 *    handlers); pdf.js is a separate chunk, loaded only when a PDF is extracted.
 *  - taskpane: the React + Fluent UI task pane, plus assets and the manifest.
 * Options come from scripts/build.cjs (policy, origin); `webpack --mode development` works on its own too.
 */
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

const DEV_ORIGIN = "https://localhost:3000";

/**
 * @param {{ only?: string, policyJson?: string, policyUrl?: string, origin?: string, outDir?: string }} env
 * @param {{ mode?: "production" | "development" }} argv
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const outDir = env.outDir || path.resolve(__dirname, "dist");
  const origin = (env.origin || DEV_ORIGIN).replace(/\/+$/, "");

  const esbuildRule = (target) => ({
    test: /\.[cm]?[jt]sx?$/,
    loader: "esbuild-loader",
    // node_modules too: dependencies ship newer syntax than the runtimes accept
    options: { target, jsx: "automatic" },
  });
  const resolve = { extensions: [".ts", ".tsx", ".mjs", ".js", ".cjs", ".json"] };

  // The built-in policy and its refresh URL, the same in the send-time bundle and the task pane.
  const buildConstants = () =>
    new webpack.DefinePlugin({
      "process.env.NODE_ENV": JSON.stringify(mode),
      __ZV_BUILTIN_POLICY__: JSON.stringify(env.policyJson || ""),
      __ZV_POLICY_URL__: JSON.stringify(env.policyUrl || ""),
    });

  const launchevent = {
    name: "launchevent",
    // entries, templates and copy patterns are relative to the project, not to where webpack was started
    context: __dirname,
    mode,
    target: ["web", "es2016"],
    entry: { launchevent: "./src/launchevent/launchevent.ts" },
    output: {
      path: outDir,
      filename: "[name].js",
      iife: true,
      chunkLoading: false,
      wasmLoading: false,
      workerChunkLoading: false,
      asyncChunks: false,
      clean: false,
    },
    resolve: {
      ...resolve,
      fallback: { fs: false, path: false, crypto: false, buffer: false, stream: false },
    },
    module: { rules: [esbuildRule("es2016")] },
    devtool: dev ? "source-map" : false,
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: !dev,
      minimizer: [new EsbuildPlugin({ target: "es2016", legalComments: "none" })],
    },
    performance: { hints: false },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }), buildConstants()],
  };

  const commands = {
    name: "commands",
    context: __dirname,
    mode,
    target: ["web", "es2019"],
    entry: { commands: "./src/commands/commands.ts" },
    output: {
      path: outDir,
      filename: "[name].js",
      // pdf.js and its loader: fetched by commands.js itself, next to it
      chunkFilename: "commands.[name].[contenthash:8].js",
      clean: false,
    },
    resolve: {
      ...resolve,
      fallback: { fs: false, path: false, crypto: false, buffer: false, stream: false },
    },
    module: { rules: [esbuildRule("es2019")] },
    devtool: dev ? "source-map" : false,
    optimization: {
      splitChunks: false,
      minimizer: [new EsbuildPlugin({ target: "es2019", legalComments: "none" })],
    },
    performance: { hints: false },
    plugins: [
      buildConstants(),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        inject: false,
      }),
    ],
  };

  const taskpane = {
    name: "taskpane",
    context: __dirname,
    mode,
    target: ["web", "es2019"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: outDir, filename: "[name].js", clean: false },
    resolve: {
      ...resolve,
      fallback: { fs: false, path: false, crypto: false, buffer: false, stream: false },
    },
    module: { rules: [esbuildRule("es2019")] },
    devtool: dev ? "source-map" : false,
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2019", legalComments: "none" })] },
    performance: { hints: false },
    plugins: [
      buildConstants(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // the served copy points at the origin it is served from
            transform: (content) => content.toString().split(DEV_ORIGIN).join(origin),
          },
        ],
      }),
    ],
  };

  if (env.only === "launchevent") return [launchevent];
  if (env.only === "commands") return [commands];
  if (env.only === "taskpane") return [taskpane];
  return [launchevent, commands, taskpane];
};
