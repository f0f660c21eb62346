import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/model/fact.ts
function describeConstruct(c) {
  const n = c.name ?? "";
  switch (c.kind) {
    case "for-expression":
      return `a for expression${c.over ? ` over ${c.over}` : ""}`;
    case "dynamic-block":
      return `a dynamic "${n || "block"}" block`;
    case "data-source":
      return `a value read from data source ${n}`;
    case "module-output":
      return `the module output ${n}`;
    case "function-call":
      return n ? `a call of function ${n}` : "a function call";
    case "count-for-each":
      return `count or for_each keys known only after apply${n ? ` (${n})` : ""}`;
    case "resource-attribute":
      return `${n}, which the plan knows only after apply`;
    case "expression":
      return n || "an expression that is not evaluated";
  }
}
function known(value, defaulted = false) {
  return defaulted ? { known: true, value, defaulted: true } : { known: true, value };
}
function unknown(reason, detail, construct) {
  return construct ? { known: false, reason, detail, construct } : { known: false, reason, detail };
}

export {
  describeConstruct,
  known,
  unknown
};
