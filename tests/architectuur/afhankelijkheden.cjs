/**
 * The dependency rules of the layout (docs/architecture.md, docs/decisions/007-feature-first-layout.md),
 * checked by dependency-cruiser as the first step of `npm test`:
 *   routes → features → platform / domain → db, workflows; boot composes features; nothing runs back up.
 * Any import cycle anywhere under app/, workflows/ or db/ fails the test command.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "geen-cyclus",
      severity: "error",
      comment: "Import cycles make the dependency direction ambiguous; break them with a shared types module.",
      from: { path: "^(app|workflows|db)/" },
      to: { circular: true },
    },
    {
      name: "platform-kent-geen-features",
      severity: "error",
      comment: "Shared mechanics (app/platform) depend on no feature, on the boot wiring or on routes.",
      from: { path: "^app/platform/" },
      to: { path: "^app/(features|boot|routes)/" },
    },
    {
      name: "domein-is-puur",
      severity: "error",
      comment: "app/domain is pure code for server and browser: no platform, features, db or workflows.",
      from: { path: "^app/domain/" },
      to: { path: "^(app/(platform|features|boot|routes)|db)/" },
    },
    {
      name: "workflows-zijn-puur",
      severity: "error",
      comment: "XState machines import nothing from app/ or db/ (docs/architecture.md).",
      from: { path: "^workflows/" },
      to: { path: "^(app|db)/" },
    },
    {
      name: "features-kennen-geen-routes",
      severity: "error",
      comment: "Features are used by routes, never the other way round; boot wiring is not a feature's business.",
      from: { path: "^app/(features|domain)/" },
      to: { path: "^app/(routes|boot)/" },
    },
    {
      name: "db-kent-geen-app",
      severity: "error",
      comment: "The schema and the database client know nothing of the app.",
      from: { path: "^db/" },
      to: { path: "^app/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|build|public/build|tests|bench)/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
    moduleSystems: ["es6", "cjs"],
  },
};
