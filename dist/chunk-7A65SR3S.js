import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  UNKNOWN_MARK,
  refusedDuplicates
} from "./chunk-CPV4HZ3R.js";
import {
  pushAll
} from "./chunk-YJWEW7O6.js";
import {
  ReadLimitError,
  readBoundedSync
} from "./chunk-I5QHX6OP.js";
import {
  DIRECTORY_BUCKET_APIS,
  DIRECTORY_BUCKET_API_BY_NAME,
  NOT_S3_DATA_EVENTS,
  S3_API_ALIASES,
  S3_DATA_APIS,
  S3_DATA_API_BY_NAME,
  apisOf,
  bucketKindOf,
  describeApis,
  eventShapeOf,
  isDirectoryBucketName,
  isTableBucketName
} from "./chunk-ULUGEN4C.js";
import {
  ADVANCED_OPERATORS,
  OPERATOR_ATTRIBUTES
} from "./chunk-O5WWRFHX.js";
import {
  VERSION
} from "./chunk-EUBEWM6F.js";
import {
  known,
  unknown
} from "./chunk-NDIWE5B4.js";
import {
  InputError,
  errorMessage
} from "./chunk-2AG42DZR.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-V7BNKIHQ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value2);
        return map;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node2 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value2) {
      let v = value2;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value2) {
        if (isEmptyPath(path))
          this.add(value2);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str3 += "\\x" + code2.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent.length);
      if (!value2)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str3 = value2.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value3);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value2;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value2);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2)) {
        const str3 = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value2 } = node;
      let num = (n) => n;
      if (typeof value2 === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match = str3.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value2, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value3, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value2 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value2 += "\n";
          else
            sep = "\n";
        } else {
          value2 += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value: value2, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value2;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value2);
      }
      scalar.range = range;
      scalar.source = value2;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list4, type) {
      for (let i = 0; i < list4.length; ++i)
        if (list4[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list4) {
      for (let i = 0; i < list4.length; ++i) {
        switch (list4[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/app/progress.ts
var PROGRESS_AFTER_MS = 1e3;
function heldProgress(write, afterMs) {
  const held = [];
  let showing = afterMs <= 0;
  let stopped = false;
  const timer2 = showing ? void 0 : setTimeout(() => {
    showing = true;
    for (const l of held.splice(0)) write(l);
  }, afterMs);
  timer2?.unref?.();
  return {
    line: (l) => {
      if (stopped) return;
      if (showing) write(l);
      else held.push(l);
    },
    stop: () => {
      stopped = true;
      if (timer2) clearTimeout(timer2);
    }
  };
}

// src/config/policy-formats.ts
function isCalendarDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
var formats = { date: isCalendarDate };
function ucs2length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// src/config/policy-validator.generated.ts
var policy_validator_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/s3-trail-guard/policies/schema.json", "title": "s3-trail-guard policy", "description": "Lists the sensitive S3 buckets (and key prefixes) whose object-level activity must be recorded by CloudTrail data events.", "type": "object", "required": ["version", "buckets"], "additionalProperties": false, "properties": { "version": { "title": "Policy format version", "description": "Always 1. Lets later releases change the format without misreading older files.", "type": "integer", "const": 1 }, "buckets": { "title": "Sensitive buckets", "description": "Buckets whose object-level activity must be recorded. Each entry is either a bucket name (the whole bucket, every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`. A bucket may be listed only once.", "type": "array", "minItems": 1, "items": { "title": "Bucket", "description": "A bucket name (shorthand for the whole bucket and every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`.", "anyOf": [{ "title": "Bucket name (whole bucket, all events)", "description": "S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. Shorthand for `{ name: ..., prefixes: [''], events: all }`. \"*\" stands for every bucket the source knows (every aws_s3_bucket of the plan) that is not listed by name.", "type": "string", "pattern": "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, { "title": "Bucket requirement", "description": "A bucket with the key prefixes and the S3 data-event APIs that must be recorded.", "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "title": "Bucket name", "description": 'S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. "*" stands for every bucket the source knows that is not listed by name.', "type": "string", "pattern": "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, "prefixes": { "title": "Key prefixes", "description": "Object key prefixes that must be covered; default: the whole bucket (['']). Prefixes are literal key prefixes, compared character by character with the object key: no '*' wildcards, no leading '/'. 'exports/' covers 'exports/2024/a.csv'; 'exports' also covers 'exports-old/x'. A prefix already covered by a shorter listed prefix is dropped.", "type": "array", "minItems": 1, "uniqueItems": true, "default": [""], "items": { "title": "Key prefix", "description": "A literal object key prefix ('' is the whole bucket). No '*' wildcards; must not start with '/'.", "type": "string", "pattern": "^[^*]*$", "not": { "pattern": "^/" } } }, "events": { "title": "Required S3 data-event APIs", "description": "Which object-level API calls must be recorded: `all` (default, every S3 data-event API), `read` (the readOnly APIs such as GetObject), `write` (the others, such as PutObject and DeleteObject), or a list of CloudTrail eventName values such as [GetObject, PutObject].", "default": "all", "anyOf": [{ "title": "Event group", "description": "`all` (every S3 data-event API), `read` (readOnly APIs) or `write` (APIs that change objects).", "type": "string", "enum": ["all", "read", "write"] }, { "title": "List of S3 data-event API names", "description": "CloudTrail eventName values of S3 data events, such as GetObject, PutObject, DeleteObject. Older spellings (GetObjectLockLegalHold, ...) are accepted with a warning.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "title": "S3 data-event API name", "description": "A CloudTrail eventName such as GetObject or PutObject.", "type": "string", "examples": ["AbortMultipartUpload", "CompleteMultipartUpload", "CopyObject", "CreateMultipartUpload", "DeleteObject", "DeleteObjectTagging", "DeleteObjects", "GetObject", "GetObjectAcl", "GetObjectAttributes", "GetObjectLegalHold", "GetObjectRetention", "GetObjectTagging", "GetObjectTorrent", "HeadBucket", "HeadObject", "ListObjectVersions", "ListObjects", "ListParts", "PutObject", "PutObjectAcl", "PutObjectLegalHold", "PutObjectRetention", "PutObjectTagging", "RestoreObject", "SelectObjectContent", "UpdateObjectEncryption", "UploadPart", "UploadPartCopy"] } }] }, "region": { "title": "AWS region", "description": "The region the bucket is in, such as eu-west-1. Optional.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "account": { "title": "AWS account ID", "description": 'The 12-digit ID of the account that owns the bucket. Optional. Quote it ("011122223333") so YAML keeps it a string with its leading zeros.', "type": "string", "pattern": "^[0-9]{12}$" }, "accept": { "title": "Accepted secondary evidence", "description": 'Evidence other than CloudTrail that this bucket accepts. `server-access-logs`: when CloudTrail does not prove the bucket covered but S3 server access logging is on (to another existing bucket), the bucket is reported `covered` with the qualifier "by server access logs (best effort)". Server access logs are delivered best effort and late, without completeness guarantees, session detail or eventName. Default: none (CloudTrail only).', "type": "array", "uniqueItems": true, "items": { "title": "Evidence", "description": "`server-access-logs`: S3 server access logging of the bucket.", "type": "string", "enum": ["server-access-logs"] } } } }] } }, "require": { "title": "Rule settings", "description": "Switches and tunes the rules: their severity (or off), and which trails the trail and log-bucket rules look at.", "type": "object", "additionalProperties": false, "properties": { "trails": { "title": "Trails checked", "description": "Live mode: `covering` (default) checks the trails that record at least one sensitive bucket; `all` checks every trail the account shows. Plan mode always checks every trail in the plan (the change under review).", "type": "string", "enum": ["covering", "all"] }, "rules": { "title": "Rule severities", "description": "Severity per rule id: error (fails the check), warning, note, or off. `trail-multi-region` is off unless set here.", "type": "object", "propertyNames": { "enum": ["data-event-coverage", "invalid-selector", "log-bucket-acl-condition", "log-bucket-delivery-grant", "log-bucket-source-arn", "log-loop", "trail-cloudwatch-logs", "trail-kms", "trail-kms-delivery", "trail-log-file-validation", "trail-multi-region"] }, "additionalProperties": { "type": "string", "enum": ["error", "warning", "note", "off"] } } } }, "waivers": { "title": "Waivers", "description": "Accepted exceptions to a rule for a bucket or a trail, each with a reason and an optional expiry date. A waived finding is reported as waived and does not fail the check; an expired waiver no longer waives and is reported as a warning; a waiver that matches nothing is a warning.", "type": "array", "items": { "title": "Waiver", "description": "An accepted exception to a rule for a bucket or a trail.", "type": "object", "required": ["rule", "reason"], "additionalProperties": false, "properties": { "rule": { "title": "Rule", "description": "The ID of the rule that is waived.", "type": "string", "enum": ["data-event-coverage", "invalid-selector", "log-bucket-acl-condition", "log-bucket-delivery-grant", "log-bucket-source-arn", "log-loop", "trail-cloudwatch-logs", "trail-kms", "trail-kms-delivery", "trail-log-file-validation", "trail-multi-region"] }, "bucket": { "title": "Bucket", "description": "The bucket the waiver applies to.", "type": "string" }, "trail": { "title": "Trail", "description": "The trail the waiver applies to: its Terraform address, name or ARN.", "type": "string" }, "reason": { "title": "Reason", "description": "Why the exception is accepted (shown in reports).", "type": "string", "minLength": 1 }, "expires": { "title": "Expiry date", "description": "Last day the waiver applies, written YYYY-MM-DD. Quote it if your YAML tooling turns dates into timestamps.", "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } }, "anyOf": [{ "properties": { "bucket": { "type": "string" } }, "required": ["bucket"] }, { "properties": { "trail": { "type": "string" } }, "required": ["trail"] }] } } } };
var pattern0 = new RegExp("^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$", "u");
var pattern2 = new RegExp("^/", "u");
var pattern3 = new RegExp("^[^*]*$", "u");
var pattern4 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var pattern5 = new RegExp("^[0-9]{12}$", "u");
var pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var func2 = ucs2length;
var formats0 = formats.date;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.buckets === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "buckets" }, message: "must have required property 'buckets'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "buckets" || key0 === "require" || key0 === "waivers")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (1 !== data0) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.buckets !== void 0) {
      let data1 = data.buckets;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/buckets", schemaPath: "#/properties/buckets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs7 = errors;
          let valid3 = false;
          const _errs8 = errors;
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err6 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, message: 'must match pattern "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs10 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.name === void 0) {
                const err8 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              for (const key1 in data2) {
                if (!(key1 === "name" || key1 === "prefixes" || key1 === "events" || key1 === "region" || key1 === "account" || key1 === "accept")) {
                  const err9 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data2.name !== void 0) {
                let data3 = data2.name;
                if (typeof data3 === "string") {
                  if (!pattern0.test(data3)) {
                    const err10 = { instancePath: instancePath + "/buckets/" + i0 + "/name", schemaPath: "#/properties/buckets/items/anyOf/1/properties/name/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, message: 'must match pattern "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"' };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/buckets/" + i0 + "/name", schemaPath: "#/properties/buckets/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data2.prefixes !== void 0) {
                let data4 = data2.prefixes;
                if (Array.isArray(data4)) {
                  if (data4.length < 1) {
                    const err12 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes", schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  const len1 = data4.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data5 = data4[i1];
                    const _errs19 = errors;
                    const _errs20 = errors;
                    if (typeof data5 === "string") {
                      if (!pattern2.test(data5)) {
                        const err13 = {};
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    var valid7 = _errs20 === errors;
                    if (valid7) {
                      const err14 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes/" + i1, schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/items/not", keyword: "not", params: {}, message: "must NOT be valid" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    } else {
                      errors = _errs19;
                      if (vErrors !== null) {
                        if (_errs19) {
                          vErrors.length = _errs19;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    if (typeof data5 === "string") {
                      if (!pattern3.test(data5)) {
                        const err15 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes/" + i1, schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/items/pattern", keyword: "pattern", params: { pattern: "^[^*]*$" }, message: 'must match pattern "^[^*]*$"' };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    } else {
                      const err16 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes/" + i1, schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  }
                  let i2 = data4.length;
                  let j0;
                  if (i2 > 1) {
                    const indices0 = {};
                    for (; i2--; ) {
                      let item0 = data4[i2];
                      if (typeof item0 !== "string") {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err17 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes", schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i2;
                    }
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes", schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data2.events !== void 0) {
                let data6 = data2.events;
                const _errs22 = errors;
                let valid9 = false;
                const _errs23 = errors;
                if (typeof data6 !== "string") {
                  const err19 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (!(data6 === "all" || data6 === "read" || data6 === "write")) {
                  const err20 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.buckets.items.anyOf[1].properties.events.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                var _valid1 = _errs23 === errors;
                valid9 = valid9 || _valid1;
                if (!valid9) {
                  const _errs25 = errors;
                  if (Array.isArray(data6)) {
                    if (data6.length < 1) {
                      const err21 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    const len2 = data6.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      if (typeof data6[i3] !== "string") {
                        const err22 = { instancePath: instancePath + "/buckets/" + i0 + "/events/" + i3, schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    let i4 = data6.length;
                    let j1;
                    if (i4 > 1) {
                      const indices1 = {};
                      for (; i4--; ) {
                        let item1 = data6[i4];
                        if (typeof item1 !== "string") {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j1 = indices1[item1];
                          const err23 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i4;
                      }
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                  var _valid1 = _errs25 === errors;
                  valid9 = valid9 || _valid1;
                }
                if (!valid9) {
                  const err25 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                } else {
                  errors = _errs22;
                  if (vErrors !== null) {
                    if (_errs22) {
                      vErrors.length = _errs22;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data2.region !== void 0) {
                let data8 = data2.region;
                if (typeof data8 === "string") {
                  if (!pattern4.test(data8)) {
                    const err26 = { instancePath: instancePath + "/buckets/" + i0 + "/region", schemaPath: "#/properties/buckets/items/anyOf/1/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                } else {
                  const err27 = { instancePath: instancePath + "/buckets/" + i0 + "/region", schemaPath: "#/properties/buckets/items/anyOf/1/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data2.account !== void 0) {
                let data9 = data2.account;
                if (typeof data9 === "string") {
                  if (!pattern5.test(data9)) {
                    const err28 = { instancePath: instancePath + "/buckets/" + i0 + "/account", schemaPath: "#/properties/buckets/items/anyOf/1/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/buckets/" + i0 + "/account", schemaPath: "#/properties/buckets/items/anyOf/1/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data2.accept !== void 0) {
                let data10 = data2.accept;
                if (Array.isArray(data10)) {
                  const len3 = data10.length;
                  for (let i5 = 0; i5 < len3; i5++) {
                    let data11 = data10[i5];
                    if (typeof data11 !== "string") {
                      const err30 = { instancePath: instancePath + "/buckets/" + i0 + "/accept/" + i5, schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (!(data11 === "server-access-logs")) {
                      const err31 = { instancePath: instancePath + "/buckets/" + i0 + "/accept/" + i5, schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.buckets.items.anyOf[1].properties.accept.items.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  let i6 = data10.length;
                  let j2;
                  if (i6 > 1) {
                    const indices2 = {};
                    for (; i6--; ) {
                      let item2 = data10[i6];
                      if (typeof item2 !== "string") {
                        continue;
                      }
                      if (typeof indices2[item2] == "number") {
                        j2 = indices2[item2];
                        const err32 = { instancePath: instancePath + "/buckets/" + i0 + "/accept", schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                        break;
                      }
                      indices2[item2] = i6;
                    }
                  }
                } else {
                  const err33 = { instancePath: instancePath + "/buckets/" + i0 + "/accept", schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            } else {
              const err34 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            var _valid0 = _errs10 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err35 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/buckets", schemaPath: "#/properties/buckets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.require !== void 0) {
      let data12 = data.require;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(key2 === "trails" || key2 === "rules")) {
            const err37 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data12.trails !== void 0) {
          let data13 = data12.trails;
          if (typeof data13 !== "string") {
            const err38 = { instancePath: instancePath + "/require/trails", schemaPath: "#/properties/require/properties/trails/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (!(data13 === "covering" || data13 === "all")) {
            const err39 = { instancePath: instancePath + "/require/trails", schemaPath: "#/properties/require/properties/trails/enum", keyword: "enum", params: { allowedValues: schema11.properties.require.properties.trails.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.rules !== void 0) {
          let data14 = data12.rules;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
              const _errs44 = errors;
              if (!(key3 === "data-event-coverage" || key3 === "invalid-selector" || key3 === "log-bucket-acl-condition" || key3 === "log-bucket-delivery-grant" || key3 === "log-bucket-source-arn" || key3 === "log-loop" || key3 === "trail-cloudwatch-logs" || key3 === "trail-kms" || key3 === "trail-kms-delivery" || key3 === "trail-log-file-validation" || key3 === "trail-multi-region")) {
                const err40 = { instancePath: instancePath + "/require/rules", schemaPath: "#/properties/require/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.require.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var valid17 = _errs44 === errors;
              if (!valid17) {
                const err41 = { instancePath: instancePath + "/require/rules", schemaPath: "#/properties/require/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            for (const key4 in data14) {
              let data15 = data14[key4];
              if (typeof data15 !== "string") {
                const err42 = { instancePath: instancePath + "/require/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/properties/rules/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (!(data15 === "error" || data15 === "warning" || data15 === "note" || data15 === "off")) {
                const err43 = { instancePath: instancePath + "/require/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.require.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/require/rules", schemaPath: "#/properties/require/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data16 = data.waivers;
      if (Array.isArray(data16)) {
        const len4 = data16.length;
        for (let i7 = 0; i7 < len4; i7++) {
          let data17 = data16[i7];
          const _errs52 = errors;
          let valid21 = false;
          const _errs53 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.bucket === void 0) {
              const err46 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/anyOf/0/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data17.bucket !== void 0) {
              if (typeof data17.bucket !== "string") {
                const err47 = { instancePath: instancePath + "/waivers/" + i7 + "/bucket", schemaPath: "#/properties/waivers/items/anyOf/0/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          }
          var _valid2 = _errs53 === errors;
          valid21 = valid21 || _valid2;
          if (!valid21) {
            const _errs56 = errors;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              if (data17.trail === void 0) {
                const err48 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/anyOf/1/required", keyword: "required", params: { missingProperty: "trail" }, message: "must have required property 'trail'" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (data17.trail !== void 0) {
                if (typeof data17.trail !== "string") {
                  const err49 = { instancePath: instancePath + "/waivers/" + i7 + "/trail", schemaPath: "#/properties/waivers/items/anyOf/1/properties/trail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
            }
            var _valid2 = _errs56 === errors;
            valid21 = valid21 || _valid2;
          }
          if (!valid21) {
            const err50 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          } else {
            errors = _errs52;
            if (vErrors !== null) {
              if (_errs52) {
                vErrors.length = _errs52;
              } else {
                vErrors = null;
              }
            }
          }
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.rule === void 0) {
              const err51 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data17.reason === void 0) {
              const err52 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            for (const key5 in data17) {
              if (!(key5 === "rule" || key5 === "bucket" || key5 === "trail" || key5 === "reason" || key5 === "expires")) {
                const err53 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data17.rule !== void 0) {
              let data20 = data17.rule;
              if (typeof data20 !== "string") {
                const err54 = { instancePath: instancePath + "/waivers/" + i7 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (!(data20 === "data-event-coverage" || data20 === "invalid-selector" || data20 === "log-bucket-acl-condition" || data20 === "log-bucket-delivery-grant" || data20 === "log-bucket-source-arn" || data20 === "log-loop" || data20 === "trail-cloudwatch-logs" || data20 === "trail-kms" || data20 === "trail-kms-delivery" || data20 === "trail-log-file-validation" || data20 === "trail-multi-region")) {
                const err55 = { instancePath: instancePath + "/waivers/" + i7 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema11.properties.waivers.items.properties.rule.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data17.bucket !== void 0) {
              if (typeof data17.bucket !== "string") {
                const err56 = { instancePath: instancePath + "/waivers/" + i7 + "/bucket", schemaPath: "#/properties/waivers/items/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data17.trail !== void 0) {
              if (typeof data17.trail !== "string") {
                const err57 = { instancePath: instancePath + "/waivers/" + i7 + "/trail", schemaPath: "#/properties/waivers/items/properties/trail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data17.reason !== void 0) {
              let data23 = data17.reason;
              if (typeof data23 === "string") {
                if (func2(data23) < 1) {
                  const err58 = { instancePath: instancePath + "/waivers/" + i7 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/waivers/" + i7 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data17.expires !== void 0) {
              let data24 = data17.expires;
              if (typeof data24 === "string") {
                if (!pattern6.test(data24)) {
                  const err60 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (!formats0(data24)) {
                  const err61 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// policies/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/org/s3-trail-guard/policies/schema.json",
  title: "s3-trail-guard policy",
  description: "Lists the sensitive S3 buckets (and key prefixes) whose object-level activity must be recorded by CloudTrail data events.",
  type: "object",
  required: ["version", "buckets"],
  additionalProperties: false,
  properties: {
    version: {
      title: "Policy format version",
      description: "Always 1. Lets later releases change the format without misreading older files.",
      type: "integer",
      const: 1
    },
    buckets: {
      title: "Sensitive buckets",
      description: "Buckets whose object-level activity must be recorded. Each entry is either a bucket name (the whole bucket, every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`. A bucket may be listed only once.",
      type: "array",
      minItems: 1,
      items: {
        title: "Bucket",
        description: "A bucket name (shorthand for the whole bucket and every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`.",
        anyOf: [
          {
            title: "Bucket name (whole bucket, all events)",
            description: "S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. Shorthand for `{ name: ..., prefixes: [''], events: all }`. \"*\" stands for every bucket the source knows (every aws_s3_bucket of the plan) that is not listed by name.",
            type: "string",
            pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"
          },
          {
            title: "Bucket requirement",
            description: "A bucket with the key prefixes and the S3 data-event APIs that must be recorded.",
            type: "object",
            required: ["name"],
            additionalProperties: false,
            properties: {
              name: {
                title: "Bucket name",
                description: 'S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. "*" stands for every bucket the source knows that is not listed by name.',
                type: "string",
                pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"
              },
              prefixes: {
                title: "Key prefixes",
                description: "Object key prefixes that must be covered; default: the whole bucket (['']). Prefixes are literal key prefixes, compared character by character with the object key: no '*' wildcards, no leading '/'. 'exports/' covers 'exports/2024/a.csv'; 'exports' also covers 'exports-old/x'. A prefix already covered by a shorter listed prefix is dropped.",
                type: "array",
                minItems: 1,
                uniqueItems: true,
                default: [""],
                items: {
                  title: "Key prefix",
                  description: "A literal object key prefix ('' is the whole bucket). No '*' wildcards; must not start with '/'.",
                  type: "string",
                  pattern: "^[^*]*$",
                  not: {
                    pattern: "^/"
                  }
                }
              },
              events: {
                title: "Required S3 data-event APIs",
                description: "Which object-level API calls must be recorded: `all` (default, every S3 data-event API), `read` (the readOnly APIs such as GetObject), `write` (the others, such as PutObject and DeleteObject), or a list of CloudTrail eventName values such as [GetObject, PutObject].",
                default: "all",
                anyOf: [
                  {
                    title: "Event group",
                    description: "`all` (every S3 data-event API), `read` (readOnly APIs) or `write` (APIs that change objects).",
                    type: "string",
                    enum: ["all", "read", "write"]
                  },
                  {
                    title: "List of S3 data-event API names",
                    description: "CloudTrail eventName values of S3 data events, such as GetObject, PutObject, DeleteObject. Older spellings (GetObjectLockLegalHold, ...) are accepted with a warning.",
                    type: "array",
                    minItems: 1,
                    uniqueItems: true,
                    items: {
                      title: "S3 data-event API name",
                      description: "A CloudTrail eventName such as GetObject or PutObject.",
                      type: "string",
                      examples: [
                        "AbortMultipartUpload",
                        "CompleteMultipartUpload",
                        "CopyObject",
                        "CreateMultipartUpload",
                        "DeleteObject",
                        "DeleteObjectTagging",
                        "DeleteObjects",
                        "GetObject",
                        "GetObjectAcl",
                        "GetObjectAttributes",
                        "GetObjectLegalHold",
                        "GetObjectRetention",
                        "GetObjectTagging",
                        "GetObjectTorrent",
                        "HeadBucket",
                        "HeadObject",
                        "ListObjectVersions",
                        "ListObjects",
                        "ListParts",
                        "PutObject",
                        "PutObjectAcl",
                        "PutObjectLegalHold",
                        "PutObjectRetention",
                        "PutObjectTagging",
                        "RestoreObject",
                        "SelectObjectContent",
                        "UpdateObjectEncryption",
                        "UploadPart",
                        "UploadPartCopy"
                      ]
                    }
                  }
                ]
              },
              region: {
                title: "AWS region",
                description: "The region the bucket is in, such as eu-west-1. Optional.",
                type: "string",
                pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$"
              },
              account: {
                title: "AWS account ID",
                description: 'The 12-digit ID of the account that owns the bucket. Optional. Quote it ("011122223333") so YAML keeps it a string with its leading zeros.',
                type: "string",
                pattern: "^[0-9]{12}$"
              },
              accept: {
                title: "Accepted secondary evidence",
                description: 'Evidence other than CloudTrail that this bucket accepts. `server-access-logs`: when CloudTrail does not prove the bucket covered but S3 server access logging is on (to another existing bucket), the bucket is reported `covered` with the qualifier "by server access logs (best effort)". Server access logs are delivered best effort and late, without completeness guarantees, session detail or eventName. Default: none (CloudTrail only).',
                type: "array",
                uniqueItems: true,
                items: {
                  title: "Evidence",
                  description: "`server-access-logs`: S3 server access logging of the bucket.",
                  type: "string",
                  enum: ["server-access-logs"]
                }
              }
            }
          }
        ]
      }
    },
    require: {
      title: "Rule settings",
      description: "Switches and tunes the rules: their severity (or off), and which trails the trail and log-bucket rules look at.",
      type: "object",
      additionalProperties: false,
      properties: {
        trails: {
          title: "Trails checked",
          description: "Live mode: `covering` (default) checks the trails that record at least one sensitive bucket; `all` checks every trail the account shows. Plan mode always checks every trail in the plan (the change under review).",
          type: "string",
          enum: ["covering", "all"]
        },
        rules: {
          title: "Rule severities",
          description: "Severity per rule id: error (fails the check), warning, note, or off. `trail-multi-region` is off unless set here.",
          type: "object",
          propertyNames: {
            enum: [
              "data-event-coverage",
              "invalid-selector",
              "log-bucket-acl-condition",
              "log-bucket-delivery-grant",
              "log-bucket-source-arn",
              "log-loop",
              "trail-cloudwatch-logs",
              "trail-kms",
              "trail-kms-delivery",
              "trail-log-file-validation",
              "trail-multi-region"
            ]
          },
          additionalProperties: {
            type: "string",
            enum: ["error", "warning", "note", "off"]
          }
        }
      }
    },
    waivers: {
      title: "Waivers",
      description: "Accepted exceptions to a rule for a bucket or a trail, each with a reason and an optional expiry date. A waived finding is reported as waived and does not fail the check; an expired waiver no longer waives and is reported as a warning; a waiver that matches nothing is a warning.",
      type: "array",
      items: {
        title: "Waiver",
        description: "An accepted exception to a rule for a bucket or a trail.",
        type: "object",
        required: ["rule", "reason"],
        additionalProperties: false,
        properties: {
          rule: {
            title: "Rule",
            description: "The ID of the rule that is waived.",
            type: "string",
            enum: [
              "data-event-coverage",
              "invalid-selector",
              "log-bucket-acl-condition",
              "log-bucket-delivery-grant",
              "log-bucket-source-arn",
              "log-loop",
              "trail-cloudwatch-logs",
              "trail-kms",
              "trail-kms-delivery",
              "trail-log-file-validation",
              "trail-multi-region"
            ]
          },
          bucket: {
            title: "Bucket",
            description: "The bucket the waiver applies to.",
            type: "string"
          },
          trail: {
            title: "Trail",
            description: "The trail the waiver applies to: its Terraform address, name or ARN.",
            type: "string"
          },
          reason: {
            title: "Reason",
            description: "Why the exception is accepted (shown in reports).",
            type: "string",
            minLength: 1
          },
          expires: {
            title: "Expiry date",
            description: "Last day the waiver applies, written YYYY-MM-DD. Quote it if your YAML tooling turns dates into timestamps.",
            type: "string",
            format: "date",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          }
        },
        anyOf: [
          {
            properties: {
              bucket: {
                type: "string"
              }
            },
            required: ["bucket"]
          },
          {
            properties: {
              trail: {
                type: "string"
              }
            },
            required: ["trail"]
          }
        ]
      }
    }
  }
};

// src/config/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/yaml-fast.ts
var Refused = class extends Error {
};
var REFUSED = new Refused();
var NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var NUMBERISH_RE = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
var DECIMAL_RE = /^[0-9]{1,15}$/;
var KEY_RE = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
var SPECIAL_KEYS = /* @__PURE__ */ new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
var PLAIN_FIRST_REFUSED = /* @__PURE__ */ new Set([..."-?:,[]{}#&*!|>%@`'\" ~"]);
var REFUSED_CHARS = /[\t\r\u0085\u2028\u2029\ufeff]/;
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
function parseFastYaml(input, limits) {
  if (REFUSED_CHARS.test(input)) return void 0;
  try {
    return new Reader(input, limits).document();
  } catch (e) {
    if (e === REFUSED) return void 0;
    throw e;
  }
}
var Reader = class {
  constructor(s, limits) {
    this.s = s;
    this.limits = limits;
    this.load(0);
  }
  s;
  limits;
  /** Start of the current line, its end (the '\n' or the input's end), its indentation. */
  start = 0;
  end = 0;
  indent = 0;
  atEnd = false;
  nodes = 0;
  table = /* @__PURE__ */ new Map();
  items = /* @__PURE__ */ new Map();
  document() {
    this.skipBlank();
    if (this.atEnd || this.indent !== 0) throw REFUSED;
    const first = this.start;
    const value2 = this.blockNode(0, "", 0);
    this.skipBlank();
    if (!this.atEnd) throw REFUSED;
    this.table.set("", { value: first });
    return { value: value2, table: this.table, items: this.items };
  }
  /** Sets the current line to the one that starts at `start`. */
  load(start) {
    const s = this.s;
    if (start >= s.length) {
      this.atEnd = true;
      this.start = this.end = s.length;
      this.indent = 0;
      return;
    }
    this.start = start;
    const nl = s.indexOf("\n", start);
    this.end = nl < 0 ? s.length : nl;
    let i = start;
    while (i < this.end && s.charCodeAt(i) === SPACE) i++;
    this.indent = i - start;
  }
  nextLine() {
    this.load(this.end + 1);
  }
  /** Skips empty lines, blank lines and comment lines; refuses directives and document markers. */
  skipBlank() {
    const s = this.s;
    while (!this.atEnd) {
      const c = this.start + this.indent;
      if (c === this.end || s.charCodeAt(c) === HASH) {
        this.nextLine();
        continue;
      }
      if (this.indent === 0) {
        const head = s.slice(c, c + 3);
        if (s.charCodeAt(c) === 37 || head === "---" || head === "...") throw REFUSED;
      }
      return;
    }
  }
  count(depth) {
    if (++this.nodes > this.limits.maxNodes / 2 || depth > this.limits.maxDepth / 2) throw REFUSED;
  }
  /** A block node whose first line is the current one, starting at column `col` of it. */
  blockNode(col, pointer, depth) {
    const at = this.start + col;
    if (this.isSeqItem(at)) return this.sequence(col, pointer, depth);
    if (this.keyEnd(at) >= 0) return this.mapping(col, pointer, depth);
    throw REFUSED;
  }
  /** `-` followed by a space or the line's end. */
  isSeqItem(at) {
    if (this.s.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.end || this.s.charCodeAt(at + 1) === SPACE;
  }
  /** The offset of the `:` when a plain-word key followed by `: ` or `:` at the line's end starts here. */
  keyEnd(at) {
    const s = this.s;
    let i = at;
    while (i < this.end) {
      const c = s.charCodeAt(i);
      if (c === COLON) break;
      if (c === SPACE) return -1;
      i++;
    }
    if (i >= this.end || i === at) return -1;
    if (i + 1 < this.end && s.charCodeAt(i + 1) !== SPACE) return -1;
    const key = s.slice(at, i);
    if (!KEY_RE.test(key) || SPECIAL_KEYS.has(key) || key === "__proto__") return -1;
    return i;
  }
  sequence(col, pointer, depth) {
    this.count(depth);
    const items = [];
    const offsets = [];
    this.items.set(pointer, offsets);
    for (; ; ) {
      this.skipBlank();
      if (this.atEnd || this.indent < col) break;
      if (this.indent > col) throw REFUSED;
      const dash = this.start + col;
      if (!this.isSeqItem(dash)) break;
      let v = dash + 1;
      while (v < this.end && this.s.charCodeAt(v) === SPACE) v++;
      if (v === this.end || this.s.charCodeAt(v) === HASH) {
        this.nextLine();
        this.skipBlank();
        if (this.atEnd || this.indent <= col) throw REFUSED;
        offsets.push(this.start + this.indent);
        items.push(this.blockNode(this.indent, `${pointer}/${items.length}`, depth + 1));
        continue;
      }
      if (this.isSeqItem(v)) throw REFUSED;
      offsets.push(v);
      if (this.keyEnd(v) >= 0) {
        items.push(this.mapping(v - this.start, `${pointer}/${items.length}`, depth + 1));
        continue;
      }
      items.push(
        this.inlineValue(v, this.s.charCodeAt(v) === 91 ? `${pointer}/${items.length}` : "", depth + 1)
      );
      this.nextLine();
      this.refuseContinuation(col);
    }
    return items;
  }
  mapping(col, pointer, depth) {
    this.count(depth);
    const s = this.s;
    const map = {};
    let first = true;
    for (; ; ) {
      if (!first) {
        this.skipBlank();
        if (this.atEnd || this.indent < col) break;
        if (this.indent > col) throw REFUSED;
      }
      first = false;
      const keyStart = this.start + col;
      const colon = this.keyEnd(keyStart);
      if (colon < 0) throw REFUSED;
      const key = s.slice(keyStart, colon);
      if (Object.prototype.hasOwnProperty.call(map, key)) throw REFUSED;
      const member = `${pointer}/${key}`;
      let v = colon + 1;
      while (v < this.end && s.charCodeAt(v) === SPACE) v++;
      if (v === this.end || s.charCodeAt(v) === HASH) {
        if (v !== this.end && s.charCodeAt(v - 1) !== SPACE) throw REFUSED;
        this.nextLine();
        this.skipBlank();
        if (!this.atEnd && this.indent > col) {
          this.table.set(member, { key: keyStart, value: this.start + this.indent });
          map[key] = this.blockNode(this.indent, member, depth + 1);
        } else if (!this.atEnd && this.indent === col && this.isSeqItem(this.start + col)) {
          this.table.set(member, { key: keyStart, value: this.start + col });
          map[key] = this.sequence(col, member, depth + 1);
        } else {
          this.count(depth + 1);
          this.table.set(member, { key: keyStart, value: keyStart });
          map[key] = null;
        }
        continue;
      }
      if (this.isSeqItem(v)) throw REFUSED;
      this.table.set(member, { key: keyStart, value: v });
      map[key] = this.inlineValue(v, member, depth + 1);
      this.nextLine();
      this.refuseContinuation(col);
    }
    return map;
  }
  /** After a one-line value: a following line indented past `col` would continue it (or be an error). */
  refuseContinuation(col) {
    this.skipBlank();
    if (!this.atEnd && this.indent > col) throw REFUSED;
  }
  /** A scalar or a one-line flow sequence from `at` to the line's end (a comment may follow). */
  inlineValue(at, pointer, depth) {
    if (this.s.charCodeAt(at) === 91) return this.flowSequence(at, pointer, depth);
    this.count(depth);
    const { value: value2, next } = this.scalar(at, this.end, false);
    this.trailer(next);
    return value2;
  }
  /** Only spaces, then optionally a comment after a space, up to the line's end. */
  trailer(from) {
    const s = this.s;
    let i = from;
    while (i < this.end && s.charCodeAt(i) === SPACE) i++;
    if (i === this.end) return;
    if (s.charCodeAt(i) === HASH && i > from) return;
    throw REFUSED;
  }
  flowSequence(open, pointer, depth) {
    this.count(depth);
    const s = this.s;
    const items = [];
    const offsets = [];
    this.items.set(pointer, offsets);
    let i = open + 1;
    const skipSpaces = () => {
      while (i < this.end && s.charCodeAt(i) === SPACE) i++;
    };
    skipSpaces();
    if (i < this.end && s[i] === "]") {
      this.trailer(i + 1);
      return items;
    }
    for (; ; ) {
      skipSpaces();
      if (i >= this.end) throw REFUSED;
      const start = i;
      this.count(depth + 1);
      const { value: value2, next } = this.scalar(i, this.end, true);
      offsets.push(start);
      items.push(value2);
      i = next;
      skipSpaces();
      const c = s[i];
      if (c === ",") {
        i++;
        skipSpaces();
        if (s[i] === "]" || s[i] === ",") throw REFUSED;
        continue;
      }
      if (c === "]") {
        this.trailer(i + 1);
        return items;
      }
      throw REFUSED;
    }
  }
  /**
   * A one-line scalar starting at `at`: its value and the offset after it. In a flow sequence a plain
   * scalar ends at `,` or `]`; in a block it runs to a comment or the line's end.
   */
  scalar(at, end, flow) {
    const s = this.s;
    const q2 = s[at];
    if (q2 === '"') {
      const close = indexBefore(s, '"', at + 1, end);
      if (close < 0) throw REFUSED;
      const text3 = s.slice(at + 1, close);
      if (text3.includes("\\")) throw REFUSED;
      return { value: text3, next: close + 1 };
    }
    if (q2 === "'") {
      let text3 = "";
      let i = at + 1;
      for (; ; ) {
        const close = indexBefore(s, "'", i, end);
        if (close < 0) throw REFUSED;
        text3 += s.slice(i, close);
        if (s[close + 1] === "'") {
          text3 += "'";
          i = close + 2;
          continue;
        }
        return { value: text3, next: close + 1 };
      }
    }
    if (q2 === void 0 || PLAIN_FIRST_REFUSED.has(q2)) throw REFUSED;
    let stop = end;
    if (flow) {
      for (let i = at; i < end; i++) {
        const c = s[i];
        if (c === "," || c === "]") {
          stop = i;
          break;
        }
        if (c === "[" || c === "{" || c === "}") throw REFUSED;
      }
    }
    let last = stop;
    for (let i = at + 1; i < stop; i++) {
      if (s.charCodeAt(i) === HASH && s.charCodeAt(i - 1) === SPACE) {
        if (flow) throw REFUSED;
        last = i - 1;
        break;
      }
    }
    while (last > at && s.charCodeAt(last - 1) === SPACE) last--;
    const text2 = s.slice(at, last);
    if (text2.includes(": ") || text2.endsWith(":") || flow && text2.includes(":")) throw REFUSED;
    return { value: resolvePlain(text2), next: flow ? stop : end };
  }
};
function indexBefore(s, c, from, end) {
  for (let i = from; i < end; i++) if (s[i] === c) return i;
  return -1;
}
function resolvePlain(text2) {
  const c = text2.charCodeAt(0) | 32;
  if (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) return text2;
  if (NULL_RE.test(text2)) return null;
  if (BOOL_RE.test(text2)) return text2.charCodeAt(0) === 116 || text2.charCodeAt(0) === 84;
  if (NUMBERISH_RE.test(text2)) {
    if (DECIMAL_RE.test(text2)) return parseInt(text2, 10);
    throw REFUSED;
  }
  return text2;
}

// src/config/yaml-source.ts
var YamlSourceError = class extends Error {
  constructor(reason, position, syntax) {
    super(`${position.line}:${position.column}: ${reason}`);
    this.reason = reason;
    this.position = position;
    this.syntax = syntax;
    this.name = "YamlSourceError";
  }
  reason;
  position;
  syntax;
};
var DEFAULT_YAML_LIMITS = { maxNodes: 1e5, maxDepth: 100 };
var OPTIONS = {
  version: "1.2",
  schema: "core",
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
  // No process warnings on stderr: every warning is turned into an error below.
  logLevel: "silent"
};
var NOT_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;
function parseYaml(text2, limits = DEFAULT_YAML_LIMITS, options = {}) {
  const input = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  const lines = new import_yaml.LineCounter();
  const position = (offset) => {
    const { line, col } = lines.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  const bad2 = NOT_PRINTABLE.exec(input);
  if (bad2) {
    const before = input.slice(0, bad2.index);
    const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
    const line = before.split(/\r\n|\r|\n/).length;
    const reason = bad2[0] === "\0" ? "null byte is not allowed in input" : `the file contains a non-printable character (U+${bad2[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`;
    throw new YamlSourceError(reason, { line, column: bad2.index - lineStart + 1 }, true);
  }
  if (!options.referenceOnly) {
    const fast = parseFastYaml(input, limits);
    if (fast) {
      lines.addNewLine(0);
      for (let i = input.indexOf("\n"); i >= 0; i = input.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
      return located(fast.value, fast.table, position, fast.items);
    }
  }
  const tokens = tokenize(input, lines, limits, position);
  const docs = [...new import_yaml.Composer(OPTIONS).compose(tokens, false, input.length)];
  const first = docs[0];
  const problems = docs.flatMap((d) => [...d.errors, ...d.warnings]);
  if (problems.length > 0) {
    const earliest = problems.reduce((a, b) => b.pos[0] < a.pos[0] ? b : a);
    throw new YamlSourceError(reasonOf(earliest), position(earliest.pos[0]), true);
  }
  if (docs.length > 1) {
    const second = docs[1];
    throw new YamlSourceError(
      'expected a single YAML document, found a second one (remove the "---" separator)',
      position(documentStart(second, input)),
      true
    );
  }
  const root = first?.contents;
  if (!first || !root || (0, import_yaml.isScalar)(root) && root.value === null && root.source === "") {
    const start = () => ({ line: 1, column: 1 });
    return {
      value: void 0,
      at: start,
      keyAt: start,
      itemsAt: (_, count) => Array.from({ length: count }, start)
    };
  }
  checkExpansion(root, limits, position);
  const table = /* @__PURE__ */ new Map();
  const rootStart = root.range[0];
  table.set("", { value: rootStart });
  walk(root, "", table, position, input);
  const value2 = first.toJS({ maxAliasCount: -1 });
  return located(value2, table, position);
}
var INDEX = /^(?:0|[1-9][0-9]*)$/;
function located(value2, table, position, items = /* @__PURE__ */ new Map()) {
  const rootStart = table.get("")?.value ?? 0;
  const itemOffset = (p) => {
    const slash = p.lastIndexOf("/");
    if (slash < 0) return void 0;
    const list4 = items.get(p.slice(0, slash));
    const token = p.slice(slash + 1);
    return list4 && INDEX.test(token) ? list4[Number(token)] : void 0;
  };
  const lookup = (pointer) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const entry = table.get(p);
      if (entry) return entry.value;
      const item = itemOffset(p);
      if (item !== void 0) return item;
      if (p === "") return rootStart;
    }
  };
  const at = (pointer) => position(lookup(pointer));
  return {
    value: value2,
    at,
    keyAt: (pointer) => {
      const entry = table.get(pointer);
      return position(entry?.key ?? lookup(pointer));
    },
    itemsAt: (pointer, count) => {
      const list4 = items.get(pointer);
      const out = [];
      for (let i = 0; i < count; i++) {
        const offset = list4?.[i];
        out.push(offset === void 0 ? at(`${pointer}/${i}`) : position(offset));
      }
      return out;
    }
  };
}
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function tokenize(input, lines, limits, position) {
  const parser = new import_yaml.Parser(lines.addNewLine);
  lines.addNewLine(0);
  const guard = 2 * limits.maxDepth + 10;
  const tokens = [];
  for (const lexeme of new import_yaml.Lexer().lex(input, false)) {
    const offset = parser.offset;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > guard) {
      throw new YamlSourceError(
        `the document nests deeper than ${limits.maxDepth} levels`,
        position(offset),
        false
      );
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}
function reasonOf(e) {
  switch (e.code) {
    case "DUPLICATE_KEY":
      return "duplicated mapping key (each key may appear once in a mapping)";
    case "TAB_AS_INDENT":
      return "tab characters must not be used in indentation";
    default: {
      const message = e.message.replace(/\s+/g, " ").trim();
      return message.charAt(0).toLowerCase() + message.slice(1);
    }
  }
}
function documentStart(doc, input) {
  const start = doc.range[0];
  for (let p = input.lastIndexOf("---", start); p >= 0; p = input.lastIndexOf("---", p - 1)) {
    if (p === 0 || input[p - 1] === "\n" || input[p - 1] === "\r") return p;
  }
  return start;
}
function isEmptyScalar(node) {
  return !node || (0, import_yaml.isScalar)(node) && node.value === null && (node.source === "" || node.source === void 0);
}
function rangeStart(node) {
  return (node.range ?? [0])[0];
}
var startOf = rangeStart;
function withProperties(input, offset) {
  let start = offset;
  for (; ; ) {
    let p = start;
    while (p > 0 && /[ \t\r\n]/.test(input[p - 1] ?? "")) p--;
    let word = p;
    while (word > 0 && !/[ \t\r\n]/.test(input[word - 1] ?? "")) word--;
    const first = input[word];
    if (word === p || first !== "&" && first !== "!") return start;
    start = word;
  }
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return typeof key.value === "string" ? key.value : String(key.value);
  return String(key);
}
function walk(node, pointer, table, position, input) {
  const startOf2 = (n) => n.anchor !== void 0 || n.tag !== void 0 ? withProperties(input, rangeStart(n)) : rangeStart(n);
  if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      const key = pair.key;
      if (key && !(0, import_yaml.isScalar)(key)) {
        throw new YamlSourceError(
          (0, import_yaml.isAlias)(key) ? "a mapping key must be written out, not an alias" : "a mapping key must be a plain value, not a list or a mapping",
          position(startOf2(key)),
          true
        );
      }
      if ((0, import_yaml.isScalar)(key) && typeof key.value === "symbol") continue;
      const keyStart = key ? startOf2(key) : startOf2(node);
      const member = `${pointer}/${escapePointerToken(keyText(key))}`;
      const value2 = pair.value;
      if (value2 && !isEmptyScalar(value2)) {
        table.set(member, { key: keyStart, value: startOf2(value2) });
        walk(value2, member, table, position, input);
      } else {
        table.set(member, { key: keyStart, value: keyStart });
      }
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, index) => {
      const member = `${pointer}/${index}`;
      if ((0, import_yaml.isPair)(item)) {
        const key = item.key;
        table.set(member, { value: key ? startOf2(key) : startOf2(node) });
        return;
      }
      const child = item;
      if (!child) return;
      table.set(member, { value: startOf2(child) });
      walk(child, member, table, position, input);
    });
  }
}
var ExpansionError = class extends Error {
  constructor(kind, culprit, through) {
    super(kind);
    this.kind = kind;
    this.culprit = culprit;
    this.through = through;
  }
  kind;
  culprit;
  through;
};
function checkExpansion(root, limits, position) {
  const targets = resolveAliases(root);
  const memo = /* @__PURE__ */ new Map();
  const heights = /* @__PURE__ */ new Map();
  const heightOf = (node) => {
    if (!node) return 0;
    const target = (0, import_yaml.isAlias)(node) ? targets.get(node) : node;
    return target ? heights.get(target) ?? 0 : 0;
  };
  const active = /* @__PURE__ */ new Set();
  const size = (node, depth, through) => {
    if (!node) return 1;
    if ((0, import_yaml.isAlias)(node)) {
      const target = targets.get(node);
      if (target && active.has(target)) throw new ExpansionError("cycle", node);
      return size(target ?? null, depth, through ?? node);
    }
    if ((0, import_yaml.isScalar)(node)) return 1;
    const known3 = memo.get(node);
    if (known3 !== void 0) {
      if (depth + (heights.get(node) ?? 1) - 1 > limits.maxDepth)
        throw new ExpansionError("depth", node, through);
      return known3;
    }
    if (depth > limits.maxDepth) throw new ExpansionError("depth", node, through);
    active.add(node);
    let n = 1;
    let height = 1;
    const children = (0, import_yaml.isMap)(node) ? node.items.map((p) => p.value) : (0, import_yaml.isSeq)(node) ? node.items.map(
      (item) => (0, import_yaml.isPair)(item) ? item.value : item
    ) : [];
    for (const child of children) {
      n += size(child, depth + 1, through);
      height = Math.max(height, 1 + heightOf(child));
      if (n > limits.maxNodes) break;
    }
    active.delete(node);
    memo.set(node, n);
    heights.set(node, height);
    return n;
  };
  let problem;
  try {
    if (size(root, 0, void 0) > limits.maxNodes) problem = new ExpansionError("size");
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    problem = e;
  }
  if (!problem) return;
  const name = (alias) => (0, import_yaml.isAlias)(alias) ? `*${alias.source}` : "";
  if (problem.kind === "cycle" && problem.culprit) {
    throw new YamlSourceError(
      `alias ${name(problem.culprit)} refers to a node that contains it; recursive YAML structures are not allowed`,
      position(startOf(problem.culprit)),
      false
    );
  }
  if (problem.kind === "depth" && problem.culprit && !problem.through) {
    throw new YamlSourceError(
      `the document nests deeper than ${limits.maxDepth} levels`,
      position(startOf(problem.culprit)),
      false
    );
  }
  let worst = problem.through;
  if (problem.kind === "size") {
    let worstSize = -1;
    for (const alias of targets.keys()) {
      let s;
      try {
        active.clear();
        s = size(alias, 0, void 0);
      } catch {
        s = Number.POSITIVE_INFINITY;
      }
      if (s > worstSize) {
        worst = alias;
        worstSize = s;
      }
    }
  }
  const what = problem.kind === "size" ? `expands to more than ${limits.maxNodes} nodes` : `nests deeper than ${limits.maxDepth} levels`;
  if (!worst) throw new YamlSourceError(`the document ${what}`, position(startOf(root)), false);
  throw new YamlSourceError(
    `the document ${what} once YAML aliases are expanded (alias ${name(worst)} here); a policy never needs that, so aliases this large are refused`,
    position(startOf(worst)),
    false
  );
}
function resolveAliases(root) {
  const anchors = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  const visit = (node) => {
    if (!node) return;
    if ((0, import_yaml.isAlias)(node)) {
      targets.set(node, anchors.get(node.source));
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        visit(pair.key);
        visit(pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) {
        if ((0, import_yaml.isPair)(item)) {
          visit(item.key);
          visit(item.value);
        } else visit(item);
      }
    }
  };
  visit(root);
  return targets;
}

// src/model/quote.ts
var MAX_QUOTED_CHARS = 200;
var MAX_LISTED_VALUES = 10;
function shorten(s, max = MAX_QUOTED_CHARS) {
  if (s.length <= max) return s;
  const head = Math.ceil(max * 2 / 3);
  const tail = max - head;
  return `${s.slice(0, head)}\u2026${s.slice(s.length - tail)} (${s.length} characters)`;
}
function quote(s, max = MAX_QUOTED_CHARS) {
  if (s.length <= max) return JSON.stringify(s);
  const head = Math.ceil(max * 2 / 3);
  const tail = max - head;
  return `${JSON.stringify(`${s.slice(0, head)}\u2026${s.slice(s.length - tail)}`)} (${s.length} characters)`;
}
function describeJson(v, max = MAX_QUOTED_CHARS) {
  let text2;
  try {
    text2 = JSON.stringify(v);
  } catch {
    return "(a value nested too deeply to show)";
  }
  if (text2 === void 0) return String(v);
  return text2.length <= max ? text2 : `${text2.slice(0, max)}\u2026 (${text2.length} characters)`;
}

// src/config/load-policy.ts
var MAX_POLICY_BYTES = 1024 * 1024;
function loadPolicy(file, opts = {}) {
  let text2;
  try {
    text2 = readBoundedSync(file, {
      maxBytes: MAX_POLICY_BYTES,
      ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {}
    }).toString("utf8");
  } catch (e) {
    if (e instanceof ReadLimitError) {
      if (e.kind === "too-large") throw tooLarge(file);
      if (e.kind === "directory")
        throw new InputError(`${file}: cannot read policy file: EISDIR: it is a directory, not a file`, file);
      throw new InputError(`${file}: cannot read policy file: ${e.message}`, file);
    }
    throw new InputError(`${file}: cannot read policy file: ${systemErrorMessage(e)}`, file, { cause: e });
  }
  return parsePolicy(text2, file);
}
function systemErrorMessage(e) {
  const message = e !== null && typeof e === "object" ? e.message : void 0;
  return typeof message === "string" ? message : String(e);
}
function parsePolicy(text2, file) {
  if (text2.length > MAX_POLICY_BYTES) throw tooLarge(file);
  let doc;
  try {
    doc = parseYaml(text2);
  } catch (e) {
    if (!(e instanceof YamlSourceError)) throw e;
    const { line, column } = e.position;
    const reason = e.syntax ? `invalid YAML: ${e.reason}` : e.reason;
    throw new InputError(`${file}:${line}:${column}: ${reason}`, file, { cause: e });
  }
  if (doc.value === void 0) {
    throw new InputError(
      `${file}:1:1: policy file is empty; expected a mapping with "version: 1" and "buckets"`,
      file
    );
  }
  if (!isPlainObject(doc.value)) {
    const { line, column } = doc.at("");
    throw new InputError(
      `${file}:${line}:${column}: expected a mapping with "version: 1" and "buckets" at the top level, found ${describe(doc.value)}`,
      file
    );
  }
  const validate = validator();
  if (!validate(doc.value)) {
    throw new InputError(render(file, schemaProblems(validate.errors ?? [], doc)), file);
  }
  return build(doc.value, doc, file);
}
function render(file, problems) {
  const lines = problems.slice().sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column).map(
    (p) => `${file}:${p.position.line}:${p.position.column}: ${p.pointer === "" ? "" : `${p.pointer}: `}${p.message}`
  );
  return [...new Set(lines)].join("\n");
}
function tooLarge(file) {
  return new InputError(`${file}: policy file is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MiB`, file);
}
function validator() {
  return policy_validator_generated_default;
}
var BUCKET = "#/properties/buckets/items/anyOf/1/properties";
var VERSION_MESSAGE = "must be 1 (the only policy format version this release understands)";
var BUCKET_NAME_MESSAGE = "must be an S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit";
var EVENTS_MESSAGE = "must be one of all, read, write, or a list of S3 data-event API names";
var ACCOUNT_MESSAGE = 'must be a 12-digit AWS account ID, e.g. "111122223333"';
var DATE_MESSAGE = "must be a date written YYYY-MM-DD";
var SCHEMA_MESSAGES = {
  "#/properties/version/type": VERSION_MESSAGE,
  "#/properties/version/const": VERSION_MESSAGE,
  "#/properties/buckets/minItems": "must list at least one bucket",
  "#/properties/buckets/items/anyOf": 'must be a bucket name or a mapping with a "name" key',
  "#/properties/buckets/items/anyOf/0/pattern": BUCKET_NAME_MESSAGE,
  [`${BUCKET}/name/pattern`]: BUCKET_NAME_MESSAGE,
  [`${BUCKET}/prefixes/minItems`]: 'must list at least one prefix (omit "prefixes" to cover the whole bucket)',
  [`${BUCKET}/prefixes/items/pattern`]: 'must be a literal key prefix: "*" wildcards are not supported (write "logs/" to cover every key under logs/)',
  [`${BUCKET}/prefixes/items/not`]: 'must not start with "/": S3 object keys have no leading slash',
  [`${BUCKET}/events/anyOf`]: EVENTS_MESSAGE,
  [`${BUCKET}/events/anyOf/0/enum`]: EVENTS_MESSAGE,
  [`${BUCKET}/events/anyOf/1/minItems`]: "must list at least one S3 data-event API name",
  [`${BUCKET}/region/pattern`]: "must be an AWS region name such as eu-west-1",
  [`${BUCKET}/account/type`]: 'must be a 12-digit AWS account ID written as a quoted string, e.g. "111122223333" (unquoted, YAML reads it as a number)',
  [`${BUCKET}/account/pattern`]: ACCOUNT_MESSAGE,
  [`${BUCKET}/accept/items/enum`]: "must be server-access-logs (the only evidence besides CloudTrail that can be accepted)",
  "#/properties/waivers/items/properties/expires/format": DATE_MESSAGE,
  "#/properties/waivers/items/properties/expires/pattern": DATE_MESSAGE,
  "#/properties/waivers/items/properties/reason/minLength": "must say why the waiver is accepted",
  "#/properties/waivers/items/anyOf": 'must name the "bucket" or the "trail" it applies to'
};
function schemaProblems(errors, doc) {
  const dropped = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "anyOf") continue;
    const branches = schemaAt(e.schemaPath);
    if (!Array.isArray(branches)) continue;
    const type = jsonType(valueAt(doc.value, e.instancePath));
    const chosen = branches.findIndex((b) => typeMatches(type, b.type));
    const prefix = `${e.schemaPath}/`;
    for (const f of errors) {
      const within = f.instancePath === e.instancePath || f.instancePath.startsWith(`${e.instancePath}/`);
      if (!within || !f.schemaPath.startsWith(prefix)) continue;
      const branch = Number(f.schemaPath.slice(prefix.length).split("/")[0]);
      if (chosen < 0 || branch !== chosen) dropped.add(f);
    }
    if (chosen >= 0) dropped.add(e);
  }
  for (const e of errors) {
    if (e.keyword !== "type" || dropped.has(e)) continue;
    const parent = parentPath(e.schemaPath);
    for (const f of errors) {
      if (f !== e && f.instancePath === e.instancePath && parentPath(f.schemaPath) === parent) dropped.add(f);
    }
  }
  for (const e of errors) if (e.keyword === "propertyNames") dropped.add(e);
  const kept = errors.filter((e) => !dropped.has(e));
  return (kept.length > 0 ? kept : errors).map((e) => describeError(e, doc));
}
function describeError(e, doc) {
  const pointer = e.instancePath;
  const at = (p, message) => ({ pointer: p, position: doc.at(p), message });
  const custom = SCHEMA_MESSAGES[e.schemaPath];
  const params = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const member = `${pointer}/${escapePointerToken(key)}`;
      const properties = schemaAt(`${parentPath(e.schemaPath)}/properties`);
      const allowed2 = isPlainObject(properties) ? Object.keys(properties) : [];
      const guess = closest(key, allowed2);
      const hint = guess === void 0 ? "" : `; did you mean "${guess}"?`;
      return {
        pointer: member,
        position: doc.keyAt(member),
        message: `unknown key "${key}"${hint} (allowed keys: ${allowed2.join(", ")})`
      };
    }
    case "uniqueItems": {
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      const item = `${pointer}/${second}`;
      const here = doc.at(item);
      const there = doc.at(`${pointer}/${first}`);
      const where2 = there.line === here.line ? `line ${there.line}, column ${there.column}` : `line ${there.line}`;
      return at(item, `${describeJson(valueAt(doc.value, item))} is listed twice (also at ${where2})`);
    }
    case "required":
      return at(pointer, custom ?? `missing required key "${String(params.missingProperty)}"`);
    case "type":
      return at(
        pointer,
        custom ?? `must be ${typeWord(String(params.type))}, found ${describe(valueAt(doc.value, pointer))}`
      );
    case "enum": {
      const allowed2 = params.allowedValues.map(String);
      const name = e.propertyName;
      if (name !== void 0) {
        const member = `${pointer}/${escapePointerToken(name)}`;
        const guess = closest(name, allowed2);
        return {
          pointer: member,
          position: doc.keyAt(member),
          message: `unknown rule "${name}"${guess === void 0 ? "" : `; did you mean "${guess}"?`} (rules: ${allowed2.join(", ")})`
        };
      }
      return at(pointer, custom ?? `must be one of ${allowed2.join(", ")}`);
    }
    case "const":
      return at(pointer, custom ?? `must be ${JSON.stringify(params.allowedValue)}`);
    case "minItems":
      return at(
        pointer,
        custom ?? (params.limit === 1 ? "must not be empty" : `must list at least ${String(params.limit)} items`)
      );
    case "minLength":
      return at(pointer, custom ?? "must not be empty");
    case "pattern":
      return at(pointer, custom ?? `must match ${String(params.pattern)}`);
    case "format":
      return at(pointer, custom ?? `must be a valid ${String(params.format)}`);
    case "anyOf":
      return at(pointer, custom ?? "does not have any of the allowed forms");
    default:
      return at(pointer, custom ?? e.message ?? `fails the "${e.keyword}" rule of the policy schema`);
  }
}
function schemaAt(schemaPath) {
  let node = schema_default;
  for (const token of schemaPath.replace(/^#\/?/, "").split("/")) {
    if (token === "") continue;
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? node[key] : void 0;
  }
  return node;
}
function valueAt(root, pointer) {
  let node = root;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? node[key] : void 0;
  }
  return node;
}
function parentPath(path) {
  return path.slice(0, path.lastIndexOf("/"));
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function typeMatches(actual, expected) {
  const list4 = Array.isArray(expected) ? expected : [expected];
  return list4.includes(actual) || actual === "integer" && list4.includes("number");
}
function typeWord(type) {
  const words = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "empty"
  };
  return type.split(",").map((t) => words[t] ?? t).join(" or ");
}
function describe(v) {
  if (v === void 0 || v === null) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  return `${typeof v === "number" ? "the number" : "the value"} ${String(v)}`;
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
var WHOLE_BUCKET = [""];
var ALL_EVENTS = S3_DATA_APIS.map((a) => a.name);
var READ_EVENTS = S3_DATA_APIS.filter((a) => a.readOnly).map((a) => a.name);
var WRITE_EVENTS = S3_DATA_APIS.filter((a) => !a.readOnly).map((a) => a.name);
function build(raw, doc, file) {
  const problems = [];
  const warnings = [];
  const locate = (position) => ({
    file,
    line: position.line,
    column: position.column
  });
  const firstSeen = /* @__PURE__ */ new Map();
  const buckets = [];
  let everyBucket;
  const positions = doc.itemsAt("/buckets", raw.buckets.length);
  raw.buckets.forEach((entry, index) => {
    const pointer = `/buckets/${index}`;
    const position = positions[index];
    const spec = typeof entry === "string" ? { name: entry } : entry;
    const earlier = firstSeen.get(spec.name);
    if (earlier) {
      problems.push({
        pointer,
        position,
        message: `bucket "${spec.name}" is listed twice (also at line ${earlier.line}); list each bucket once`
      });
    } else {
      firstSeen.set(spec.name, position);
    }
    if (isTableBucketName(spec.name)) {
      problems.push({
        pointer: typeof entry === "string" ? pointer : `${pointer}/name`,
        position: typeof entry === "string" ? position : doc.at(`${pointer}/name`),
        message: `"${spec.name}" is a table bucket (S3 Tables, a name ending --table-s3): its activity is recorded as AWS::S3Tables::Table / TableBucket data events, which s3-trail-guard does not check; remove it from the policy`
      });
      return;
    }
    const events = resolveEvents(
      spec.events ?? "all",
      `${pointer}/events`,
      doc,
      problems,
      warnings,
      isDirectoryBucketName(spec.name)
    );
    if (!events) return;
    if (spec.name === "*") {
      everyBucket = {
        prefixes: normalisePrefixes(spec.prefixes ?? [""]),
        eventsSpec: events.spec,
        events: events.names,
        ...spec.region === void 0 ? {} : { region: spec.region },
        ...spec.account === void 0 ? {} : { account: spec.account },
        ...spec.accept?.length ? { accept: spec.accept } : {},
        location: locate(position)
      };
      return;
    }
    const bucket = {
      name: spec.name,
      // Shared like `events`: no consumer changes a requirement's lists.
      prefixes: spec.prefixes === void 0 ? WHOLE_BUCKET : normalisePrefixes(spec.prefixes),
      eventsSpec: events.spec,
      events: events.names
    };
    if (spec.region !== void 0) bucket.region = spec.region;
    if (spec.account !== void 0) bucket.account = spec.account;
    if (spec.accept?.length) bucket.accept = spec.accept;
    bucket.location = locate(position);
    buckets.push(bucket);
  });
  if (problems.length > 0) throw new InputError(render(file, problems), file);
  const policyWarnings = warnings.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column).map((w) => ({ message: `${w.pointer}: ${w.message}`, location: locate(w.position) }));
  const waivers = (raw.waivers ?? []).map((w, i) => ({
    rule: w.rule,
    ...w.bucket === void 0 ? {} : { bucket: w.bucket },
    ...w.trail === void 0 ? {} : { trail: w.trail },
    reason: w.reason,
    ...w.expires === void 0 ? {} : { expires: w.expires },
    location: locate(doc.at(`/waivers/${i}`))
  }));
  return {
    version: 1,
    file,
    buckets,
    warnings: policyWarnings,
    ...raw.require ? { require: { trails: raw.require.trails ?? "covering", rules: { ...raw.require.rules ?? {} } } } : {},
    ...waivers.length ? { waivers } : {},
    ...everyBucket ? { everyBucket } : {}
  };
}
function resolveDirectoryEvents(events, pointer, doc, problems) {
  const apis = DIRECTORY_BUCKET_APIS;
  if (events === "all") return { spec: "all", names: apis.map((a) => a.name) };
  if (events === "read") return { spec: "read", names: apis.filter((a) => a.readOnly).map((a) => a.name) };
  if (events === "write") return { spec: "write", names: apis.filter((a) => !a.readOnly).map((a) => a.name) };
  let bad2 = false;
  events.forEach((name, index) => {
    if (DIRECTORY_BUCKET_API_BY_NAME.has(name)) return;
    bad2 = true;
    problems.push({
      pointer: `${pointer}/${index}`,
      position: doc.at(`${pointer}/${index}`),
      message: `"${name}" is not a data event of directory buckets (names ending --x-s3); they record ${apis.map((a) => a.name).join(", ")}`
    });
  });
  if (bad2) return void 0;
  return { spec: "list", names: apis.map((a) => a.name).filter((n) => events.includes(n)) };
}
function resolveEvents(events, pointer, doc, problems, warnings, directory = false) {
  if (directory) return resolveDirectoryEvents(events, pointer, doc, problems);
  if (events === "all") return { spec: "all", names: ALL_EVENTS };
  if (events === "read") return { spec: "read", names: READ_EVENTS };
  if (events === "write") return { spec: "write", names: WRITE_EVENTS };
  const wanted = /* @__PURE__ */ new Set();
  const ignored = [];
  let unknown2 = false;
  events.forEach((name, index) => {
    const item = `${pointer}/${index}`;
    const position = doc.at(item);
    const alias = S3_API_ALIASES.get(name);
    const notDataEvent = NOT_S3_DATA_EVENTS.get(name);
    if (S3_DATA_API_BY_NAME.has(name)) {
      wanted.add(name);
    } else if (alias !== void 0) {
      wanted.add(alias);
      warnings.push({
        pointer: item,
        position,
        message: `"${name}" is an older spelling: CloudTrail records this API as "${alias}", which is required instead`
      });
    } else if (notDataEvent !== void 0) {
      ignored.push(name);
      warnings.push({ pointer: item, position, message: `"${name}" is ignored: ${notDataEvent}` });
    } else {
      unknown2 = true;
      problems.push({ pointer: item, position, message: unknownApiMessage(name) });
    }
  });
  if (unknown2) return void 0;
  if (wanted.size === 0) {
    problems.push({
      pointer,
      position: doc.at(pointer),
      message: `no S3 data-event API is left once ${ignored.join(", ")} ${ignored.length === 1 ? "is" : "are"} dropped (see the warnings); list APIs that CloudTrail records, or use all, read or write`
    });
    return void 0;
  }
  return { spec: "list", names: ALL_EVENTS.filter((n) => wanted.has(n)) };
}
function unknownApiMessage(name) {
  if (name === "all" || name === "read" || name === "write") {
    return `"${name}" is not an API name; write "events: ${name}" (not in a list) to require every ${name === "all" ? "" : `${name} `}API`;
  }
  const candidates = new Map(ALL_EVENTS.map((n) => [n, n]));
  for (const [old, canonical] of S3_API_ALIASES) candidates.set(old, canonical);
  const guess = closest(name, [...candidates.keys()]);
  const hint = guess === void 0 ? "; expected a CloudTrail eventName of an S3 data event, such as GetObject or PutObject" : `; did you mean "${candidates.get(guess) ?? guess}"?`;
  return `unknown S3 data-event API "${name}"${hint}`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  const at = (i, j) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}
function normalisePrefixes(prefixes) {
  if (prefixes.length === 1) return [prefixes[0]];
  const out = [];
  for (const p of [...new Set(prefixes)].sort()) {
    if (!out.some((q2) => p.startsWith(q2))) out.push(p);
  }
  return out;
}

// src/outputs/terraform-lines.ts
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
function selectorLine(at, o = {}) {
  const field2 = o.field ?? "resources.ARN";
  const all = at.selectors ?? [];
  const named = o.name === void 0 ? void 0 : all.filter((x) => x.name === o.name);
  const pool = named?.length ? named : all;
  for (const sel of pool) {
    const f = sel.fields.find((x) => x.field === field2);
    if (f) return f.line;
  }
  const dataSelector = pool.find((x) => x.kind === "event_selector");
  return (pool.length === 1 ? pool[0]?.line : dataSelector?.line) ?? pool[0]?.line ?? at.line;
}
var SELECTOR = /^\s*(?:(advanced_event_selector|event_selector)|dynamic\s+"(advanced_event_selector|event_selector)")\s*\{/;
var FIELD_SELECTOR = /^\s*(?:field_selector|dynamic\s+"field_selector")\s*\{/;
var NAME = /^\s*name\s*=\s*"([^"$]*)"/;
var FIELD = /^\s*field\s*=\s*"([^"$]*)"/;
function braceDelta(text2) {
  const code2 = text2.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, "");
  let d = 0;
  for (const ch of code2) d += ch === "{" ? 1 : ch === "}" ? -1 : 0;
  return d;
}
var BLOCK = /^\s*(resource|data)\s+"([^"]+)"\s+"([^"]+)"\s*\{/;
var MODULE = /^\s*module\s+"([^"]+)"\s*\{/;
var LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/;
function normalize(address) {
  return address.replace(/\[[^\]]*\]/g, "");
}
function indexTerraformDir(dir, prefix = "", depth = 0) {
  const out = /* @__PURE__ */ new Map();
  if (depth > 16) return out;
  let files;
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".tf")).sort();
  } catch {
    return out;
  }
  for (const f of files) {
    const file = join(dir, f);
    let lines;
    try {
      lines = readFileSync(file, "utf8").split(/\r?\n/);
    } catch {
      continue;
    }
    let module;
    let open;
    const close = () => {
      if (open?.selectors.length) {
        const at = out.get(open.key);
        if (at && at.file === file && !at.selectors)
          out.set(open.key, {
            ...at,
            selectors: open.selectors.map(({ depth: _d, ...x }) => x)
          });
      }
      open = void 0;
    };
    for (let i = 0; i < lines.length; i++) {
      const text2 = lines[i] ?? "";
      if (open && /^(?:resource|data|module|variable|output|locals|provider|terraform)\b/.test(text2)) close();
      if (open && /^\}/.test(text2)) {
        close();
        continue;
      }
      if (open) {
        const sel = SELECTOR.exec(text2);
        const current = open.selectors.at(-1);
        if (sel && open.depth === 1) {
          open.selectors.push({
            kind: sel[1] ?? sel[2],
            line: i + 1,
            fields: [],
            depth: 1
          });
        } else if (current && open.depth === 2 && FIELD_SELECTOR.test(text2)) {
          current.fields.push({ line: i + 1 });
        } else if (current && open.depth === 2 && NAME.test(text2)) {
          current.name = NAME.exec(text2)?.[1] ?? "";
        } else if (current && open.depth === 3 && FIELD.test(text2)) {
          const f2 = current.fields.at(-1);
          if (f2) f2.field = FIELD.exec(text2)?.[1] ?? "";
        }
        open.depth += braceDelta(text2);
        if (open.depth <= 0) close();
        continue;
      }
      const block = BLOCK.exec(text2);
      if (block) {
        const [, kind, type, name] = block;
        const key = `${prefix}${kind === "data" ? "data." : ""}${type}.${name}`;
        if (!out.has(key)) out.set(key, { file, line: i + 1 });
        module = void 0;
        open = { key, depth: braceDelta(text2), selectors: [] };
        if (open.depth <= 0) close();
        continue;
      }
      const call = MODULE.exec(text2);
      if (call) {
        module = call[1];
        continue;
      }
      const source = module ? LOCAL_SOURCE.exec(text2) : null;
      if (module && source) {
        const child = indexTerraformDir(join(dir, source[1] ?? "."), `${prefix}module.${module}.`, depth + 1);
        for (const [k, v] of child) if (!out.has(k)) out.set(k, v);
        module = void 0;
      } else if (/^\}/.test(text2)) module = void 0;
    }
  }
  return out;
}
function terraformLocator(dir) {
  const index = indexTerraformDir(dir);
  return (address) => index.get(normalize(address));
}

// src/sources/source.ts
var OptionError = class extends Error {
  constructor(option, message) {
    super(message);
    this.option = option;
    this.name = "OptionError";
  }
  option;
};

// src/sources/aws/source.ts
var awsSource = {
  kind: "aws",
  options: [
    {
      setting: "sources[aws]",
      cli: "live",
      input: "mode",
      default: "",
      actionDefault: { value: "auto", why: "the Action picks plan or live mode from plan-file" },
      description: "read the live AWS account; with plans, the plans' resources are laid over it"
    },
    {
      setting: "sources[aws].region",
      cli: "region",
      value: "REGION",
      input: "aws-region",
      default: "",
      description: "Region for AWS calls (else AWS_REGION, then AWS_DEFAULT_REGION); with --organization too"
    }
  ],
  specs(v, flag) {
    const region = typeof v["region"] === "string" && v["region"] ? v["region"] : void 0;
    if (v["organization"] === true) return [];
    if (v["live"] !== true) {
      if (region)
        throw new OptionError(
          "region",
          `${flag("region")} is used only with ${flag("live")} or ${flag("organization")}`
        );
      return [];
    }
    return [{ kind: "aws", ...region ? { region } : {} }];
  },
  async collect(spec, ctx) {
    const { collectLiveFacts } = await import("./chunk-3H7CEL33.js");
    const knownRegions = /* @__PURE__ */ new Map();
    for (const c of ctx.earlier)
      for (const b of c.after.buckets.values()) if (b.region.known) knownRegions.set(b.name, b.region.value);
    const { organizationIdReader } = await import("./chunk-Z4WIP32H.js");
    const progress = ctx.progress;
    const organizationId = organizationIdReader(spec.region);
    let live;
    try {
      live = await collectLiveFacts(
        ctx.policy,
        {
          ...spec.region ? { region: spec.region } : {},
          ...knownRegions.size > 0 ? { knownRegions } : {}
        },
        {
          ...progress ? { onProgress: (p) => progress(progressLine(p)) } : {},
          onOrganizationRecorder: () => organizationId.prefetch()
        }
      );
    } catch (e) {
      organizationId.dispose();
      throw e;
    }
    const after = await organizationId.apply(live);
    return { spec, after };
  }
};
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function progressLine(p) {
  const calls = plural(p.calls, "AWS call");
  if (p.phase === "bucket-regions") return `live: Regions of ${plural(p.items, "bucket")} read (${calls})`;
  if (p.phase === "region-listing")
    return `live: ${p.region ?? "?"}: ${plural(p.items, "trail or event data store", "trails and event data stores")} listed (${calls})`;
  return `live: selectors, status and log bucket policies of ${plural(p.items, "recorder")} read (${calls})`;
}

// src/sources/organization/source.ts
import { readFileSync as readFileSync2 } from "node:fs";
var DEFAULT_ROLE_NAME = "S3TrailGuardReadOnly";
var DEFAULT_CONCURRENCY = 8;
var ACCOUNT_ID = /^\d{12}$/;
var ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
var text = (v) => typeof v === "string" && v ? v : void 0;
function accountList(raw, option, flag) {
  const ids = raw.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
  const badId = ids.find((id) => !ACCOUNT_ID.test(id));
  if (badId !== void 0)
    throw new OptionError(
      option,
      `${flag(option)} takes 12-digit AWS account IDs separated by commas, not ${JSON.stringify(badId.slice(0, 40))}`
    );
  return ids;
}
function readAccountsFile(file) {
  let content;
  try {
    content = readFileSync2(file, "utf8");
  } catch (e) {
    throw new InputError(`${file}: cannot read the accounts file (${errorMessage(e)})`, file);
  }
  const ids = [];
  content.split("\n").forEach((line, i) => {
    for (const part of (line.split("#")[0] ?? "").split(",")) {
      const id = part.trim();
      if (!id) continue;
      if (!ACCOUNT_ID.test(id))
        throw new InputError(
          `${file}:${i + 1}: expected a 12-digit AWS account ID, not ${JSON.stringify(id.slice(0, 40))}`,
          file
        );
      ids.push(id);
    }
  });
  if (!ids.length) throw new InputError(`${file}: the accounts file names no account`, file);
  return ids;
}
var organizationSource = {
  kind: "organization",
  options: [
    {
      setting: "sources[organization]",
      cli: "organization",
      input: "organization",
      default: "",
      description: "read every ACTIVE account of the AWS Organization (the caller's credentials: management account or delegated administrator), assuming --role-name in each"
    },
    {
      setting: "sources[organization].roleName",
      cli: "role-name",
      value: "NAME",
      input: "role-name",
      default: DEFAULT_ROLE_NAME,
      description: 'with --organization: the role assumed in each member account (README "Organization mode")'
    },
    {
      setting: "sources[organization].accounts",
      cli: "accounts",
      value: "ID,ID",
      input: "accounts",
      default: "",
      description: "with --organization: scan these accounts instead of organizations:ListAccounts"
    },
    {
      setting: "sources[organization].accountsFile",
      cli: "accounts-file",
      value: "FILE",
      input: "accounts-file",
      default: "",
      path: "file",
      description: "with --organization: the accounts to scan, one ID per line (# comments)"
    },
    {
      setting: "sources[organization].exclude",
      cli: "exclude-accounts",
      value: "ID,ID",
      input: "exclude-accounts",
      default: "",
      description: "with --organization: accounts not to scan"
    },
    {
      setting: "sources[organization].shard",
      cli: "shard",
      value: "I/N",
      input: "shard",
      default: "",
      description: "with --organization: scan share I of N (account IDs sorted, every N-th from the I-th); `merge` joins the shards' JSON reports"
    },
    {
      setting: "sources[organization].concurrency",
      cli: "concurrency",
      value: "K",
      input: "concurrency",
      default: String(DEFAULT_CONCURRENCY),
      description: "with --organization: accounts read at the same time"
    }
  ],
  specs(v, flag) {
    const others = ["role-name", "accounts", "accounts-file", "exclude-accounts", "shard", "concurrency"];
    if (v["organization"] !== true) {
      const given = others.find(
        (o) => o === "role-name" || o === "concurrency" ? text(v[o]) !== void 0 && text(v[o]) !== (o === "role-name" ? DEFAULT_ROLE_NAME : String(DEFAULT_CONCURRENCY)) : text(v[o]) !== void 0
      );
      if (given) throw new OptionError(given, `${flag(given)} is used only with ${flag("organization")}`);
      return [];
    }
    const roleName = text(v["role-name"]) ?? DEFAULT_ROLE_NAME;
    if (!ROLE_NAME.test(roleName))
      throw new OptionError(
        "role-name",
        `${flag("role-name")} must be an IAM role name (optionally with a path)`
      );
    const accountsRaw = text(v["accounts"]);
    const accountsFile = text(v["accounts-file"]);
    if (accountsRaw && accountsFile)
      throw new OptionError("accounts", `give ${flag("accounts")} or ${flag("accounts-file")}, not both`);
    const accounts = accountsRaw ? accountList(accountsRaw, "accounts", flag) : void 0;
    const exclude = text(v["exclude-accounts"]) ? accountList(text(v["exclude-accounts"]), "exclude-accounts", flag) : [];
    let shard;
    const shardRaw = text(v["shard"]);
    if (shardRaw) {
      const m = /^(\d{1,6})\/(\d{1,6})$/.exec(shardRaw);
      const index = m ? Number(m[1]) : NaN;
      const count = m ? Number(m[2]) : NaN;
      if (!m || index < 1 || count < 1 || index > count)
        throw new OptionError(
          "shard",
          `${flag("shard")} must be I/N with 1 <= I <= N (e.g. 2/8), not ${JSON.stringify(shardRaw.slice(0, 20))}`
        );
      shard = { index, count };
    }
    const concRaw = text(v["concurrency"]) ?? String(DEFAULT_CONCURRENCY);
    const concurrency = /^\d{1,4}$/.test(concRaw) ? Number(concRaw) : NaN;
    if (!(concurrency >= 1 && concurrency <= 1e3))
      throw new OptionError("concurrency", `${flag("concurrency")} must be a whole number from 1 to 1000`);
    const region = text(v["region"]);
    return [
      {
        kind: "organization",
        roleName,
        ...accounts ? { accounts } : {},
        ...accountsFile ? { accountsFile } : {},
        exclude,
        ...shard ? { shard } : {},
        concurrency,
        ...region ? { region } : {}
      }
    ];
  },
  async collect(spec, ctx) {
    const { collectOrganizationFacts } = await import("./chunk-7ZEWV7BQ.js");
    const accounts = spec.accountsFile ? readAccountsFile(spec.accountsFile) : spec.accounts;
    const progress = ctx.progress;
    const after = await collectOrganizationFacts(
      ctx.policy,
      {
        roleName: spec.roleName,
        ...accounts ? { accounts } : {},
        exclude: spec.exclude,
        ...spec.shard ? { shard: spec.shard } : {},
        concurrency: spec.concurrency,
        ...spec.region ? { region: spec.region } : {}
      },
      progress ? { onProgress: progressLines(progress) } : {}
    );
    return { spec, after };
  }
};
var plural2 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function organizationProgressLine(p) {
  return `organization: ${p.done}/${plural2(p.total, "account")} read (${plural2(p.calls, "AWS call")}, ${plural2(p.failures, "account")} not read)`;
}
function progressLines(line) {
  let failures = 0;
  return (p) => {
    const step = Math.max(1, Math.ceil(p.total / 50));
    if (p.done === 0 || p.done === p.total || p.done % step === 0 || p.failures !== failures)
      line(organizationProgressLine(p));
    failures = p.failures;
  };
}

// src/sources/terraform-plan/source.ts
var list = (v) => Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : [];
var terraformPlanSource = {
  kind: "terraform-plan",
  options: [
    {
      setting: "sources[terraform-plan].file",
      cli: "plan",
      value: "FILE",
      input: "plan-file",
      default: "",
      repeatable: true,
      path: "glob",
      description: "`terraform show -json PLANFILE` output; give it once per plan (a stack each): the facts are their union"
    },
    {
      setting: "sources[terraform-plan].terraformDir",
      cli: "terraform-dir",
      value: "DIR",
      input: "terraform-dir",
      default: "",
      repeatable: true,
      path: "dir",
      description: "the root module's source, to evaluate values a plan knows only after apply; with several plans, one per plan in the same order"
    }
  ],
  specs(v, flag) {
    const plans = list(v["plan"]);
    const dirs = list(v["terraform-dir"]);
    if (dirs.length && !plans.length)
      throw new OptionError("terraform-dir", `${flag("terraform-dir")} is used only with ${flag("plan")}`);
    if (dirs.length && dirs.length !== plans.length)
      throw new OptionError(
        "terraform-dir",
        `${flag("terraform-dir")} is given ${dirs.length} time(s) for ${plans.length} plan(s): give one per ${flag("plan")}, in the same order`
      );
    return plans.map((file, i) => ({
      kind: "terraform-plan",
      file,
      ...dirs[i] ? { terraformDir: dirs[i] } : {}
    }));
  },
  async collect(spec) {
    if (spec.terraformDir) void import("./chunk-DRS62ZVA.js").then((m) => m.prepareHcl2json());
    const { readPlanFile } = await import("./chunk-TH2U4G6L.js");
    const { adaptPlan } = await import("./chunk-S3AUX5AA.js");
    const plan = readPlanFile(spec.file);
    let config;
    if (spec.terraformDir) {
      const { loadTerraformDir } = await import("./chunk-IPLENTDS.js");
      config = await loadTerraformDir(spec.terraformDir);
    }
    const { planMayChangeCoverage } = await import("./chunk-PVK72QPF.js");
    const after = adaptPlan(plan, { file: spec.file, ...config ? { config } : {} });
    if (!planMayChangeCoverage(plan)) return { spec, after };
    const before = adaptPlan(plan, { file: spec.file, side: "before" });
    return { spec, after, before };
  }
};

// src/sources/index.ts
var SOURCES = [
  terraformPlanSource,
  awsSource,
  organizationSource
];
function sourceOptions() {
  return SOURCES.flatMap((s) => s.options);
}
function specsFrom(values, flag) {
  return SOURCES.flatMap((s) => [...s.specs(values, flag)]);
}
function sourceOf(kind, sources) {
  const s = sources.find((x) => x.kind === kind);
  if (!s) throw new Error(`no source of kind ${kind}`);
  return s;
}
async function collectAll(specs, ctx, sources = SOURCES) {
  const rank = (s) => sources.findIndex((x) => x.kind === s.kind);
  const ordered = [...specs].sort((a, b) => rank(a) - rank(b));
  const out = [];
  for (const spec of ordered)
    out.push(await sourceOf(spec.kind, sources).collect(spec, { ...ctx, earlier: out }));
  return out;
}

// src/app/settings.ts
var FAIL_ON = ["error", "warning", "never"];
var DEFAULTS = { failOn: "error", failOnUnknown: true, format: "text" };
var SETTING_OPTIONS = [
  {
    setting: "policy",
    cli: "policy",
    value: "FILE",
    input: "policy",
    default: "",
    description: "the policy file (YAML, see policies/schema.json); required"
  },
  ...sourceOptions(),
  {
    setting: "failOn",
    cli: "fail-on",
    value: "LEVEL",
    input: "fail-on",
    default: DEFAULTS.failOn,
    description: "error | warning | never: the lowest finding severity that fails the run"
  },
  {
    setting: "failOnUnknown",
    cli: "fail-on-unknown",
    value: "BOOL",
    input: "fail-on-unknown",
    default: String(DEFAULTS.failOnUnknown),
    description: "true | false: whether what could not be decided (unknown) fails like proven drift"
  }
];

// src/app/verdict.ts
var RANK = { error: 3, warning: 2, note: 1 };
function counts(f, failOn, failOnUnknown) {
  if (f.waived) return false;
  if (!failOnUnknown && f.status === "unknown") return false;
  const threshold = failOn === "warning" ? "warning" : "error";
  return RANK[f.severity] >= RANK[threshold];
}
var plural3 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function decideVerdict(report, failOn, failOnUnknown) {
  const failing = report.findings.filter((f) => counts(f, failOn, failOnUnknown));
  const named = new Set(failing.filter((f) => f.ruleId === "data-event-coverage").map((f) => f.bucket));
  const failingBuckets = report.buckets.filter((b) => b.status !== "covered" && named.has(b.name)).map((b) => b.name);
  const ignoredUnknown = failOnUnknown ? 0 : report.buckets.filter((b) => b.status === "unknown").length + report.findings.filter((f) => f.status === "unknown" && f.ruleId !== "data-event-coverage").length;
  const drift = failing.length > 0;
  let headline;
  if (failingBuckets.length) headline = "CloudTrail coverage drift";
  else if (drift) {
    const errors = failing.filter((f) => f.severity === "error").length;
    headline = errors ? `${plural3(errors, "finding")} of severity error` : `${plural3(failing.length, "warning")} ${failing.length === 1 ? "fails" : "fail"} the check (fail-on: warning)`;
  } else if (report.buckets.every((b) => b.status === "covered"))
    headline = "all sensitive buckets are recorded";
  else if (ignoredUnknown)
    headline = `no proven drift (${plural3(ignoredUnknown, "undecided result")} ignored: fail-on-unknown is false)`;
  else headline = "no drift that fails the check (the rest is waived or lowered by the policy)";
  if (drift && failOn === "never") headline += " (fail-on: never, not failing)";
  return {
    result: drift ? "drift" : "pass",
    exitCode: drift && failOn !== "never" ? 1 : 0,
    failOn,
    failOnUnknown,
    failingBuckets,
    failingFindings: failing.length,
    ignoredUnknown,
    headline
  };
}
function failureMessage(v, buckets) {
  const status = new Map(buckets.map((b) => [b.name, b.status]));
  const parts = [];
  if (v.failingBuckets.length) {
    const names = v.failingBuckets.slice(0, 5).map((n) => `${n} (${status.get(n)})`);
    const more = v.failingBuckets.length > 5 ? ` and ${v.failingBuckets.length - 5} more` : "";
    parts.push(
      `${v.failingBuckets.length} bucket(s) not proven recorded by CloudTrail: ${names.join(", ")}${more}`
    );
  }
  const other = v.failingFindings - v.failingBuckets.length;
  if (other > 0) parts.push(`${other} ${v.failingBuckets.length ? "other " : ""}finding(s)`);
  return `s3-trail-guard: ${v.headline}: ${parts.join("; ")}. See the job summary for details.`;
}

// src/engine/event.ts
var EVENT_TYPES = ["AwsApiCall", "AwsServiceEvent"];
var DATA_EVENT_FIELDS = /* @__PURE__ */ new Map([
  ["eventCategory", ["Equals"]],
  ["resources.type", ["Equals"]],
  ["readOnly", ["Equals"]],
  ["sessionCredentialFromConsole", ["Equals", "NotEquals"]],
  ["eventName", "any"],
  ["eventSource", "any"],
  ["eventType", "any"],
  ["resources.ARN", "any"],
  ["userIdentity.arn", "any"]
]);
function fieldValue(event, field2) {
  switch (field2) {
    case "eventCategory":
      return event.eventCategory;
    case "resources.type":
      return event.resourcesType;
    case "eventSource":
      return event.eventSource;
    case "eventName":
      return event.eventName;
    case "readOnly":
      return event.readOnly ? "true" : "false";
    case "resources.ARN":
      return event.arn;
    case "userIdentity.arn":
      return event.userArn;
    case "eventType":
      return event.eventType;
    case "sessionCredentialFromConsole":
      return event.sessionCredentialFromConsole;
    default:
      return void 0;
  }
}

// src/engine/tri.ts
function or(a, b) {
  if (a === true || b === true) return true;
  if (a === void 0 || b === void 0) return void 0;
  return false;
}
function and(a, b) {
  if (a === false || b === false) return false;
  if (a === void 0 || b === void 0) return void 0;
  return true;
}
function not(a) {
  return a === void 0 ? void 0 : !a;
}

// src/engine/match.ts
var SELECT_OPS = ["Equals", "StartsWith", "EndsWith"];
var DESELECT_OPS = ["NotEquals", "NotStartsWith", "NotEndsWith"];
var compiled = /* @__PURE__ */ new WeakMap();
function compile(list4) {
  let c = compiled.get(list4);
  if (c) return c;
  if (!list4.known) c = { values: /* @__PURE__ */ new Set(), lengths: [], hasUnknown: true, wholeUnknown: true };
  else {
    const values = /* @__PURE__ */ new Set();
    let hasUnknown = false;
    for (const s of list4.value) {
      if (s.known) values.add(s.value);
      else hasUnknown = true;
    }
    const lengths = [...new Set([...values].map((v) => v.length))].sort((a, b) => a - b);
    c = { values, lengths, hasUnknown, wholeUnknown: false };
  }
  compiled.set(list4, c);
  return c;
}
function anyMatches(op, list4, value2) {
  const c = compile(list4);
  if (c.wholeUnknown) return void 0;
  let hit = false;
  if (op === "Equals" || op === "NotEquals") hit = c.values.has(value2);
  else {
    const starts = op === "StartsWith" || op === "NotStartsWith";
    for (const n of c.lengths) {
      if (n > value2.length) break;
      if (c.values.has(starts ? value2.slice(0, n) : value2.slice(value2.length - n))) {
        hit = true;
        break;
      }
    }
  }
  if (hit) return true;
  return c.hasUnknown ? void 0 : false;
}
function matchField(fs, value2) {
  if (value2 === void 0) return false;
  let anySelect = false;
  let selected = false;
  for (const op of SELECT_OPS) {
    const list4 = fs.operators[op];
    if (!list4) continue;
    anySelect = true;
    selected = or(selected, anyMatches(op, list4, value2));
  }
  let result = anySelect ? selected : true;
  for (const op of DESELECT_OPS) {
    const list4 = fs.operators[op];
    if (!list4) continue;
    result = and(result, not(anyMatches(op, list4, value2)));
    if (result === false) return false;
  }
  return result;
}
function matchFieldOf(fs, ev) {
  if (!fs.field.known) return void 0;
  const field2 = fs.field.value;
  if (field2 === "resources.ARN" && ev.arnUnknown !== void 0) return void 0;
  if (field2 === "userIdentity.arn" && ev.userSymbol) return matchSymbol(fs, ev.userSymbol);
  if (field2 === "sessionCredentialFromConsole" && ev.sessionCredentialFromConsole !== "true") {
    const asFalse = matchField(fs, "false");
    return asFalse === matchField(fs, "") ? asFalse : void 0;
  }
  return matchField(fs, fieldValue(ev, field2));
}
function matchSymbol(fs, sym) {
  const hits = (op) => {
    const list4 = fs.operators[op];
    if (!list4?.known) return void 0;
    return list4.value.includes(sym) ? true : void 0;
  };
  let anySelect = false;
  let selected = false;
  for (const op of SELECT_OPS) {
    if (!fs.operators[op]) continue;
    anySelect = true;
    selected = or(selected, hits(op));
  }
  let result = anySelect ? selected : true;
  for (const op of DESELECT_OPS) {
    if (!fs.operators[op]) continue;
    result = and(result, not(hits(op)));
    if (result === false) return false;
  }
  return result;
}
function matchAdvanced(sel, ev) {
  if (!sel.fieldSelectors.known) return void 0;
  let result = true;
  for (const fs of sel.fieldSelectors.value) {
    const r = matchFieldOf(fs, ev);
    result = and(result, r);
    if (result === false) return false;
  }
  return result;
}
function matchBasic(sel, ev) {
  if (ev.resourcesType !== "AWS::S3::Object") return false;
  let rw;
  if (!sel.readWriteType.known) rw = void 0;
  else if (sel.readWriteType.value === "All") rw = true;
  else rw = sel.readWriteType.value === "ReadOnly" ? ev.readOnly : !ev.readOnly;
  if (rw === false) return false;
  if (!sel.dataResources.known) return and(rw, void 0);
  let any = false;
  for (const dr of sel.dataResources.value) {
    const typeOk = dr.type.known ? dr.type.value === "AWS::S3::Object" : void 0;
    if (typeOk === false) continue;
    any = or(any, and(typeOk, anyMatches("StartsWith", dr.values, ev.arn)));
    if (any === true) break;
  }
  return and(rw, any);
}

// src/engine/explain.ts
function formatValues(values) {
  if (!values) return "[]";
  if (!values.known) return "(known only after apply)";
  const shown = values.value.slice(0, MAX_LISTED_VALUES).map((s) => s.known ? s.sensitive ? "(sensitive value)" : quote(s.value) : "(known after apply)");
  const more = values.value.length - shown.length;
  return "[" + shown.join(", ") + (more > 0 ? `, \u2026 and ${more} more` : "") + "]";
}
function describeField(fs) {
  const field2 = fs.field.known ? fs.field.value : "(unknown field)";
  const parts = Object.entries(fs.operators).map(([op, l]) => `${op} ${formatValues(l)}`);
  return `${field2} ${parts.join(" and ")}${starNote(fs)}`;
}
function starNote(fs) {
  const star = Object.values(fs.operators).some(
    (l) => l?.known && l.value.some((s) => s.known && !s.sensitive && s.value.includes("*"))
  );
  return star ? ' ("*" is matched literally: advanced selectors have no wildcards)' : "";
}
function selectorLabel(sel, i) {
  return sel.name ? `selector ${quote(sel.name)}` : `advanced selector #${i + 1}`;
}
function whyFieldRejects(fs, ev, bucketArn2) {
  const field2 = fs.field.known ? fs.field.value : "";
  const eq = fs.operators.Equals;
  if (field2 === "eventCategory") return `records ${formatValues(eq)} events, not data events`;
  if (field2 === "resources.type") return `resources.type is ${formatValues(eq)}, not ${ev.resourcesType}`;
  if (field2 === "readOnly")
    return `records only ${eq?.known && eq.value.some((s) => s.known && s.value === "true") ? "read (readOnly = true)" : "write (readOnly = false)"} events; fix: drop the readOnly field, or add a second selector for readOnly = ${ev.readOnly ? "true" : "false"}`;
  if (field2 === "eventName")
    return `eventName ${describeField(fs).slice("eventName ".length)} leaves out ${ev.eventName}; fix: add ${ev.eventName} or drop the eventName field`;
  if (field2 === "resources.ARN") {
    const trap = eq?.known && eq.value.some((s) => s.known && (s.value === bucketArn2 || s.value === bucketArn2 + "/"));
    if (trap && ev.arn !== bucketArn2 + "/")
      return `resources.ARN uses Equals ${formatValues(eq)}, which matches only that exact ARN and never an object ARN (arn:\u2026:s3:::bucket/key) \u2014 use StartsWith with "${bucketArn2}/" (the equals vs starts_with trap)`;
    const neq = fs.operators.NotEquals;
    if (neq?.known && neq.value.some((s) => s.known && s.value === bucketArn2 + "/") && ev.arn !== bucketArn2 + "/")
      return `note: NotEquals ${formatValues(neq)} does not exclude the bucket's objects; ${describeField(fs)} rejects ${shorten(ev.arn)}`;
    return `${describeField(fs)} does not match ${shorten(ev.arn)}`;
  }
  return `${describeField(fs)} does not match ${quote(String(fieldValue(ev, field2) ?? ""))}`;
}
function explainAdvanced(sel, i, ev, bucketArn2) {
  const label = selectorLabel(sel, i);
  if (!sel.fieldSelectors.known) return `${label}: field selectors known only after apply`;
  const arnUndecided = (fs) => fs.field.known && fs.field.value === "resources.ARN" && ev.arnUnknown !== void 0;
  for (const fs of sel.fieldSelectors.value) {
    if (!fs.field.known || arnUndecided(fs)) continue;
    const r = matchFieldOf(fs, ev);
    if (r === false) return `${label}: ${whyFieldRejects(fs, ev, bucketArn2)}`;
  }
  for (const fs of sel.fieldSelectors.value) {
    if (!fs.field.known) return `${label}: a field name is known only after apply`;
    if (arnUndecided(fs)) return `${label}: resources.ARN cannot be evaluated: ${ev.arnUnknown}`;
    const r = matchFieldOf(fs, ev);
    if (r === void 0 && fs.field.value === "sessionCredentialFromConsole" && ev.sessionCredentialFromConsole !== "true")
      return `${label}: ${describeField(fs)} \u2014 records of calls made outside the console have no sessionCredentialFromConsole field (it is written only when true), and whether such a condition matches a record without it is not documented; fix: drop the field, or select console sessions with Equals ["true"] in a selector of its own`;
    if (r === void 0)
      return `${label}: ${unknownDetail(fs) ?? describeField(fs) + " is known only after apply"}`;
  }
  return `${label}: matches`;
}
function addSelector(bucketArn2, ev) {
  return `an advanced selector with eventCategory = Data, resources.type = ${ev?.resourcesType ?? "AWS::S3::Object"} and resources.ARN StartsWith "${bucketArn2}/"`;
}
function bucketArnOf(arn) {
  const i = arn.indexOf("/");
  return i < 0 ? arn : arn.slice(0, i);
}
function unknownDetail(fs) {
  for (const [op, l] of Object.entries(fs.operators)) {
    if (!l) continue;
    const field2 = fs.field.known ? fs.field.value : "?";
    if (!l.known) return `${field2} ${op} is known only after apply (${l.detail})`;
    const u = l.value.find((s) => !s.known);
    if (u && !u.known) return `${field2} ${op} has a value known only after apply (${u.detail})`;
  }
  return void 0;
}
function explainBasic(sel, i, ev) {
  const label = `event_selector #${i + 1}`;
  if (ev.resourcesType !== "AWS::S3::Object")
    return `${label}: basic event selectors record general purpose buckets only; ${ev.resourcesType} (a directory bucket) needs an advanced selector`;
  if (!sel.readWriteType.known) return `${label}: read_write_type known only after apply`;
  const rw = sel.readWriteType.value;
  if (rw === "ReadOnly" && !ev.readOnly || rw === "WriteOnly" && ev.readOnly)
    return `${label}: read_write_type = ${rw} leaves out ${ev.readOnly ? "read" : "write"} events; fix: read_write_type = "All"`;
  if (!sel.dataResources.known) return `${label}: data resources known only after apply`;
  const s3 = sel.dataResources.value.filter((d) => d.type.known && d.type.value === "AWS::S3::Object");
  if (s3.length === 0) return `${label}: no AWS::S3::Object data resource (management events only)`;
  for (const d of s3) {
    if (!d.values.known)
      return `${label}: S3 data resource values known only after apply (${d.values.detail})`;
    const u = d.values.value.find((s) => !s.known);
    if (u && !u.known) return `${label}: an S3 data resource value is known only after apply (${u.detail})`;
  }
  const values = s3.flatMap((d) => d.values.known ? d.values.value : []);
  return `${label}: no value in ${formatValues({ known: true, value: values })} is a prefix of ${shorten(ev.arn)}; fix: add "${bucketArnOf(ev.arn)}/" to the data_resource values`;
}
function explainSelectors(rec, ev, bucketArn2) {
  if (!rec.selectors.known)
    return rec.selectors.reason === "after-apply" ? `selectors known only after apply (${rec.selectors.detail})` : `selectors could not be read (${rec.selectors.detail})`;
  const set = rec.selectors.value;
  switch (set.kind) {
    case "none":
      return rec.kind === "trail" ? `no data-event selectors (a trail without selectors records management events only); fix: ${addSelector(bucketArn2, ev)}` : `no data-event selectors (the default selector records management events only); fix: ${addSelector(bucketArn2, ev)}`;
    case "conflict":
      return "basic and advanced selectors together are rejected by the API";
    case "basic":
      return set.selectors.map((s, i) => explainBasic(s, i, ev)).join("; ");
    case "advanced": {
      const data = set.selectors.map((s, i) => ({ s, i })).filter(({ s }) => isDataSelectorOrUnknown(s));
      if (data.length === 0)
        return `no advanced selector with eventCategory = Data (management events only); fix: ${addSelector(bucketArn2, ev)}`;
      return data.map(({ s, i }) => explainAdvanced(s, i, ev, bucketArn2)).join("; ");
    }
  }
}
function isDataSelectorOrUnknown(sel) {
  if (!sel.fieldSelectors.known) return true;
  const cat = sel.fieldSelectors.value.find((fs) => !fs.field.known || fs.field.value === "eventCategory");
  if (!cat) return true;
  if (!cat.field.known) return true;
  const eq = cat.operators.Equals;
  if (!eq || !eq.known) return true;
  return eq.value.some((s) => !s.known || s.value === "Data");
}

// src/engine/types.ts
var SERVER_ACCESS_LOGS_QUALIFIER = "by server access logs (best effort)";
var SERVER_ACCESS_LOGS_LIMITS = "best effort: delivered with a delay of hours, no guarantee that every request is logged, no userIdentity or session detail, no eventName (https://docs.aws.amazon.com/AmazonS3/latest/userguide/logging-with-S3.html)";

// src/engine/validate.ts
var MAX_BASIC_SELECTORS = 5;
var MAX_BASIC_VALUES = 250;
var MAX_ADVANCED_VALUES = 500;
var MAX_EDS_SELECTORS = 5;
var ALL_RESOURCES = /^arn:[a-z-]+:(s3(:::)?|lambda|dynamodb)$/;
var BASIC_TYPES = /* @__PURE__ */ new Set(["AWS::S3::Object", "AWS::Lambda::Function", "AWS::DynamoDB::Table"]);
var FIELD_PATTERN = /^[\w|\d|.|_]{1,1000}$/;
var MAX_VALUE_LENGTH = 2048;
var MAX_NAME_LENGTH = 1e3;
function knownValues(list4) {
  return (list4 ?? []).flatMap((s) => s.known ? [s.value] : []);
}
function selectorProblems(rec) {
  if (!rec.selectors.known) return [];
  const set = rec.selectors.value;
  switch (set.kind) {
    case "none":
      return [];
    case "conflict":
      return [
        "basic (event_selector) and advanced (advanced_event_selector) selectors on one trail: the API takes one kind or the other"
      ];
    case "basic":
      return basicProblems(set.selectors);
    case "advanced":
      return advancedProblems(set.selectors, rec.kind);
  }
}
function basicProblems(selectors) {
  const problems = [];
  if (selectors.length > MAX_BASIC_SELECTORS)
    problems.push(`${selectors.length} event selectors: a trail takes at most ${MAX_BASIC_SELECTORS}`);
  let count = 0;
  selectors.forEach((sel, i) => {
    if (!sel.dataResources.known) return;
    for (const dr of sel.dataResources.value) {
      if (dr.type.known && !BASIC_TYPES.has(dr.type.value))
        problems.push(
          `event_selector[${i}] data_resource type "${dr.type.value}": basic selectors take only ${[...BASIC_TYPES].join(", ")} (use advanced selectors)`
        );
      if (dr.values.known) {
        for (const v of dr.values.value) if (!v.known || !ALL_RESOURCES.test(v.value)) count++;
      }
      if (!dr.type.known || dr.type.value !== "AWS::S3::Object" || !dr.values.known) continue;
      for (const v of knownValues(dr.values.value)) {
        if (v.includes("*")) {
          problems.push(
            `event_selector[${i}] value ${quote(v)}: wildcards are rejected (InvalidEventSelectorsException)`
          );
        } else if (/^arn:[a-z-]+:s3:::[^/]+$/.test(v)) {
          problems.push(
            `event_selector[${i}] value ${quote(v)}: a bucket ARN without the trailing "/" is rejected (InvalidEventSelectorsException); use ${quote(`${v}/`)}`
          );
        } else if (!v.startsWith("arn:") || !/^arn:[a-z-]+:s3(:::.*)?$/.test(v)) {
          problems.push(`event_selector[${i}] value ${quote(v)} is not an S3 ARN or ARN prefix`);
        }
      }
    }
  });
  if (count > MAX_BASIC_VALUES)
    problems.push(`${count} data resource values: a trail takes at most ${MAX_BASIC_VALUES}`);
  return problems;
}
function advancedProblems(selectors, kind) {
  const problems = [];
  if (kind === "event-data-store" && selectors.length > MAX_EDS_SELECTORS)
    problems.push(
      `${selectors.length} advanced selectors: an event data store takes at most ${MAX_EDS_SELECTORS}`
    );
  let values = 0;
  selectors.forEach((sel, i) => {
    const one = oneAdvanced(sel, i);
    values += one.values;
    for (const p of one.problems) problems.push(p);
  });
  if (values > MAX_ADVANCED_VALUES)
    problems.push(`${values} condition values: at most ${MAX_ADVANCED_VALUES} over all advanced selectors`);
  return problems;
}
var STATS = /* @__PURE__ */ new WeakMap();
function advancedSelectorStats(sel) {
  let s = STATS.get(sel);
  if (!s) {
    const one = oneAdvanced(sel, 0);
    s = { values: one.values, ok: one.problems.length === 0 };
    STATS.set(sel, s);
  }
  return s;
}
function oneAdvanced(sel, i) {
  const problems = [];
  let values = 0;
  {
    const label = `advanced selector ${sel.name ? quote(sel.name) : `#${i + 1}`}`;
    if (sel.name !== void 0 && sel.name.length > MAX_NAME_LENGTH)
      problems.push(`${label}: the name is longer than ${MAX_NAME_LENGTH} characters`);
    if (!sel.fieldSelectors.known) return { problems, values };
    const fss = sel.fieldSelectors.value;
    if (fss.length === 0) problems.push(`${label}: an advanced selector needs at least one field selector`);
    for (const fs of fss) {
      if (fs.field.known && !FIELD_PATTERN.test(fs.field.value))
        problems.push(`${label}: field "${fs.field.value.slice(0, 80)}" is not a valid field name`);
      for (const op of ADVANCED_OPERATORS) {
        const list4 = fs.operators[op];
        for (const v of knownValues(list4?.known ? list4.value : []))
          if (v.length > MAX_VALUE_LENGTH || v.length === 0)
            problems.push(
              `${label}: a ${fs.field.known ? fs.field.value : ""} ${op} value has ${v.length} characters (1\u2013${MAX_VALUE_LENGTH} allowed)`
            );
      }
    }
    const fields = fss.flatMap((fs) => fs.field.known ? [fs.field.value] : []);
    const allFieldsKnown = fields.length === fss.length;
    for (const fs of fss) {
      for (const op of ADVANCED_OPERATORS) {
        const list4 = fs.operators[op];
        if (list4?.known) values += list4.value.length;
      }
    }
    const category = fss.find((fs) => fs.field.known && fs.field.value === "eventCategory");
    if (!category) {
      if (allFieldsKnown) problems.push(`${label}: eventCategory is required`);
      return { problems, values };
    }
    for (const op of ADVANCED_OPERATORS)
      if (op !== "Equals" && category.operators[op])
        problems.push(`${label}: eventCategory accepts only Equals, not ${op}`);
    const categories = knownValues(category.operators.Equals?.known ? category.operators.Equals.value : []);
    if (!categories.includes("Data")) return { problems, values };
    const types = fss.filter((fs) => fs.field.known && fs.field.value === "resources.type");
    if (types.length === 0 && allFieldsKnown)
      problems.push(`${label}: resources.type is required for data events`);
    if (types.length > 1)
      problems.push(`${label}: only one resources.type field is allowed per selector (use another selector)`);
    for (const fs of fss) {
      if (!fs.field.known) continue;
      const field2 = fs.field.value;
      const allowed2 = DATA_EVENT_FIELDS.get(field2);
      if (allowed2 === void 0) {
        problems.push(`${label}: field ${quote(field2)} is not valid for data events`);
        continue;
      }
      for (const op of ADVANCED_OPERATORS) {
        const list4 = fs.operators[op];
        if (!list4) continue;
        if (allowed2 !== "any" && !allowed2.includes(op) && field2 !== "eventCategory")
          problems.push(`${label}: ${field2} accepts only ${allowed2.join("/")}, not ${op}`);
        if (list4.known && list4.value.length === 0) problems.push(`${label}: ${field2} ${op} has no values`);
        for (const v of knownValues(list4.known ? list4.value : [])) {
          if (field2 === "readOnly" && v !== "true" && v !== "false")
            problems.push(`${label}: readOnly must be "true" or "false", not ${quote(v)}`);
        }
      }
    }
  }
  return { problems, values };
}

// src/engine/witness.ts
var FILLERS = "xzqkjw0123456789-_.!~ABCDEFGHIJKLMNOPQRSTUVWXYZ";
function pickFiller(constants2) {
  const used = /* @__PURE__ */ new Set();
  for (const c of constants2) for (const ch of c) used.add(ch);
  return firstUnused((ch) => used.has(ch));
}
function firstUnused(used) {
  for (const ch of FILLERS) if (!used(ch)) return ch;
  for (let code2 = 9312; ; code2++) {
    const ch = String.fromCodePoint(code2);
    if (!used(ch)) return ch;
  }
}
var SHORT_SUFFIX = 64;
function witnessSuffixes(input) {
  const { base } = input;
  const remainders = /* @__PURE__ */ new Set([""]);
  const all = [];
  for (const c of input.prefixConstants) {
    all.push(c);
    if (c.startsWith(base)) remainders.add(c.slice(base.length));
  }
  const suffixes = /* @__PURE__ */ new Set([""]);
  for (const e of input.suffixConstants) {
    all.push(e);
    suffixes.add(e);
  }
  const f = input.filler ?? pickFiller(all);
  const out = /* @__PURE__ */ new Set();
  for (const r of remainders) {
    out.add(r);
    out.add(r + f);
    for (const e of suffixes) {
      out.add(r + f + e);
      out.add(r + e);
    }
  }
  for (const e of suffixes) {
    out.add(f + e);
    const reach = Math.min(e.length, base.length);
    for (let i = 1; i <= reach; i++) if (base.endsWith(e.slice(0, i))) out.add(e.slice(i));
    if (e.length <= SHORT_SUFFIX) for (let i = 0; i < e.length; i++) out.add(e.slice(i));
  }
  if (!input.allowEmpty) out.delete("");
  return [...out];
}

// src/engine/coverage.ts
var ANY_PRINCIPAL = "arn:aws:sts::000000000000:assumed-role/any-role/any-session";
function factText(f) {
  return f.known ? String(f.value) : `unknown (${f.detail})`;
}
function candidateFor(rec, bucket, problems, refused) {
  const why = [];
  let applies = true;
  const fail = (r, reason) => {
    applies = and(applies, r);
    if (r !== true) why.push(reason);
  };
  if (rec.change === "delete") fail(false, "deleted by this plan (it records nothing once applied)");
  if (refused !== void 0) fail(false, refused);
  if (problems.length > 0) fail(false, `the API would reject its selectors (${problems.join("; ")})`);
  if (!rec.logging.known) fail(void 0, `logging status unknown (${rec.logging.detail})`);
  else if (!rec.logging.value)
    fail(
      false,
      `${rec.loggingDetail ?? "logging is off"}; fix: ${rec.kind === "trail" ? "start logging (enable_logging = true / StartLogging)" : 'start ingestion (suspend = "false" / StartEventDataStoreIngestion)'}`
    );
  if (rec.partition.known && bucket.partition.known && rec.partition.value !== bucket.partition.value)
    fail(false, `in partition ${rec.partition.value}, the bucket is in ${bucket.partition.value}`);
  if (!rec.multiRegion.known) {
    fail(void 0, `multi-Region setting unknown (${rec.multiRegion.detail})`);
  } else if (!rec.multiRegion.value) {
    if (!rec.homeRegion.known || !bucket.region.known) {
      fail(
        void 0,
        `single-Region ${rec.kind === "trail" ? "trail" : "event data store"} in ${factText(rec.homeRegion)}; bucket Region ${factText(bucket.region)}`
      );
    } else if (rec.homeRegion.value !== bucket.region.value) {
      fail(
        false,
        `single-Region ${rec.kind === "trail" ? "trail" : "event data store"} in ${rec.homeRegion.value} does not see ${bucket.region.value}, the bucket's Region; fix: ${rec.kind === "trail" ? "is_multi_region_trail = true" : "multi_region_enabled = true"}, or a recorder in ${bucket.region.value}`
      );
    }
  }
  const org = rec.organization.known && rec.organization.value;
  if (rec.accountId.known && bucket.accountId.known && rec.accountId.value !== bucket.accountId.value) {
    if (!rec.organization.known) fail(void 0, `organization setting unknown (${rec.organization.detail})`);
    else if (!org)
      fail(
        false,
        `belongs to account ${rec.accountId.value} and the bucket to ${bucket.accountId.value}: it records only its own account's calls; fix: a trail in ${bucket.accountId.value} or an organization trail`
      );
  } else if (rec.accountId.known !== bucket.accountId.known && !org) {
    fail(
      void 0,
      `account of ${rec.accountId.known ? "the bucket" : "the recorder"} unknown (${rec.accountId.known ? bucket.accountId.detail : rec.accountId.detail}); it records only its own account's calls`
    );
  }
  if (rec.kind === "trail" && rec.deliveryError)
    fail(
      void 0,
      `its last delivery of log files to the S3 bucket failed (GetTrailStatus LatestDeliveryError: ${rec.deliveryError})`
    );
  return { rec, applies, why };
}
function matchRecorder(rec, ev, only) {
  if (!rec.selectors.known) return void 0;
  const set = rec.selectors.value;
  let r = false;
  if (set.kind === "basic") {
    for (const s of set.selectors) if ((r = or(r, matchBasic(s, ev))) === true) break;
  } else if (set.kind === "advanced") {
    if (only) {
      for (const i of only) if ((r = or(r, matchAdvanced(set.selectors[i], ev))) === true) break;
    } else for (const s of set.selectors) if ((r = or(r, matchAdvanced(s, ev))) === true) break;
  }
  return r;
}
var SelectorReach = class {
  constructor(count, restrictions) {
    this.count = count;
    restrictions.forEach((values, i) => {
      if (values === void 0) {
        this.globals.push(i);
        return;
      }
      for (const v of values) {
        const l = this.byValue.get(v);
        if (l) l.push(i);
        else this.byValue.set(v, [i]);
      }
    });
    this.values = [...this.byValue.keys()];
    this.extending = new SlashGroups(this.values);
    this.lengths = lengthsOf(this.values);
  }
  count;
  globals = [];
  byValue = /* @__PURE__ */ new Map();
  values;
  extending;
  lengths;
  /** Sorted selector indexes; undefined when all of them reach it. */
  reaching(bucketArn2) {
    if (this.globals.length === this.count) return void 0;
    const base = bucketArn2 + "/";
    const out = new Set(this.globals);
    if (this.values.length <= FEW_VALUES) {
      for (const v of this.values)
        if (v !== "" && (base.startsWith(v) || v.startsWith(base) || v === bucketArn2))
          for (const i of this.byValue.get(v)) out.add(i);
      return out.size === this.count ? void 0 : [...out].sort((a, b) => a - b);
    }
    for (const n of this.lengths) {
      if (n > base.length) break;
      for (const i of this.byValue.get(base.slice(0, n)) ?? []) out.add(i);
    }
    for (const i of this.byValue.get(bucketArn2) ?? []) out.add(i);
    for (const v of this.extending.of(base)) for (const i of this.byValue.get(v) ?? []) out.add(i);
    return out.size === this.count ? void 0 : [...out].sort((a, b) => a - b);
  }
};
function knownValues2(list4) {
  if (!list4) return [];
  if (!list4.known || list4.value.some((s) => !s.known)) return void 0;
  return list4.value.map((s) => s.value);
}
function indexRecorder(rec) {
  const arn = /* @__PURE__ */ new Set();
  const places = /* @__PURE__ */ new Map();
  const place = (v, where2) => {
    const l = places.get(v);
    if (l === void 0) places.set(v, where2);
    else if (!l.endsWith(` ${where2}`) && l !== where2) places.set(v, `${l} ${where2}`);
  };
  const arnSuffix = /* @__PURE__ */ new Set();
  const userPrefix = /* @__PURE__ */ new Set();
  const userSuffix = /* @__PURE__ */ new Set();
  const userUnknown = /* @__PURE__ */ new Set();
  const selecting = [];
  const restrictions = [];
  let global = false;
  let usesEventType = false;
  let usesConsole = false;
  let apiSensitivity = "none";
  const sensitive = (level) => {
    if (level === "name" || apiSensitivity === "none") apiSensitivity = level;
  };
  if (!rec.selectors.known) global = true;
  else {
    const set = rec.selectors.value;
    if (set.kind === "basic") {
      set.selectors.forEach((sel, si) => {
        if (!sel.readWriteType.known || sel.readWriteType.value !== "All") sensitive("readOnly");
        if (!sel.dataResources.known) {
          global = true;
          return;
        }
        sel.dataResources.value.forEach((dr, di) => {
          const vals = knownValues2(dr.values);
          if (vals === void 0) global = true;
          const where2 = `b${si}.${di}`;
          for (const s of dr.values.known ? dr.values.value : [])
            if (s.known) {
              arn.add(s.value);
              place(s.value, where2);
            }
          if (vals) pushAll(selecting, vals);
        });
      });
    } else if (set.kind === "advanced") {
      set.selectors.forEach((sel, si) => {
        if (!sel.fieldSelectors.known) {
          global = true;
          sensitive("name");
          restrictions.push(void 0);
          return;
        }
        let restricted = false;
        let restriction = [];
        sel.fieldSelectors.value.forEach((fs, fi) => {
          if (!fs.field.known) {
            sensitive("name");
            return;
          }
          const o = fs.operators;
          const field2 = fs.field.value;
          if (field2 === "eventName") sensitive("name");
          else if (field2 === "readOnly") sensitive("readOnly");
          if (field2 === "resources.ARN" || field2 === "userIdentity.arn") {
            const [p, sfx] = field2 === "resources.ARN" ? [arn, arnSuffix] : [userPrefix, userSuffix];
            if (field2 === "userIdentity.arn") {
              for (const l of [o.NotEquals, o.NotStartsWith, o.NotEndsWith])
                for (const x of l?.known ? l.value : []) if (!x.known) userUnknown.add(x);
            }
            for (const op of ["Equals", "StartsWith", "NotEquals", "NotStartsWith"]) {
              const l = o[op];
              const where2 = `a${si}.${fi}.${op}`;
              for (const x of l?.known ? l.value : [])
                if (x.known) {
                  p.add(x.value);
                  if (p === arn) place(x.value, where2);
                }
            }
            for (const l of [o.EndsWith, o.NotEndsWith])
              for (const x of l?.known ? l.value : []) if (x.known) sfx.add(x.value);
            if (field2 === "resources.ARN" && !restricted && !o.EndsWith && (o.Equals || o.StartsWith)) {
              const eq = knownValues2(o.Equals);
              const sw = knownValues2(o.StartsWith);
              if (eq !== void 0 && sw !== void 0) {
                restricted = true;
                restriction = [...eq, ...sw];
              }
            }
          } else if (field2 === "eventType") usesEventType = true;
          else if (field2 === "sessionCredentialFromConsole") usesConsole = true;
        });
        if (restricted) pushAll(selecting, restriction);
        else global = true;
        restrictions.push(restricted ? restriction : void 0);
      });
    }
  }
  return {
    global,
    selecting,
    ...restrictions.length > 0 ? { reach: new SelectorReach(restrictions.length, restrictions) } : {},
    arnSorted: [...arn].sort(),
    arnPlaces: places,
    arnLengths: lengthsOf(arn),
    singleRegion: rec.multiRegion.known && !rec.multiRegion.value,
    arnSuffix: [...arnSuffix],
    userPrefix: [...userPrefix],
    userSuffix: [...userSuffix],
    userUnknown: [...userUnknown],
    usesEventType,
    usesConsole,
    apiSensitivity
  };
}
function lengthsOf(values) {
  const l = /* @__PURE__ */ new Set();
  for (const v of values) if (v.length > 0) l.add(v.length);
  return [...l].sort((a, b) => a - b);
}
var FEW_VALUES = 16;
function lowerBound(sorted, key) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function withPrefix(sorted, prefix) {
  const out = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++)
    out.push(sorted[i]);
  return out;
}
var NO_VALUES = [];
var SlashGroups = class {
  constructor(values) {
    this.values = values;
  }
  values;
  byDepth = /* @__PURE__ */ new Map();
  /** The values that start with `prefix` (which must end with "/"). */
  of(prefix) {
    let n = 0;
    for (let i = prefix.indexOf("/"); i >= 0; i = prefix.indexOf("/", i + 1)) n++;
    let groups2 = this.byDepth.get(n);
    if (!groups2) {
      groups2 = /* @__PURE__ */ new Map();
      for (const v of this.values) {
        let at = -1;
        for (let k = 0; k < n && (at = v.indexOf("/", at + 1)) >= 0; k++) ;
        if (at < 0) continue;
        const head = v.slice(0, at + 1);
        const l = groups2.get(head);
        if (l) l.push(v);
        else groups2.set(head, [v]);
      }
      this.byDepth.set(n, groups2);
    }
    return groups2.get(prefix) ?? NO_VALUES;
  }
};
var CoverageIndex = class {
  constructor(recorders) {
    this.recorders = recorders;
    this.entries = recorders.map(indexRecorder);
    this.all = recorders.map((_r, i) => i);
    this.entries.forEach((e, i) => {
      if (e.global) this.globals.push(i);
      for (const v of e.selecting) {
        const l = this.byValue.get(v);
        if (l) l.push(i);
        else this.byValue.set(v, [i]);
      }
    });
    this.values = [...this.byValue.keys()];
    this.extending = new SlashGroups(this.values);
    this.lengths = lengthsOf(this.values);
    this.longestArn = this.longestArnOf(this.all);
  }
  recorders;
  entries;
  /** Every recorder's index, in order (one array for every bucket that is shown them all). */
  all;
  /** The length of the longest ARN constant of any recorder. */
  longestArn;
  globals = [];
  byValue = /* @__PURE__ */ new Map();
  values;
  extending;
  lengths;
  /** The length of the longest ARN constant of these recorders (0 when they have none). */
  longestArnOf(indexes) {
    let n = 0;
    for (const i of indexes) {
      const l = this.entries[i].arnLengths;
      if (l.length > 0) n = Math.max(n, l[l.length - 1]);
    }
    return n;
  }
  relevantByHead = /* @__PURE__ */ new Map();
  /**
   * relevant(), with its indexes as one string. An ARN longer than every selecting value reaches the
   * recorders it does by its first characters up to that length: looked up by them.
   */
  relevantKeyed(bucketArn2) {
    const longest = this.lengths.length > 0 ? this.lengths[this.lengths.length - 1] : 0;
    if (bucketArn2.length <= longest) {
      const list4 = this.relevant(bucketArn2);
      return { list: list4, key: list4.join(",") };
    }
    const head = bucketArn2.slice(0, longest);
    let r = this.relevantByHead.get(head);
    if (!r) {
      const list4 = this.relevant(bucketArn2);
      this.relevantByHead.set(head, r = { list: list4, key: list4.join(",") });
    }
    return r;
  }
  /** Recorders whose selectors can match some event of the bucket; the others match none of them. */
  relevant(bucketArn2) {
    const base = bucketArn2 + "/";
    const out = new Set(this.globals);
    if (this.values.length <= FEW_VALUES) {
      for (const v of this.values)
        if (v !== "" && (base.startsWith(v) || v.startsWith(base)))
          for (const i of this.byValue.get(v)) out.add(i);
      return [...out].sort((a, b) => a - b);
    }
    for (const n of this.lengths) {
      if (n > base.length) break;
      for (const i of this.byValue.get(base.slice(0, n)) ?? []) out.add(i);
    }
    for (const v of this.extending.of(base)) for (const i of this.byValue.get(v) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }
  shared = /* @__PURE__ */ new Map();
  /** `extending(i)`: recorder i's constants that extend bucketArn + "/" (see withPrefix). */
  constants(indexes, bucketArn2, extending = (i) => withPrefix(this.entries[i].arnSorted, bucketArn2 + "/")) {
    const k = indexes.join(",");
    let sh = this.shared.get(k);
    if (!sh) {
      sh = {
        arnSuffix: /* @__PURE__ */ new Set(),
        userPrefix: /* @__PURE__ */ new Set(),
        userSuffix: /* @__PURE__ */ new Set(),
        userUnknown: /* @__PURE__ */ new Set(),
        usesEventType: false,
        usesConsole: false,
        otherChars: /* @__PURE__ */ new Set()
      };
      for (const i of indexes) {
        const e = this.entries[i];
        for (const v of e.arnSuffix) sh.arnSuffix.add(v);
        for (const v of e.userPrefix) sh.userPrefix.add(v);
        for (const v of e.userSuffix) sh.userSuffix.add(v);
        for (const v of e.userUnknown) sh.userUnknown.add(v);
        sh.usesEventType ||= e.usesEventType;
        sh.usesConsole ||= e.usesConsole;
      }
      for (const l of [sh.arnSuffix, sh.userPrefix, sh.userSuffix])
        for (const v of l) for (const ch of v) sh.otherChars.add(ch);
      this.shared.set(k, sh);
    }
    const arnPrefix = /* @__PURE__ */ new Set();
    for (const i of indexes) for (const v of extending(i)) arnPrefix.add(v);
    return { ...sh, arnPrefix };
  }
};
var INDEXES = /* @__PURE__ */ new WeakMap();
function indexFor(recorders) {
  let index = INDEXES.get(recorders);
  if (!index) {
    index = new CoverageIndex(recorders);
    INDEXES.set(recorders, index);
  }
  return index;
}
var PROBLEMS = /* @__PURE__ */ new WeakMap();
function problemsOf(rec) {
  let p = PROBLEMS.get(rec);
  if (!p) {
    p = selectorProblems(rec);
    PROBLEMS.set(rec, p);
  }
  return p;
}
var API_SLOTS = new Map(
  [...new Set([...S3_DATA_APIS, ...DIRECTORY_BUCKET_APIS].map((a) => a.name))].map((n, i) => [n, i])
);
function apiSlot(name) {
  return API_SLOTS.get(name) ?? 60;
}
function witnesses(bucketArn2, prefix, kind, c, arnUnknown) {
  c.arnPrefixSorted ??= [...c.arnPrefix].sort();
  c.filler ??= pickFiller([...c.arnPrefix, ...c.arnSuffix, ...c.userPrefix, ...c.userSuffix]);
  const arns = [];
  if (kind === "bucket") {
    arns.push({ arn: bucketArn2 + "/", key: null });
  } else if (kind === "listing") {
    const seen = /* @__PURE__ */ new Set();
    const add = (p) => {
      if (!seen.has(p)) arns.push({ arn: `${bucketArn2}/${p}`, key: p });
      seen.add(p);
    };
    for (let i = 0; i <= prefix.length; i++) add(prefix.slice(0, i));
    const base = bucketArn2 + "/" + prefix;
    for (const s of witnessSuffixes({
      base,
      prefixConstants: withPrefix(c.arnPrefixSorted, base),
      suffixConstants: c.arnSuffix,
      allowEmpty: true,
      filler: c.filler
    }))
      add(prefix + s);
  } else {
    const base = bucketArn2 + "/" + prefix;
    for (const s of witnessSuffixes({
      base,
      prefixConstants: withPrefix(c.arnPrefixSorted, base),
      suffixConstants: c.arnSuffix,
      allowEmpty: prefix !== "",
      filler: c.filler
    }))
      arns.push({ arn: base + s, key: prefix + s });
  }
  const principalMatters = c.userPrefix.size + c.userSuffix.size + c.userUnknown.size > 0;
  const users = (principalMatters ? witnessSuffixes({
    base: "",
    prefixConstants: c.userPrefix,
    suffixConstants: c.userSuffix,
    allowEmpty: true,
    filler: c.filler
  }) : [ANY_PRINCIPAL]).map((arn) => ({ arn }));
  for (const u of c.userUnknown)
    users.push({ arn: `(the caller named by ${u.known ? u.value : u.detail})`, symbol: u });
  const types = c.usesEventType ? EVENT_TYPES : ["AwsApiCall"];
  const consoles = c.usesConsole ? ["false", "true"] : ["false"];
  const out = [];
  for (const a of arns)
    for (const u of users)
      for (const t of types)
        for (const k of consoles)
          out.push({
            arn: a.arn,
            key: a.key,
            ...kind === "listing" ? { listing: true } : {},
            userArn: u.arn,
            ...u.symbol ? { userSymbol: u.symbol } : {},
            principalMatters,
            eventType: t,
            console: k,
            consoleMatters: c.usesConsole,
            ...arnUnknown !== void 0 ? { arnUnknown } : {}
          });
  return out;
}
function describeWitness(w) {
  const parts = [];
  parts.push(
    w.key === null ? `the bucket-level event (${shorten(w.arn)})` : w.listing ? `a listing with request prefix ${quote(w.key)}` : `key ${quote(w.key)}`
  );
  if (w.principalMatters)
    parts.push(w.userSymbol ? `the caller ${shorten(w.userArn.slice(1, -1))}` : `caller ${quote(w.userArn)}`);
  if (w.eventType !== "AwsApiCall") parts.push(`eventType ${w.eventType} (records AWS generates itself)`);
  if (w.consoleMatters) parts.push(w.console === "true" ? "console sessions" : "calls outside the console");
  return parts.join(", ");
}
function statusOf(t, f, u) {
  if (f === 0 && u === 0) return "covered";
  if (t === 0 && u === 0) return "uncovered";
  if (f === 0) return "unknown";
  return "partial";
}
var MAX_GAPS = 4;
function evaluateEvent(api, kind, bucketArn2, cands, all, skipped, sens, memo, coveredOnly, subsets) {
  let t = 0;
  let f = 0;
  let u = 0;
  let explained = 0;
  const coveredBy = /* @__PURE__ */ new Set();
  const gaps = /* @__PURE__ */ new Set();
  const failingDescriptions = [];
  for (const w of all) {
    const ev = {
      eventCategory: "Data",
      ...eventShapeOf(kind),
      eventName: api.name,
      readOnly: api.readOnly,
      arn: w.arn,
      ...w.arnUnknown !== void 0 ? { arnUnknown: w.arnUnknown } : {},
      userArn: w.userArn,
      ...w.userSymbol ? { userSymbol: w.userSymbol } : {},
      eventType: w.eventType,
      sessionCredentialFromConsole: w.console
    };
    let r = false;
    const perRec = [];
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci];
      let m;
      if (c.applies === false) m = false;
      else {
        const s = sens[ci];
        const slot = s === "none" ? 0 : s === "readOnly" && !api.readOnlyUnverified ? api.readOnly ? 1 : 2 : 3 + apiSlot(api.name);
        const key = (ci * 1000003 + (w.id ?? 0)) * 64 + slot;
        if (memo.has(key)) m = memo.get(key);
        else {
          m = and(c.applies, matchRecorder(c.rec, ev, subsets[ci]));
          if (api.readOnlyUnverified && m !== void 0 && s !== "none") {
            if (and(c.applies, matchRecorder(c.rec, { ...ev, readOnly: !ev.readOnly }, subsets[ci])) !== m)
              m = void 0;
          }
          memo.set(key, m);
        }
      }
      perRec.push(m);
      if (m === true) coveredBy.add(c.rec.id);
      r = or(r, m);
    }
    if (r === true) {
      t++;
      continue;
    }
    if (r === false) f++;
    else u++;
    if (coveredOnly) break;
    if (explained >= MAX_GAPS) continue;
    explained++;
    const reasons = [];
    if (cands.length === 0)
      reasons.push(
        skipped > 0 ? `none of the ${skipped} trails and event data stores has a selector that reaches this bucket` : "no trail or event data store records it (none in the source)"
      );
    cands.forEach((c, i) => {
      if (perRec[i] === true) return;
      if (c.applies !== true) reasons.push(`${c.rec.id}: ${c.why.join("; ")}`);
      else if (perRec[i] === void 0 && api.readOnlyUnverified && matchRecorder(c.rec, ev) !== matchRecorder(c.rec, { ...ev, readOnly: !ev.readOnly }))
        reasons.push(
          `${c.rec.id}: its ReadWriteType or readOnly condition decides ${api.name}, whose readOnly value AWS does not document (taken as ${api.readOnly}; it records it only if that is right); fix: record both read and write events`
        );
      else reasons.push(`${c.rec.id}: ${explainSelectors(c.rec, ev, bucketArn2)}`);
    });
    if (cands.length && skipped > 0)
      reasons.push(`(${skipped} other recorders have no selector for this bucket)`);
    const verdict = r === false ? "not recorded" : "cannot be proven recorded";
    const g = `${verdict}: ${reasons.join(" | ")}`;
    if (!gaps.has(g)) {
      failingDescriptions.push(describeWitness(w));
      gaps.add(g);
    }
  }
  const status = statusOf(t, f, u);
  const gapList = [...gaps].map(
    (g, i) => status === "partial" && failingDescriptions[i] ? `${failingDescriptions[i]} ${g}` : g
  );
  return { name: api.name, status, coveredBy: [...coveredBy].sort(), gaps: gapList };
}
function combineStatuses(statuses) {
  if (statuses.length === 0) return "covered";
  if (statuses.every((s) => s === "covered")) return "covered";
  if (statuses.every((s) => s === "uncovered")) return "uncovered";
  if (statuses.every((s) => s === "covered" || s === "unknown")) return "unknown";
  return "partial";
}
function bucketFacts(req, facts) {
  const seen = facts.buckets.get(req.name);
  const region = req.region ? { known: true, value: req.region } : seen?.region ?? {
    known: false,
    reason: "not-collected",
    detail: `bucket ${req.name} is not in the source and the policy gives no region`
  };
  const accountId = req.account ? { known: true, value: req.account } : seen?.accountId ?? facts.defaults.accountId;
  return {
    name: req.name,
    kind: seen?.kind ?? bucketKindOf(req.name),
    origin: seen?.origin ?? { source: "policy", ref: req.name, file: req.location.file },
    region,
    accountId,
    partition: seen?.partition ?? { known: true, value: facts.defaults.partition },
    ...seen?.policy ? { policy: seen.policy } : {},
    ...seen?.change ? { change: seen.change } : {}
  };
}
function serverAccessLogsOf(name, f) {
  if (!f) return void 0;
  const limits = SERVER_ACCESS_LOGS_LIMITS;
  if (!f.known) return { status: "unknown", usable: "unknown", detail: f.detail, limits };
  if (f.value === null) return { status: "off", usable: false, detail: "server access logging is off" };
  const v = f.value;
  const target = `${v.targetBucket}/${v.targetPrefix}`;
  const base = { status: "on", target, ref: v.ref, limits };
  if (v.targetBucket === name)
    return {
      ...base,
      usable: false,
      detail: `the bucket logs to itself (${target}), which AWS warns against`
    };
  if (!v.targetExists.known) return { ...base, usable: "unknown", detail: v.targetExists.detail };
  if (!v.targetExists.value)
    return { ...base, usable: false, detail: `target bucket ${v.targetBucket} does not exist` };
  return { ...base, usable: true };
}
function bucketArnOf2(bucket, partition) {
  if ((bucket.kind ?? bucketKindOf(bucket.name)) !== "directory")
    return { arn: `arn:${partition}:s3:::${bucket.name}` };
  const region = bucket.region.known ? bucket.region.value : "?";
  const account = bucket.accountId.known ? bucket.accountId.value : "?";
  const arn = `arn:${partition}:s3express:${region}:${account}:bucket/${bucket.name}`;
  const missing = [
    ...bucket.region.known ? [] : [`Region (${bucket.region.detail})`],
    ...bucket.accountId.known ? [] : [`account (${bucket.accountId.detail})`]
  ];
  return missing.length === 0 ? { arn } : {
    arn,
    unknownDetail: `the ARN of directory bucket ${bucket.name} (arn:${partition}:s3express:REGION:ACCOUNT:bucket/NAME) is not known: its ${missing.join(" and ")}; give region and account in the policy`
  };
}
function eventsFor(req, kind) {
  if (kind === "general-purpose") return req.events;
  const apis = apisOf(kind);
  if (req.eventsSpec === "all") return apis.map((a) => a.name);
  if (req.eventsSpec === "read") return apis.filter((a) => a.readOnly).map((a) => a.name);
  if (req.eventsSpec === "write") return apis.filter((a) => !a.readOnly).map((a) => a.name);
  return req.events.filter((n) => apis.some((a) => a.name === n));
}
var EXPLAIN_ALL_UP_TO = 5;
function constantsPrefixing(e, base) {
  const out = [];
  for (const n of e.arnLengths) {
    if (n >= base.length) break;
    const p = base.slice(0, n);
    if (e.arnPlaces.has(p)) out.push(p);
  }
  return out;
}
var QUOTABLE_TEXT = /* @__PURE__ */ new WeakMap();
function isStrList(v) {
  return Array.isArray(v) && v.length > 0 && v.every(
    (x) => typeof x === "object" && x !== null && typeof x.known === "boolean"
  );
}
function quotableText(rec) {
  let t = QUOTABLE_TEXT.get(rec);
  if (t === void 0) {
    let sel;
    try {
      sel = JSON.stringify(
        rec.selectors,
        (_k, v) => isStrList(v) && v.length > MAX_LISTED_VALUES ? [...v.slice(0, MAX_LISTED_VALUES), ...v.slice(MAX_LISTED_VALUES).filter((x) => !x.known)] : v
      );
    } catch {
      sel = "\0";
    }
    t = `${rec.id}\0${sel}`;
    QUOTABLE_TEXT.set(rec, t);
  }
  return t;
}
function occurrences(text2, s) {
  let n = 0;
  for (let i = text2.indexOf(s); i >= 0; i = text2.indexOf(s, i + 1)) n++;
  return n;
}
function isPortable(e) {
  if (e.portable === void 0) {
    let names = 0;
    let arns = 0;
    for (const ev of e.events)
      for (const g of ev.gaps) {
        names += occurrences(g, e.name);
        arns += occurrences(g, e.arn);
      }
    e.named = names > 0;
    e.portable = names === arns && (names === 0 || !e.foreign().includes(e.name));
  }
  return e.portable;
}
function instantiate(e, name) {
  if (!e.named) return e.events;
  return e.events.map(
    (ev) => ev.gaps.length === 0 ? ev : { ...ev, gaps: ev.gaps.map((g) => g.includes(e.name) ? g.split(e.name).join(name) : g) }
  );
}
function lp(s) {
  return `${s.length}:${s}`;
}
function sameList(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function requirementIds() {
  const ids = /* @__PURE__ */ new Map();
  let last;
  let lastId = 0;
  return (req) => {
    if (last && last.eventsSpec === req.eventsSpec && sameList(last.events, req.events) && sameList(last.prefixes, req.prefixes))
      return lastId;
    const k = JSON.stringify([req.events, req.eventsSpec, req.prefixes]);
    let id = ids.get(k);
    if (id === void 0) ids.set(k, id = ids.size);
    last = req;
    lastId = id;
    return id;
  };
}
function fillerOf(c, base) {
  if (c.filler !== void 0) return c.filler;
  const n = base.length;
  const extended = c.arnPrefix.size > 0;
  return c.filler = firstUnused((ch) => {
    if (c.otherChars.has(ch)) return true;
    if (!extended) return false;
    if (base.includes(ch)) return true;
    for (const v of c.arnPrefix) if (v.indexOf(ch, n) >= 0) return true;
    return false;
  });
}
function evaluateBucket(req, kind, bucketArn2, unknownDetail2, cands, consts, sens, subsets, o) {
  const memo = /* @__PURE__ */ new Map();
  let nextId = 0;
  const numbered = (ws) => {
    for (const w of ws) w.id = nextId++;
    return ws;
  };
  const objectWitnesses = /* @__PURE__ */ new Map();
  let bucketWitnesses;
  let listingWitnesses;
  const events = [];
  const level = sens.includes("name") ? 2 : sens.includes("readOnly") ? 1 : 0;
  const byClass = /* @__PURE__ */ new Map();
  const byName = new Map(apisOf(kind).map((a) => [a.name, a]));
  for (const name of eventsFor(req, kind)) {
    const api = byName.get(name);
    if (!api) continue;
    const cls = `${api.bucketLevel}|${api.requestPrefix === true}|${level === 2 || level === 1 && api.readOnlyUnverified ? api.name : level === 1 ? api.readOnly : ""}`;
    const same2 = byClass.get(cls);
    if (same2) {
      events.push({ ...same2, name: api.name });
      continue;
    }
    let all;
    if (api.requestPrefix) {
      if (!listingWitnesses)
        listingWitnesses = numbered(
          req.prefixes.flatMap((p) => witnesses(bucketArn2, p, "listing", consts, unknownDetail2))
        );
      all = listingWitnesses;
    } else if (api.bucketLevel)
      all = bucketWitnesses ??= numbered(witnesses(bucketArn2, "", "bucket", consts, unknownDetail2));
    else {
      all = [];
      for (const prefix of req.prefixes) {
        let w = objectWitnesses.get(prefix);
        if (!w) {
          w = numbered(witnesses(bucketArn2, prefix, "object", consts, unknownDetail2));
          objectWitnesses.set(prefix, w);
        }
        pushAll(all, w);
      }
    }
    const ev = evaluateEvent(api, kind, bucketArn2, cands, all, o.skipped, sens, memo, o.coveredOnly, subsets);
    byClass.set(cls, ev);
    events.push(ev);
    if (o.coveredOnly && ev.status !== "covered") break;
  }
  return events;
}
function factKey(f) {
  return f.known ? `k${lp(f.value)}` : `u${lp(f.detail)}`;
}
var BucketViews = class {
  constructor(recorders, index, memoize) {
    this.recorders = recorders;
    this.index = index;
    this.memoize = memoize;
    this.refused = refusedDuplicates(recorders);
  }
  recorders;
  index;
  memoize;
  refused;
  cache = /* @__PURE__ */ new Map();
  of(bucket, bucketArn2, unknownDetail2, signed) {
    const index = this.index;
    if (!this.memoize || unknownDetail2 !== void 0)
      return this.make(bucket, bucketArn2, unknownDetail2, signed);
    const { list: relevant, key: relevantKey } = index.relevantKeyed(bucketArn2);
    const all = this.recorders.length <= EXPLAIN_ALL_UP_TO;
    const shown = all ? index.all : relevant;
    const longest = all ? index.longestArn : index.longestArnOf(relevant);
    if (bucketArn2.length <= longest) return this.make(bucket, bucketArn2, unknownDetail2, signed, relevant);
    let key = `${signed}|${all ? "*" : ""}|${relevantKey}|${lp(bucketArn2.slice(0, longest))}|${factKey(bucket.accountId)}`;
    if (shown.some((i) => this.recorders[i].partition.known))
      key += `|${bucket.partition.known ? lp(bucket.partition.value) : "u"}`;
    if (shown.some((i) => index.entries[i].singleRegion))
      key += `|${factKey(bucket.region)}`;
    let v = this.cache.get(key);
    if (!v) this.cache.set(key, v = this.make(bucket, bucketArn2, unknownDetail2, signed, relevant));
    return v;
  }
  make(bucket, bucketArn2, unknownDetail2, signed, relevantGiven) {
    const index = this.index;
    const relevant = relevantGiven ?? (unknownDetail2 === void 0 ? index.relevant(bucketArn2) : index.all);
    const shown = this.recorders.length <= EXPLAIN_ALL_UP_TO ? index.all : relevant;
    const cands = shown.map((i) => {
      const r = this.recorders[i];
      return candidateFor(r, bucket, problemsOf(r), this.refused.get(r));
    });
    const base = bucketArn2 + "/";
    const extended = /* @__PURE__ */ new Map();
    const extending = (i) => {
      let l = extended.get(i);
      if (!l) extended.set(i, l = withPrefix(index.entries[i].arnSorted, base));
      return l;
    };
    const consts = index.constants(relevant, bucketArn2, extending);
    const sens = shown.map((i) => index.entries[i].apiSensitivity);
    const subsets = shown.map(
      (i) => unknownDetail2 === void 0 ? index.entries[i].reach?.reaching(bucketArn2) : void 0
    );
    const view = { relevant, shown, cands, consts, sens, subsets, relative: false };
    if (!signed) return view;
    let sig = `${shown === index.all ? "*" : shown.join(",")}|${relevant === shown ? "=" : relevant.join(",")}|`;
    for (const x of subsets) sig += x === void 0 ? "*;" : `${x.join(",")};`;
    for (const c of cands) {
      sig += c.applies === true ? "t" : c.applies === false ? "f" : "u";
      sig += `${c.why.length}:`;
      for (const w of c.why) sig += lp(w);
    }
    let relative = false;
    for (const i of shown) {
      const e = index.entries[i];
      if (e.arnSuffix.length > 0) return view;
      const prefixing = constantsPrefixing(e, base);
      const ext = extending(i);
      if (ext.length > 0) relative = true;
      sig += `|${prefixing.length}:`;
      for (const v of prefixing) sig += lp(v);
      sig += `${ext.length}:`;
      for (const v of ext) sig += lp(v.slice(base.length)) + lp(e.arnPlaces.get(v));
    }
    return { ...view, relative, sigPart: `${sig}|${lp(fillerOf(consts, base))}` };
  }
};
function evaluateCoverage(facts, policy, opts = {}) {
  const coveredOnly = opts.coveredOnly === true;
  const memoize = opts.memoize !== false;
  const signatures = /* @__PURE__ */ new Map();
  const requirementId = requirementIds();
  const invalidSelectors = [];
  for (const rec of facts.recorders) {
    const p = problemsOf(rec);
    if (p.length > 0 && rec.change !== "delete") invalidSelectors.push({ recorder: rec, problems: p });
  }
  const index = indexFor(facts.recorders);
  const buckets = [];
  const views = new BucketViews(facts.recorders, index, memoize);
  for (const req of policy.buckets) {
    const bucket = bucketFacts(req, facts);
    const kind = bucket.kind ?? bucketKindOf(req.name);
    const partition = bucket.partition.known ? bucket.partition.value : facts.defaults.partition;
    const { arn: bucketArn2, unknownDetail: unknownDetail2 } = bucketArnOf2(bucket, partition);
    const base = bucketArn2 + "/";
    const named = memoize && unknownDetail2 === void 0 && bucket.name.length <= 63;
    const { shown, cands, consts, sens, subsets, sigPart, relative } = views.of(
      bucket,
      bucketArn2,
      unknownDetail2,
      named
    );
    let signature;
    let cls;
    const found = () => {
      if (!named || sigPart === void 0) return void 0;
      signature = `${kind}|${lp(bucketArn2.slice(0, bucketArn2.length - req.name.length))}|${req.name.length}|${requirementId(req)}|${sigPart}`;
      const e = signatures.get(signature);
      if (!e || !isPortable(e)) return void 0;
      cls = e;
      return instantiate(e, req.name);
    };
    const reused = found();
    const events = [];
    if (reused) pushAll(events, reused);
    else
      pushAll(
        events,
        evaluateBucket(req, kind, bucketArn2, unknownDetail2, cands, consts, sens, subsets, {
          skipped: facts.recorders.length - shown.length,
          coveredOnly
        })
      );
    if (signature !== void 0 && !reused && signatures.get(signature)?.portable !== true) {
      const shownCands = cands;
      cls = {
        name: req.name,
        arn: bucketArn2,
        events,
        foreign: () => [
          ...shown.map((i) => quotableText(facts.recorders[i])),
          ...shownCands.flatMap((c) => c.why),
          ...req.prefixes,
          // Witness keys and callers are made of these (the ARN remainders after the bucket's "ARN/").
          ...[...consts.arnPrefix].map((v) => v.slice(base.length)),
          ...consts.userPrefix,
          ...consts.userSuffix
        ].join("\0")
      };
      signatures.set(signature, cls);
    }
    const cloudTrail = cls ? cls.status ??= combineStatuses(events.map((e) => e.status)) : combineStatuses(events.map((e) => e.status));
    const sal = serverAccessLogsOf(req.name, facts.buckets.get(req.name)?.serverAccessLogging);
    const accepted = cloudTrail !== "covered" && req.accept?.includes("server-access-logs") && sal?.usable === true;
    const entry = {
      name: req.name,
      status: accepted ? "covered" : cloudTrail,
      region: bucket.region.known ? bucket.region.value : null,
      prefixes: req.prefixes,
      events,
      location: req.location,
      ref: facts.buckets.get(req.name)?.origin.ref ?? null,
      ...sal ? { serverAccessLogs: sal } : {},
      ...accepted ? {
        acceptedEvidence: {
          evidence: "server-access-logs",
          qualifier: SERVER_ACCESS_LOGS_QUALIFIER,
          cloudTrailStatus: cloudTrail
        }
      } : {}
    };
    if (signature !== void 0 && !relative) SIGNATURES.set(entry, { signature, bucket });
    if (cls) CLASSES.set(entry, cls);
    buckets.push(entry);
  }
  return { buckets, invalidSelectors };
}
var CLASSES = /* @__PURE__ */ new WeakMap();
function verdictClassOf(b) {
  return CLASSES.get(b);
}
var SIGNATURES = /* @__PURE__ */ new WeakMap();
function verdictSignatureOf(b) {
  const s = SIGNATURES.get(b);
  if (!s) return void 0;
  const { region, accountId, partition } = s.bucket;
  return s.full ??= `${s.signature}\0${JSON.stringify([region, accountId, partition])}`;
}
function nameFreeConstants(facts, rec, bucketName) {
  const i = facts.recorders.indexOf(rec);
  const e = i < 0 ? void 0 : indexFor(facts.recorders).entries[i];
  if (!e) return void 0;
  const base = `arn:${facts.defaults.partition}:s3:::${bucketName}/`;
  if (e.arnSuffix.length > 0 || withPrefix(e.arnSorted, base).length > 0) return void 0;
  return constantsPrefixing(e, base);
}
function recorderRecords(rec, bucket, ev) {
  const c = candidateFor(rec, bucket, problemsOf(rec));
  const records = and(c.applies, matchRecorder(rec, ev));
  const bucketArn2 = bucketArnOf2(bucket, bucket.partition.known ? bucket.partition.value : "aws").arn;
  const why = records === true ? "" : c.applies !== true ? c.why.join("; ") : explainSelectors(rec, ev, bucketArn2);
  return { records, why };
}
function recordersReaching(facts, bucketName) {
  const index = indexFor(facts.recorders);
  return index.relevant(`arn:${facts.defaults.partition}:s3:::${bucketName}`).map((i) => facts.recorders[i]);
}
function advancedSelectorsReaching(facts, rec, bucketName) {
  const index = indexFor(facts.recorders);
  const i = facts.recorders.indexOf(rec);
  if (i < 0) return void 0;
  return index.entries[i]?.reach?.reaching(`arn:${facts.defaults.partition}:s3:::${bucketName}`);
}

// src/engine/diff.ts
var RANK2 = { covered: 3, unknown: 2, partial: 1, uncovered: 0 };
var OP_ATTR = OPERATOR_ATTRIBUTES;
function fieldName(fs) {
  return fs.field.known ? fs.field.value : "?";
}
function fieldChanges(label, a, b) {
  const out = [];
  const names = /* @__PURE__ */ new Set([...a.map(fieldName), ...b.map(fieldName)]);
  for (const f of names) {
    const x = a.find((fs) => fieldName(fs) === f);
    const y = b.find((fs) => fieldName(fs) === f);
    if (!x) {
      out.push(`${label} added field ${f}`);
      continue;
    }
    if (!y) {
      out.push(`${label} removed field ${f}`);
      continue;
    }
    const xo = Object.keys(x.operators).sort();
    const yo = Object.keys(y.operators).sort();
    if (xo.join() !== yo.join()) {
      const from = xo.map((o) => OP_ATTR[o]).join(" + ");
      const to = yo.map((o) => OP_ATTR[o]).join(" + ");
      out.push(`${label} changed ${f} from ${from || "no condition"} to ${to || "no condition"}`);
      continue;
    }
    for (const o of xo) {
      const before = formatValues(x.operators[o]);
      const after = formatValues(y.operators[o]);
      if (before !== after) out.push(`${label} changed ${f} ${OP_ATTR[o]} ${before} \u2192 ${after}`);
    }
  }
  return out;
}
function advLabel(s, i) {
  return s.name ? `selector "${s.name}"` : `advanced selector #${i + 1}`;
}
function advancedChanges(a, b) {
  const out = [];
  const key = (s, i) => s.name ?? `#${i}`;
  const bk = new Map(b.map((s, i) => [key(s, i), { s, i }]));
  const ak = new Map(a.map((s, i) => [key(s, i), { s, i }]));
  for (const [k, { s, i }] of ak) {
    const other = bk.get(k);
    if (!other) {
      out.push(`${advLabel(s, i)} removed`);
      continue;
    }
    if (s.fieldSelectors.known && other.s.fieldSelectors.known)
      pushAll(out, fieldChanges(advLabel(s, i), s.fieldSelectors.value, other.s.fieldSelectors.value));
    else if (s.fieldSelectors.known !== other.s.fieldSelectors.known)
      out.push(`${advLabel(s, i)} is known only after apply`);
  }
  for (const [k, { s, i }] of bk) if (!ak.has(k)) out.push(`${advLabel(s, i)} added`);
  return out;
}
function basicText(s) {
  const rw = s.readWriteType.known ? s.readWriteType.value : "?";
  const vals = s.dataResources.known ? s.dataResources.value.map((d) => formatValues(d.values)).join(" ") : "?";
  return `${rw} ${vals}`;
}
function selectorChanges(a, b) {
  if (a.kind !== b.kind) return [`selectors changed from ${a.kind} to ${b.kind}`];
  if (a.kind === "advanced" && b.kind === "advanced") return advancedChanges(a.selectors, b.selectors);
  if (a.kind === "basic" && b.kind === "basic") {
    const x = a.selectors.map(basicText);
    const y = b.selectors.map(basicText);
    const out = [];
    x.forEach((t, i) => {
      if (y[i] === void 0) out.push(`event_selector #${i + 1} removed`);
      else if (t !== y[i]) out.push(`event_selector #${i + 1} changed: ${t} \u2192 ${y[i]}`);
    });
    for (let i = x.length; i < y.length; i++) out.push(`event_selector #${i + 1} added`);
    return out;
  }
  return [];
}
function recorderChanges(a, b) {
  if (!a && !b) return [];
  if (!a) return [`${b.id} is added by this plan`];
  if (!b || b.change === "delete") return [`${a.id} is deleted by this plan`];
  const out = [];
  const same2 = (x, y) => x.known === y.known && x.value === y.value;
  if (!same2(a.logging, b.logging))
    out.push(
      `${b.id}: logging ${a.logging.known ? a.logging.value : "?"} \u2192 ${b.logging.known ? b.logging.value : "known after apply"}`
    );
  if (!same2(a.multiRegion, b.multiRegion))
    out.push(
      `${b.id}: multi-Region ${a.multiRegion.known ? a.multiRegion.value : "?"} \u2192 ${b.multiRegion.known ? b.multiRegion.value : "known after apply"}`
    );
  if (!same2(a.homeRegion, b.homeRegion))
    out.push(
      `${b.id}: home Region ${a.homeRegion.known ? a.homeRegion.value : "?"} \u2192 ${b.homeRegion.known ? b.homeRegion.value : "known after apply"}`
    );
  if (a.selectors.known && b.selectors.known)
    pushAll(
      out,
      selectorChanges(a.selectors.value, b.selectors.value).map((c) => `${b.id} ${c}`)
    );
  else if (a.selectors.known !== b.selectors.known) out.push(`${b.id}: selectors known only after apply`);
  return out;
}
function diffCoverage(before, after, beforeFacts, afterFacts) {
  const buckets = [];
  const beforeByName = new Map(before.buckets.map((b) => [b.name, b]));
  const beforeRecorders = new Map(beforeFacts.recorders.map((r) => [r.id, r]));
  const afterRecorders = new Map(afterFacts.recorders.map((r) => [r.id, r]));
  const changeCache = /* @__PURE__ */ new Map();
  const explained = /* @__PURE__ */ new Map();
  const changesOf = (id) => {
    let c = changeCache.get(id);
    if (!c) {
      c = recorderChanges(beforeRecorders.get(id), afterRecorders.get(id));
      changeCache.set(id, c);
    }
    return c;
  };
  const apiChanges = (bb, ab) => {
    const groups2 = /* @__PURE__ */ new Map();
    const beforeEvents = new Map(bb.events.map((e) => [e.name, e]));
    for (const ae of ab.events) {
      const be = beforeEvents.get(ae.name);
      if (!be || be.status === ae.status) continue;
      let inner = explained.get(be.coveredBy);
      if (!inner) explained.set(be.coveredBy, inner = /* @__PURE__ */ new Map());
      let reasonsKey = inner.get(ae.coveredBy);
      if (!reasonsKey) {
        const ids = [.../* @__PURE__ */ new Set([...be.coveredBy, ...ae.coveredBy])];
        const because = ids.flatMap((id) => changesOf(id));
        if (because.length === 0) {
          for (const r of afterFacts.recorders)
            if (r.change && r.change !== "no-op")
              pushAll(because, recorderChanges(beforeRecorders.get(r.id), r));
        }
        const reasons2 = [...new Set(because)];
        reasonsKey = { reasons: reasons2, key: `${ids.join("\n")}|${reasons2.join("\n")}` };
        inner.set(ae.coveredBy, reasonsKey);
      }
      const reasons = reasonsKey.reasons;
      const key = `${be.status}|${ae.status}|${reasonsKey.key}`;
      const g = groups2.get(key);
      if (g) g.apis.push(ae.name);
      else
        groups2.set(key, {
          apis: [ae.name],
          before: be.status,
          after: ae.status,
          regression: RANK2[ae.status] < RANK2[be.status],
          because: reasons
        });
    }
    return [...groups2.values()].sort((x, y) => Number(y.regression) - Number(x.regression));
  };
  const byClasses = /* @__PURE__ */ new Map();
  for (const ab of after.buckets) {
    const bb = beforeByName.get(ab.name);
    if (!bb) continue;
    const ca = verdictClassOf(ab);
    const cb = verdictClassOf(bb);
    let changes;
    if (ca && cb) {
      let inner = byClasses.get(cb);
      if (!inner) byClasses.set(cb, inner = /* @__PURE__ */ new Map());
      changes = inner.get(ca);
      if (!changes) inner.set(ca, changes = apiChanges(bb, ab));
    } else changes = apiChanges(bb, ab);
    if (changes.length === 0) continue;
    buckets.push({
      name: ab.name,
      before: bb.status,
      after: ab.status,
      regression: changes.some((e) => e.regression),
      changes
    });
  }
  buckets.sort((x, y) => Number(y.regression) - Number(x.regression));
  return { ...diffCounts(buckets), buckets };
}
function diffCounts(buckets) {
  let regressions = 0;
  let improvements = 0;
  let undecided = 0;
  for (const b of buckets)
    if (b.regression) regressions++;
    else if (b.before === "unknown" || b.after === "unknown") undecided++;
    else improvements++;
  return { regressions, improvements, ...undecided ? { undecided } : {} };
}

// src/engine/hcl-text.ts
function hclString(s) {
  return JSON.stringify(s).replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

// src/engine/remediation.ts
var S = (value2) => ({ known: true, value: value2 });
var list2 = (...values) => known(values.map(S));
var field = (name, ops) => ({
  field: known(name),
  operators: Object.fromEntries(Object.entries(ops).map(([op, v]) => [op, list2(...v)]))
});
var OP_ATTR2 = OPERATOR_ATTRIBUTES;
var q = hclString;
function strList(l) {
  if (!l?.known || l.value.some((s) => !s.known)) return void 0;
  return "[" + l.value.map((s) => q(s.value)).join(", ") + "]";
}
function renderAdvancedSelector(sel, indent = "") {
  const i = indent;
  const lines = [`${i}advanced_event_selector {`];
  if (sel.name) lines.push(`${i}  name = ${q(sel.name)}`);
  for (const fs of sel.fieldSelectors.known ? sel.fieldSelectors.value : []) {
    lines.push(`${i}  field_selector {`);
    lines.push(`${i}    field = ${q(fs.field.known ? fs.field.value : "")}`);
    for (const op of ADVANCED_OPERATORS) {
      const v = strList(fs.operators[op]);
      if (v) lines.push(`${i}    ${OP_ATTR2[op]} = ${v}`);
    }
    lines.push(`${i}  }`);
  }
  lines.push(`${i}}`);
  return lines.join("\n");
}
function renderBasicSelector(sel, indent = "") {
  const i = indent;
  const lines = [`${i}event_selector {`];
  lines.push(`${i}  read_write_type = ${q(sel.readWriteType.known ? sel.readWriteType.value : "All")}`);
  lines.push(`${i}  include_management_events = true`);
  for (const dr of sel.dataResources.known ? sel.dataResources.value : []) {
    const values = dr.values.known ? dr.values.value.filter((s) => s.known).map((s) => q(s.value)) : [];
    lines.push(
      `${i}  data_resource {`,
      `${i}    type   = ${q(dr.type.known ? dr.type.value : "AWS::S3::Object")}`,
      `${i}    values = [${values.join(", ")}]`,
      `${i}  }`
    );
  }
  lines.push(`${i}}`);
  return lines.join("\n");
}
function renderPatches(rec, patches) {
  return patches.map((p) => {
    switch (p.kind) {
      case "set":
        return `${p.attribute} = ${typeof p.value === "string" ? q(p.value) : String(p.value)}`;
      case "replace-advanced":
        return `# replaces advanced_event_selector #${p.index + 1}${rec ? ` of ${rec.id}` : ""}
${renderAdvancedSelector(p.selector)}`;
      case "add-advanced":
        return `# adds an advanced_event_selector${rec ? ` to ${rec.id}` : ""}
${renderAdvancedSelector(p.selector)}`;
      case "replace-basic":
        return `# replaces event_selector #${p.index + 1}${rec ? ` of ${rec.id}` : ""}
${renderBasicSelector(p.selector)}`;
      case "add-basic":
        return `# adds an event_selector${rec ? ` to ${rec.id}` : ""} (at most 5 per trail, 250 data resource values in all)
${renderBasicSelector(p.selector)}`;
    }
  }).join("\n\n");
}
function applyPatches(rec, patches) {
  let r = rec;
  for (const p of patches) {
    if (p.kind === "set") {
      if (p.attribute === "is_multi_region_trail" || p.attribute === "multi_region_enabled")
        r = { ...r, multiRegion: known(p.value === true) };
      else if (p.attribute === "enable_logging") r = { ...r, logging: known(p.value === true) };
      else if (p.attribute === "suspend") r = { ...r, logging: known(p.value !== "true") };
      continue;
    }
    const set = r.selectors.known ? r.selectors.value : { kind: "none" };
    if (p.kind === "replace-advanced" || p.kind === "add-advanced") {
      const current = set.kind === "advanced" ? [...set.selectors] : [];
      if (p.kind === "replace-advanced") current[p.index] = p.selector;
      else current.push(p.selector);
      r = { ...r, selectors: known({ kind: "advanced", selectors: current }) };
    } else {
      const current = set.kind === "basic" ? [...set.selectors] : [];
      if (p.kind === "replace-basic") current[p.index] = p.selector;
      else current.push(p.selector);
      r = { ...r, selectors: known({ kind: "basic", selectors: current }) };
    }
  }
  return r;
}
function bucketArn(facts, name) {
  return `arn:${facts.defaults.partition}:s3:::${name}`;
}
function selectorFor(req, arn) {
  const apis = req.events.map((n) => S3_DATA_API_BY_NAME.get(n)).filter((a) => a !== void 0);
  const all = apis.length === S3_DATA_APIS.length;
  const verified = !apis.some((a) => a.readOnlyUnverified);
  const reads = verified && apis.every((a) => a.readOnly) && apis.length === S3_DATA_APIS.filter((a) => a.readOnly).length;
  const writes = verified && apis.every((a) => !a.readOnly) && apis.length === S3_DATA_APIS.filter((a) => !a.readOnly).length;
  const base = [
    field("eventCategory", { Equals: ["Data"] }),
    field("resources.type", { Equals: ["AWS::S3::Object"] })
  ];
  const scope = reads ? [field("readOnly", { Equals: ["true"] })] : writes ? [field("readOnly", { Equals: ["false"] })] : all ? [] : null;
  const names = (xs) => [field("eventName", { Equals: xs.map((a) => a.name) })];
  const whole = req.prefixes.includes("");
  const objectArns = whole ? [arn + "/"] : req.prefixes.map((p) => `${arn}/${p}`);
  const out = [];
  const objectApis = apis.filter((a) => !a.bucketLevel);
  const bucketApis = apis.filter((a) => a.bucketLevel);
  if (whole || bucketApis.length === 0) {
    out.push({
      name: `${req.name} data events`,
      fieldSelectors: known([
        ...base,
        ...scope ?? names(apis),
        field("resources.ARN", { StartsWith: objectArns })
      ])
    });
    if (!whole && bucketApis.length) out.push(bucketSel());
  } else {
    if (objectApis.length)
      out.push({
        name: `${req.name} object events`,
        fieldSelectors: known([
          ...base,
          ...names(objectApis),
          field("resources.ARN", { StartsWith: objectArns })
        ])
      });
    out.push(bucketSel());
  }
  return out;
  function bucketSel() {
    return {
      name: `${req.name} bucket-level events`,
      fieldSelectors: known([
        ...base,
        ...names(bucketApis),
        field("resources.ARN", { StartsWith: [arn + "/"] })
      ])
    };
  }
}
function covers(facts, views, policy, req, rec, patched) {
  const others = [];
  for (const [r2, view] of views) if (r2 !== rec) others.push(view);
  const f = { ...facts, recorders: [...others, patched] };
  const r = evaluateCoverage(f, { ...policy, buckets: [req] }, { coveredOnly: true });
  return r.buckets[0]?.status === "covered";
}
var TOTALS = /* @__PURE__ */ new WeakMap();
var VALID = /* @__PURE__ */ new WeakMap();
function viewOf(facts, rec, bucket) {
  let valid = VALID.get(rec);
  if (valid === void 0) {
    valid = selectorProblems(rec).length === 0;
    VALID.set(rec, valid);
  }
  if (!valid) return { ...rec, selectors: known({ kind: "none" }) };
  return project(facts, rec, bucket).rec;
}
function acceptable(rec, patches) {
  const set = rec.selectors.known ? rec.selectors.value : void 0;
  if (set?.kind !== "advanced" || patches.some((p) => p.kind === "replace-basic" || p.kind === "add-basic"))
    return selectorProblems(applyPatches(rec, patches)).length === 0;
  let totals = TOTALS.get(rec);
  if (!totals) {
    let values2 = 0;
    let bad3 = 0;
    for (const sel of set.selectors) {
      const st = advancedSelectorStats(sel);
      values2 += st.values;
      if (!st.ok) bad3++;
    }
    totals = { values: values2, bad: bad3 };
    TOTALS.set(rec, totals);
  }
  let { values, bad: bad2 } = totals;
  let count = set.selectors.length;
  for (const p of patches) {
    if (p.kind !== "replace-advanced" && p.kind !== "add-advanced") continue;
    const st = advancedSelectorStats(p.selector);
    values += st.values;
    if (!st.ok) bad2++;
    if (p.kind === "add-advanced") count++;
    else {
      const old = set.selectors[p.index];
      if (old) {
        const was = advancedSelectorStats(old);
        values -= was.values;
        if (!was.ok) bad2--;
      } else count++;
    }
  }
  return bad2 === 0 && values <= MAX_ADVANCED_VALUES && (rec.kind !== "event-data-store" || count <= MAX_EDS_SELECTORS);
}
function project(facts, rec, bucket) {
  if (!rec.selectors.known || rec.selectors.value.kind !== "advanced") return { rec, indexes: void 0 };
  const all = rec.selectors.value.selectors;
  const indexes = advancedSelectorsReaching(facts, rec, bucket);
  if (!indexes || indexes.length === all.length) return { rec, indexes: void 0 };
  return {
    rec: { ...rec, selectors: known({ kind: "advanced", selectors: indexes.map((i) => all[i]) }) },
    indexes
  };
}
function unproject(p, patches) {
  const { indexes } = p;
  if (!indexes) return [...patches];
  return patches.map((x) => {
    if (x.kind !== "replace-advanced") return x;
    const y = { ...x, index: indexes[x.index] };
    const again = REDO.get(x);
    if (again) REDO.set(y, again);
    return y;
  });
}
var REDO = /* @__PURE__ */ new WeakMap();
function withRedo(p, redo) {
  REDO.set(p, redo);
  return p;
}
function mapFields(sel, fn) {
  if (!sel.fieldSelectors.known) return sel;
  return {
    ...sel,
    fieldSelectors: known(sel.fieldSelectors.value.map(fn).filter((x) => x !== null))
  };
}
function selectorCandidates(rec, req, arn) {
  if (!rec.selectors.known) return [];
  const set = rec.selectors.value;
  const out = [];
  if (set.kind === "advanced") {
    set.selectors.forEach((sel, index) => {
      if (!sel.fieldSelectors.known) return;
      const trapOf = (sel2) => mapFields(sel2, (fs) => {
        if (!fs.field.known || fs.field.value !== "resources.ARN" || !fs.operators.Equals?.known) return fs;
        const eq = fs.operators.Equals.value;
        const hit = eq.filter((s) => s.known && (s.value === arn || s.value === arn + "/"));
        if (!hit.length) return fs;
        const rest = eq.filter((s) => !hit.includes(s));
        const sw = fs.operators.StartsWith?.known ? fs.operators.StartsWith.value : [];
        const ops = {
          ...fs.operators,
          StartsWith: known([...sw, S(arn + "/")])
        };
        if (rest.length) ops["Equals"] = known(rest);
        else delete ops["Equals"];
        return { ...fs, operators: ops };
      });
      const trap = trapOf(sel);
      if (trap !== sel)
        out.push([
          withRedo(
            { kind: "replace-advanced", index, selector: trap },
            (x) => trapOf(x)
          )
        ]);
      const inside = (v2) => req.prefixes.some(
        (p) => (arn + "/" + p).startsWith(v2) || v2.startsWith(arn + "/" + p) || v2 === arn + "/"
      );
      let excluded = false;
      const noExclOf = (sel2) => mapFields(sel2, (fs) => {
        if (!fs.field.known || fs.field.value !== "resources.ARN") return fs;
        const ops = { ...fs.operators };
        let changed = false;
        for (const op of ["NotStartsWith", "NotEquals"]) {
          const l = fs.operators[op];
          if (!l?.known) continue;
          const keep = l.value.filter((s) => !(s.known && inside(s.value)));
          if (keep.length === l.value.length) continue;
          changed = true;
          if (keep.length) ops[op] = known(keep);
          else delete ops[op];
        }
        if (!changed) return fs;
        excluded = true;
        return Object.keys(ops).length ? { ...fs, operators: ops } : null;
      });
      const noExcl = noExclOf(sel);
      if (excluded)
        out.push([
          withRedo(
            { kind: "replace-advanced", index, selector: noExcl },
            (x) => noExclOf(x)
          )
        ]);
      const ro = sel.fieldSelectors.value.find((fs) => fs.field.known && fs.field.value === "readOnly");
      const v = ro?.operators.Equals?.known ? ro.operators.Equals.value[0] : void 0;
      if (ro && v?.known) {
        const other = mapFields(
          sel,
          (fs) => fs === ro ? field("readOnly", { Equals: [v.value === "true" ? "false" : "true"] }) : fs
        );
        out.push([
          {
            kind: "add-advanced",
            selector: {
              ...other,
              ...sel.name ? { name: `${sel.name} (${v.value === "true" ? "write" : "read"})` } : {}
            }
          }
        ]);
      }
    });
  }
  if (set.kind === "basic") {
    const fixedOf = (sel) => !sel.dataResources.known ? sel : {
      readWriteType: known("All"),
      dataResources: known(
        sel.dataResources.value.map((dr) => {
          if (!dr.type.known || dr.type.value !== "AWS::S3::Object" || !dr.values.known) return dr;
          const vals = dr.values.value.map((s) => s.known && s.value === arn ? S(arn + "/") : s);
          const wanted = req.prefixes.includes("") ? [arn + "/"] : [arn + "/", ...req.prefixes.map((p) => `${arn}/${p}`)];
          for (const w of wanted)
            if (!vals.some((s) => s.known && w.startsWith(s.value))) vals.push(S(w));
          return { ...dr, values: known(vals) };
        })
      )
    };
    set.selectors.forEach((sel, index) => {
      if (!sel.dataResources.known) return;
      out.push([
        withRedo(
          { kind: "replace-basic", index, selector: fixedOf(sel) },
          (x) => fixedOf(x)
        )
      ]);
    });
  }
  return out;
}
function fallback(rec, req, arn) {
  if (rec?.selectors.known && rec.selectors.value.kind === "basic")
    return [
      {
        kind: "add-basic",
        selector: {
          readWriteType: known("All"),
          dataResources: known([
            {
              type: known("AWS::S3::Object"),
              values: known(
                (req.prefixes.includes("") ? [arn + "/"] : [arn + "/", ...req.prefixes.map((p) => `${arn}/${p}`)]).map(S)
              )
            }
          ])
        }
      }
    ];
  const added = selectorFor(req, arn).map((selector) => ({ kind: "add-advanced", selector }));
  if (rec?.kind === "trail" && rec.selectors.known && rec.selectors.value.kind === "none")
    added.unshift({
      kind: "add-advanced",
      selector: {
        name: "Management events",
        fieldSelectors: known([field("eventCategory", { Equals: ["Management"] })])
      }
    });
  return added;
}
function attributeFixes(rec, bucketRegion) {
  const out = [];
  if (rec.logging.known && !rec.logging.value)
    out.push(
      rec.kind === "trail" ? { kind: "set", attribute: "enable_logging", value: true } : { kind: "set", attribute: "suspend", value: "false" }
    );
  if (rec.multiRegion.known && !rec.multiRegion.value && bucketRegion && rec.homeRegion.known && rec.homeRegion.value !== bucketRegion)
    out.push({
      kind: "set",
      attribute: rec.kind === "trail" ? "is_multi_region_trail" : "multi_region_enabled",
      value: true
    });
  return out;
}
function describe2(patches) {
  return patches.map((p) => {
    switch (p.kind) {
      case "set":
        return `set ${p.attribute} = ${String(p.value)}`;
      case "replace-advanced":
        return `correct advanced_event_selector #${p.index + 1}${p.selector.name ? ` ("${p.selector.name}")` : ""}`;
      case "add-advanced":
        return `add advanced_event_selector "${p.selector.name ?? ""}"`;
      case "replace-basic":
        return `correct event_selector #${p.index + 1}`;
      case "add-basic":
        return "add an event_selector (basic and advanced selectors cannot be mixed on one trail)";
    }
  }).join(", ");
}
function shapeOf(tries) {
  return tries.map((t) => t.map((p) => `${p.kind}${"index" in p ? p.index : ""}`).join(",")).join("|");
}
var NEW_TRAIL_ID = "aws_cloudtrail.s3_data_events";
function newTrail(facts, patches) {
  return applyPatches(
    {
      kind: "trail",
      id: NEW_TRAIL_ID,
      origin: { source: "terraform-plan", ref: NEW_TRAIL_ID },
      name: known("s3-data-events"),
      arn: known(""),
      partition: known(facts.defaults.partition),
      accountId: facts.defaults.accountId,
      homeRegion: facts.defaults.region,
      multiRegion: known(true),
      organization: known(false),
      logging: known(true),
      selectors: known({ kind: "none" }),
      logBucket: unknown("not-collected", "the new trail needs a log bucket"),
      logPrefix: known(null),
      kmsKeyId: known(null),
      logFileValidation: known(true),
      cloudWatchLogsGroupArn: known(null),
      cloudWatchLogsRoleArn: known(null)
    },
    patches
  );
}
function newTrailTerraform(patches) {
  const blocks = patches.map((p) => p.kind === "add-advanced" ? renderAdvancedSelector(p.selector, "  ") : "").join("\n");
  return `resource "aws_cloudtrail" "s3_data_events" {
  name                  = "s3-data-events"
  s3_bucket_name        = aws_s3_bucket.cloudtrail_logs.id # a log bucket with the CloudTrail bucket policy
  is_multi_region_trail = true
${blocks}
}`;
}
function newTrailFix(facts, views, policy, req, arn, memoClosed) {
  const patches = fallback(void 0, req, arn);
  const closes = memoClosed ?? covers(facts, views, policy, req, void 0, newTrail(facts, patches));
  return {
    bucket: req.name,
    summary: "no trail in the source can be corrected to cover it: add a multi-Region trail",
    terraform: newTrailTerraform(patches),
    patches,
    closes
  };
}
function combineNewTrails(facts, policy, fixes) {
  const group = fixes.filter((f) => !f.recorder);
  if (group.length < 2) return [...fixes];
  const patches = mergeAdded(group.flatMap((f) => f.patches));
  const buckets = group.map((f) => f.bucket);
  const proposed = newTrail(facts, patches);
  const one = {
    bucket: buckets[0],
    buckets,
    summary: "no trail in the source can be corrected to cover them: add one multi-Region trail",
    terraform: newTrailTerraform(patches),
    patches,
    closes: group.every((f) => f.closes) && selectorProblems(proposed).length === 0 && coversAll(facts, policy, buckets, [...facts.recorders, proposed])
  };
  const out = [];
  for (const f of fixes)
    if (f.recorder) out.push(f);
    else if (f === group[0]) out.push(one);
  return out;
}
function combineAdded(facts, policy, fixes) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const f of fixes)
    if (f.recorder && !f.buckets && f.patches.length && f.patches.every((p) => p.kind === "add-advanced")) {
      const g = groups2.get(f.recorder);
      if (g) g.push(f);
      else groups2.set(f.recorder, [f]);
    }
  const replaced = /* @__PURE__ */ new Map();
  for (const [id, group] of groups2) {
    if (group.length < 2) continue;
    const rec = facts.recorders.find((r) => r.id === id);
    if (!rec) continue;
    const patches = mergeAdded(
      group.flatMap((f) => f.patches),
      MAX_ADVANCED_VALUES
    );
    if (!patches || patches.length >= group.reduce((n, f) => n + f.patches.length, 0)) continue;
    const patched = applyPatches(rec, patches);
    const buckets = group.map((f) => f.bucket);
    if (!group.every((f) => f.closes) || !acceptable(rec, patches) || !coversAll(
      facts,
      policy,
      buckets,
      facts.recorders.map((r) => r === rec ? patched : r)
    ))
      continue;
    const one = {
      bucket: buckets[0],
      buckets,
      recorder: id,
      summary: `${id}: ${describe2(patches)}`,
      terraform: renderPatches(rec, patches),
      patches,
      closes: true
    };
    group.forEach((f, i) => replaced.set(f, i === 0 ? one : null));
  }
  if (!replaced.size) return [...fixes];
  const out = [];
  for (const f of fixes) {
    const r = replaced.get(f);
    if (r === void 0) out.push(f);
    else if (r) out.push(r);
  }
  return out;
}
function coversAll(facts, policy, buckets, recorders) {
  const wanted = new Set(buckets);
  const check = evaluateCoverage(
    { ...facts, recorders },
    { ...policy, buckets: policy.buckets.filter((b) => wanted.has(b.name)) },
    { coveredOnly: true }
  );
  return check.buckets.every((b) => b.status === "covered");
}
function mergeAdded(all, budget = Infinity) {
  let values = 0;
  const patches = [];
  const byShape = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const p of all) {
    if (p.kind !== "add-advanced" || !p.selector.fieldSelectors.known) {
      patches.push(p);
      continue;
    }
    const fields = p.selector.fieldSelectors.value;
    const texts = fields.map(fieldText);
    const whole = `[${texts.join(",")}]`;
    if (seen.has(whole)) continue;
    seen.add(whole);
    const arnAt = fields.findIndex((x) => x.field.known && x.field.value === "resources.ARN");
    if (arnAt < 0) {
      patches.push(p);
      continue;
    }
    const shape = `[${texts.filter((_, i) => i !== arnAt).join(",")}]`;
    let entry = byShape.get(shape);
    if (!entry) {
      entry = { at: patches.length, arnAt, ops: /* @__PURE__ */ new Map(), n: 0 };
      byShape.set(shape, entry);
      patches.push(p);
    }
    entry.n++;
    const arn = fields[arnAt];
    for (const op of Object.keys(arn.operators)) {
      let set = entry.ops.get(op);
      if (!set) entry.ops.set(op, set = /* @__PURE__ */ new Set());
      for (const v of strValues(arn.operators[op])) {
        if (set.has(v)) continue;
        set.add(v);
        if (++values > budget) return void 0;
      }
    }
  }
  for (const e of byShape.values()) {
    if (e.n < 2) continue;
    const prev = patches[e.at];
    const fields = prev.selector.fieldSelectors.value;
    const ops = {};
    for (const [op, set] of e.ops) ops[op] = [...set];
    const merged = fields.map((x, i) => i === e.arnAt ? field("resources.ARN", ops) : x);
    patches[e.at] = {
      ...prev,
      selector: { ...prev.selector, name: "S3 data events", fieldSelectors: known(merged) }
    };
  }
  return patches;
}
var FIELD_TEXT = /* @__PURE__ */ new WeakMap();
function fieldText(fs) {
  let t = FIELD_TEXT.get(fs);
  if (t === void 0) {
    t = JSON.stringify(fs);
    FIELD_TEXT.set(fs, t);
  }
  return t;
}
function strValues(l) {
  if (!l?.known) return [];
  return l.value.filter((v) => v.known).map((v) => v.value);
}
function remediate(facts, policy, coverage, opts = {}) {
  const memoize = opts.memoize !== false;
  const fixes = [];
  const requirements = new Map(policy.buckets.map((r) => [r.name, r]));
  const trails = facts.recorders.filter((r) => r.kind === "trail").slice(0, 3);
  const memo = /* @__PURE__ */ new Map();
  const keyTexts = new KeyTexts(facts);
  let lastSignature;
  let last;
  let previous;
  for (const b of coverage.buckets) {
    if (b.status === "covered" || b.status === "unknown") continue;
    if (isDirectoryBucketName(b.name)) continue;
    const req = requirements.get(b.name);
    if (!req) continue;
    const reaching = recordersReaching(facts, b.name);
    const pool = reaching.some(usable) ? reaching : trails;
    const key = memoize ? choiceKey(facts, req, b, reaching, pool, keyTexts) : void 0;
    let entry;
    if (key !== void 0) {
      if (key.signature !== lastSignature) {
        lastSignature = key.signature;
        last = memo.get(key.signature);
        previous = void 0;
      }
      if (previous && sameParts(previous.parts, key.parts)) entry = previous.entry;
      else {
        entry = last?.get(keyText2(key.parts));
        if (entry) previous = { parts: key.parts, entry };
      }
    }
    if (entry?.template) {
      fixes.push(instantiate2(facts, entry.template, req, b.region));
      continue;
    }
    const result = searchBucket(facts, policy, b, req, reaching, pool, entry?.choice);
    fixes.push(result.fix);
    if (key === void 0 || !result.chosen) continue;
    const e = { choice: result.chosen };
    if (!last) memo.set(key.signature, last = /* @__PURE__ */ new Map());
    last.set(keyText2(key.parts), e);
    previous = { parts: key.parts, entry: e };
    if (key.nameFree) {
      const t = templateOf(facts, policy, result, req, b.region);
      if (t) e.template = t;
    }
  }
  return combineNewTrails(facts, policy, combineAdded(facts, policy, combine(facts, policy, fixes)));
}
var usable = (r) => r.change !== "delete" && r.selectors.known && r.selectors.value.kind !== "conflict";
function attemptsOf(facts, rec, req, region) {
  const arn = bucketArn(facts, req.name);
  const attrs = attributeFixes(rec, region);
  const view = project(facts, rec, req.name);
  const tries = [
    attrs,
    ...selectorCandidates(view.rec, req, arn).map((s) => [...attrs, ...s]),
    [...attrs, ...fallback(rec, req, arn)]
  ];
  return { view, tries };
}
function fixOf(bucket, rec, patches) {
  return {
    bucket,
    recorder: rec.id,
    summary: `${rec.id}: ${describe2(patches)}`,
    terraform: renderPatches(rec, patches),
    patches,
    closes: true
  };
}
function replayPatches(facts, rec, choice, req, region) {
  const a = attemptsOf(facts, rec, req, region);
  const viewPatches = a.tries[choice.attempt];
  if (!viewPatches || shapeOf(a.tries) !== choice.shape) return void 0;
  return unproject(a.view, viewPatches);
}
function searchBucket(facts, policy, b, req, reaching, pool, choice) {
  const arn = bucketArn(facts, b.name);
  const credits = /* @__PURE__ */ new Map();
  const credit = (r) => {
    let n = credits.get(r);
    if (n === void 0) {
      n = b.events.filter((e) => e.coveredBy.includes(r.id)).length;
      credits.set(r, n);
    }
    return n;
  };
  const views = new Map(reaching.map((r) => [r, viewOf(facts, r, b.name)]));
  const candidates = pool.filter(usable).sort((x, y) => credit(y) - credit(x) || Number(y.kind === "trail") - Number(x.kind === "trail"));
  if (choice?.kind === "new-trail")
    return { fix: newTrailFix(facts, views, policy, req, arn, choice.closes) };
  if (choice?.kind === "patch") {
    const rec = candidates[choice.candidate];
    const patches = rec ? replayPatches(facts, rec, choice, req, b.region) : void 0;
    if (rec && patches && acceptable(rec, patches)) return { fix: fixOf(b.name, rec, patches) };
  }
  let found;
  candidates.some((rec, ci) => {
    const { view, tries } = attemptsOf(facts, rec, req, b.region);
    return tries.some((viewPatches, ti) => {
      if (!viewPatches.length) return false;
      if (!covers(facts, views, policy, req, rec, applyPatches(view.rec, viewPatches))) return false;
      const patches = unproject(view, viewPatches);
      if (!acceptable(rec, patches)) return false;
      found = {
        fix: fixOf(b.name, rec, patches),
        chosen: { kind: "patch", candidate: ci, attempt: ti, shape: shapeOf(tries) },
        rec
      };
      return true;
    });
  });
  if (found) return found;
  const fix3 = newTrailFix(facts, views, policy, req, arn);
  return { fix: fix3, chosen: { kind: "new-trail", closes: fix3.closes } };
}
var PLACEHOLDER = "\uE000";
function nodeOf(v, mark, copy = false) {
  if (typeof v === "string") return v.includes(mark) ? { k: 1, parts: v.split(mark) } : { k: 0, v };
  if (Array.isArray(v)) {
    const items = v.map((x) => nodeOf(x, mark));
    return !copy && items.every((x) => x.k === 0) ? { k: 0, v } : { k: 2, items };
  }
  if (v !== null && typeof v === "object") {
    const keys = Object.keys(v);
    const vals = keys.map((key) => nodeOf(v[key], mark));
    return !copy && vals.every((x) => x.k === 0) ? { k: 0, v } : { k: 3, keys, vals };
  }
  return { k: 0, v };
}
function build2(n, name) {
  switch (n.k) {
    case 0:
      return n.v;
    case 1:
      return n.parts.join(name);
    case 2:
      return n.items.map((x) => build2(x, name));
    case 3: {
      const o = {};
      for (let i = 0; i < n.keys.length; i++) o[n.keys[i]] = build2(n.vals[i], name);
      return o;
    }
  }
}
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) => kb[i] === k && same(a[k], b[k])
  );
}
function templateOf(facts, policy, searched, req, region) {
  const { chosen: choice, rec, fix: fix3 } = searched;
  if (!choice || req.name.includes(PLACEHOLDER)) return void 0;
  const mark = PLACEHOLDER.repeat(req.name.length);
  const other = { ...req, name: mark };
  let marked;
  if (choice.kind === "new-trail") {
    marked = newTrailFix(facts, /* @__PURE__ */ new Map(), policy, other, bucketArn(facts, mark), choice.closes);
  } else {
    if (!rec) return void 0;
    const patches2 = replayPatches(facts, rec, choice, other, region);
    if (!patches2 || !acceptable(rec, patches2)) return void 0;
    marked = fixOf(mark, rec, patches2);
  }
  const redo = marked.patches.map((p) => REDO.has(p));
  const node = nodeOf(marked, mark, true);
  const patches = { k: 2, items: marked.patches.map((p, i) => nodeOf(p, mark, redo[i])) };
  const t = {
    fix: { ...node, vals: node.vals.map((v, i) => node.keys[i] === "patches" ? patches : v) },
    redo,
    choice,
    ...rec ? { rec } : {}
  };
  const again = instantiate2(facts, t, req, region);
  if (!same(again, fix3) || fix3.patches.some((p, i) => REDO.has(p) !== redo[i])) return void 0;
  return t;
}
function instantiate2(facts, t, req, region) {
  const fix3 = build2(t.fix, req.name);
  if (!t.redo.includes(true)) return fix3;
  let own;
  fix3.patches.forEach((p, i) => {
    if (!t.redo[i]) return;
    REDO.set(p, (sel) => {
      if (!own) {
        own = t.rec && t.choice.kind === "patch" ? replayPatches(facts, t.rec, t.choice, req, region) : void 0;
        if (!own) throw new Error(`remediation: the fix of ${req.name} does not replay`);
      }
      const redo = own[i] && REDO.get(own[i]);
      if (!redo) throw new Error(`remediation: the fix of ${req.name} does not replay`);
      return redo(sel);
    });
  });
  return fix3;
}
function targetOfPatch(p) {
  switch (p.kind) {
    case "set":
      return `set ${p.attribute}`;
    case "replace-advanced":
      return `advanced ${p.index}`;
    case "replace-basic":
      return `basic ${p.index}`;
    default:
      return void 0;
  }
}
function combine(facts, policy, fixes) {
  const parent = fixes.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const owner = /* @__PURE__ */ new Map();
  let joined = false;
  fixes.forEach((f, i) => {
    if (!f.recorder) return;
    for (const p of f.patches) {
      const t = targetOfPatch(p);
      if (t === void 0 || p.kind !== "set" && !REDO.has(p)) continue;
      const key = JSON.stringify([f.recorder, t]);
      const o = owner.get(key);
      if (o === void 0) owner.set(key, i);
      else if (find(o) !== find(i)) {
        parent[find(i)] = find(o);
        joined = true;
      }
    }
  });
  if (!joined) return [...fixes];
  const groups2 = /* @__PURE__ */ new Map();
  fixes.forEach((f, i) => {
    const r = find(i);
    const g = groups2.get(r);
    if (g) g.push(f);
    else groups2.set(r, [f]);
  });
  const out = [];
  fixes.forEach((f, i) => {
    const group = groups2.get(find(i));
    if (group.length === 1) out.push(f);
    else if (group[0] === f) out.push(combined(facts, policy, group));
  });
  return out;
}
function combined(facts, policy, group) {
  const first = group[0];
  const rec = facts.recorders.find((r) => r.id === first.recorder);
  const patches = [];
  const at = /* @__PURE__ */ new Map();
  const added = /* @__PURE__ */ new Set();
  for (const f of group)
    for (const p of f.patches) {
      const t = targetOfPatch(p);
      const i = t === void 0 ? void 0 : at.get(t);
      if (t === void 0) {
        const key = JSON.stringify(p);
        if (!added.has(key)) patches.push(p);
        added.add(key);
      } else if (i === void 0) {
        at.set(t, patches.length);
        patches.push(p);
      } else {
        const prev = patches[i];
        const redo = REDO.get(p);
        if (prev.kind === "replace-advanced" && redo)
          patches[i] = { ...prev, selector: redo(prev.selector) };
        else if (prev.kind === "replace-basic" && redo)
          patches[i] = { ...prev, selector: redo(prev.selector) };
      }
    }
  const buckets = group.map((f) => f.bucket);
  const patched = applyPatches(rec, patches);
  const closes = group.every((f) => f.closes) && selectorProblems(patched).length === 0 && coversAll(
    facts,
    policy,
    buckets,
    facts.recorders.map((r) => r === rec ? patched : r)
  );
  return {
    bucket: first.bucket,
    buckets,
    recorder: rec.id,
    summary: `${rec.id}: ${describe2(patches)}`,
    terraform: renderPatches(rec, patches),
    patches,
    closes
  };
}
function choiceKey(facts, req, b, reaching, pool, known3) {
  const signature = verdictSignatureOf(b);
  if (signature === void 0) return void 0;
  const partition = bucketFacts(req, facts).partition;
  if (!partition.known || partition.value !== facts.defaults.partition) return void 0;
  let nameFree = true;
  const parts = [
    b.status,
    b.region,
    String(req.accept ?? null),
    b.serverAccessLogs?.usable ?? null,
    req.name.length,
    eventsId(req.events),
    req.prefixes.length === 1 ? req.prefixes[0] : JSON.stringify(req.prefixes)
  ];
  for (const list4 of pool === reaching ? [reaching] : [reaching, pool]) {
    parts.push(LIST);
    for (const r of list4) {
      const t = known3.of(r, b.name);
      if (t === void 0) return void 0;
      if (!t.nameFree) nameFree = false;
      parts.push(t);
    }
  }
  return { signature, parts, nameFree };
}
var LIST = { list: true };
function sameParts(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function keyText2(parts) {
  return JSON.stringify(
    parts.map((p) => p === LIST ? "" : p !== null && typeof p === "object" ? p.text : p)
  );
}
var KeyTexts = class {
  constructor(facts) {
    this.facts = facts;
    facts.recorders.forEach((r, i) => {
      if (!this.position.has(r)) this.position.set(r, i);
    });
    this.free = `arn:${facts.defaults.partition}:s3:::`;
  }
  facts;
  position = /* @__PURE__ */ new Map();
  blind = /* @__PURE__ */ new Map();
  free;
  ids = /* @__PURE__ */ new Map();
  of(rec, bucket) {
    let once = this.blind.get(rec);
    if (once === null) return this.compute(rec, bucket);
    if (once === void 0 && !this.blind.has(rec)) {
      let mentions;
      try {
        mentions = mentionsName(rec.selectors, this.free);
      } catch {
        mentions = true;
      }
      once = mentions ? null : this.compute(rec, bucket);
      this.blind.set(rec, once);
      if (once === null) return this.compute(rec, bucket);
    }
    return once;
  }
  compute(rec, bucket) {
    const consts = nameFreeConstants(this.facts, rec, bucket);
    if (consts === void 0) return void 0;
    const text2 = `${this.position.get(rec) ?? -1}${JSON.stringify(consts)}`;
    let t = this.ids.get(text2);
    if (t === void 0) {
      t = { text: String(this.ids.size), nameFree: consts.every((c) => c.length <= this.free.length) };
      this.ids.set(text2, t);
    }
    return t;
  }
};
function mentionsName(v, free) {
  if (typeof v === "string") return v.length > free.length && v.startsWith(free);
  if (Array.isArray(v)) return v.some((x) => mentionsName(x, free));
  if (v !== null && typeof v === "object") return Object.values(v).some((x) => mentionsName(x, free));
  return false;
}
var EVENTS_ID = /* @__PURE__ */ new WeakMap();
var EVENTS_IDS = /* @__PURE__ */ new Map();
function eventsId(events) {
  let id = EVENTS_ID.get(events);
  if (id === void 0) {
    const text2 = JSON.stringify(events);
    id = EVENTS_IDS.get(text2);
    if (id === void 0) EVENTS_IDS.set(text2, id = EVENTS_IDS.size);
    EVENTS_ID.set(events, id);
  }
  return id;
}

// src/model/facts.ts
var isOrganizationMode = (mode) => mode === "organization" || mode === "plan+organization";

// src/outputs/fix-diff.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import { join as join2 } from "node:path";

// src/outputs/hcl-layout.ts
var LayoutError = class extends Error {
};
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
var Reader2 = class {
  constructor(s, i) {
    this.s = s;
    this.i = i;
  }
  s;
  i;
  heredoc = false;
  comment = false;
  fail(what) {
    throw new LayoutError(`${what} at offset ${this.i}`);
  }
  /** Skips blanks and comments; newlines too when `nl`. */
  space(nl) {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\r" || nl && c === "\n") this.i++;
      else if (c === "#" || c === "/" && s[this.i + 1] === "/") {
        this.comment = true;
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
      } else if (c === "/" && s[this.i + 1] === "*") {
        this.comment = true;
        const end = s.indexOf("*/", this.i + 2);
        if (end < 0) this.fail("unterminated comment");
        this.i = end + 2;
      } else break;
    }
  }
  ident() {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.s);
    if (!m) return void 0;
    this.i += m[0].length;
    return m[0];
  }
  /** A quoted string (templates included); returns its raw text. */
  string() {
    const s = this.s;
    const start = this.i;
    this.i++;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === "\\") this.i += 2;
      else if (c === '"') {
        this.i++;
        return s.slice(start, this.i);
      } else if ((c === "$" || c === "%") && s[this.i + 1] === "{") {
        if (s[this.i - 1] === c && s[this.i - 2] !== c) {
          this.i += 2;
          continue;
        }
        this.i += 2;
        this.balanced("}");
      } else if (c === "\n") this.fail("newline in a string");
      else this.i++;
    }
    return this.fail("unterminated string");
  }
  /** Skips to the `close` that matches (strings, comments and nested brackets followed). */
  balanced(close) {
    const s = this.s;
    const stack = [close];
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '"') this.string();
      else if (c === "#" || c === "/" && (s[this.i + 1] === "/" || s[this.i + 1] === "*"))
        this.space(false);
      else if (c === "<" && s[this.i + 1] === "<" && /[-A-Za-z_]/.test(s[this.i + 2] ?? ""))
        this.skipHeredoc();
      else if (c === "(" || c === "[" || c === "{") {
        stack.push(c === "(" ? ")" : c === "[" ? "]" : "}");
        this.i++;
      } else if (c === ")" || c === "]" || c === "}") {
        if (stack.pop() !== c) this.fail("unbalanced brackets");
        this.i++;
        if (!stack.length) return;
      } else this.i++;
    }
    this.fail("unterminated expression");
  }
  skipHeredoc() {
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(this.s.slice(this.i, this.i + 200));
    if (!m) return this.fail("heredoc");
    this.heredoc = true;
    const marker = m[1];
    let at = this.i + m[0].length;
    for (; ; ) {
      const nl = this.s.indexOf("\n", at);
      const line = this.s.slice(at, nl < 0 ? this.s.length : nl);
      if (line.trim() === marker) {
        this.i = at + line.replace(/\r$/, "").length;
        return;
      }
      if (nl < 0) this.fail("unterminated heredoc");
      at = nl + 1;
    }
  }
  /** The end of an expression: stops before a newline or one of `stops` outside brackets. */
  exprEnd(stops, newlines = false) {
    const s = this.s;
    let last = this.i;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\r" || newlines && c === "\n") {
        this.i++;
        continue;
      }
      if (c === "#" || c === "/" && (s[this.i + 1] === "/" || s[this.i + 1] === "*")) {
        this.space(false);
        continue;
      }
      if (c === "\n" || stops.includes(c)) break;
      if (c === '"') this.string();
      else if (c === "<" && s[this.i + 1] === "<" && /[-A-Za-z_]/.test(s[this.i + 2] ?? ""))
        this.skipHeredoc();
      else if (c === "(" || c === "[" || c === "{") {
        this.i++;
        this.balanced(c === "(" ? ")" : c === "[" ? "]" : "}");
      } else this.i++;
      last = this.i;
    }
    return last;
  }
};
function exprAt(s, start, end) {
  const open = s[start];
  if ((open === "[" || open === "{") && s[end - 1] === (open === "[" ? "]" : "}")) {
    const r2 = new Reader2(s, start + 1);
    r2.space(true);
    const save = r2.i;
    if (r2.ident() === "for" && /\s/.test(s[r2.i] ?? "")) return { kind: "other", start, end, forExpr: true };
    r2.i = save;
    if (open === "[") {
      const items = [];
      for (; ; ) {
        r2.space(true);
        if (r2.i >= end - 1) break;
        const at = r2.i;
        const e = r2.exprEnd(",]", true);
        if (r2.i >= end || e <= at) return { kind: "other", start, end };
        items.push(exprAt(s, at, e));
        r2.space(true);
        if (s[r2.i] === ",") r2.i++;
        else if (r2.i < end - 1) return { kind: "other", start, end };
      }
      return { kind: "list", start, end, items, comments: r2.comment };
    }
    const entries = [];
    for (; ; ) {
      r2.space(true);
      if (s[r2.i] === ",") {
        r2.i++;
        continue;
      }
      if (r2.i >= end - 1) break;
      const nameStart = r2.i;
      let name;
      if (s[r2.i] === '"') {
        const raw = r2.string();
        name = /^"[A-Za-z0-9_.-]*"$/.test(raw) ? raw.slice(1, -1) : void 0;
      } else name = r2.ident();
      if (name === void 0) return { kind: "other", start, end };
      const nameEnd = r2.i;
      r2.space(false);
      if (s[r2.i] !== "=" && s[r2.i] !== ":") return { kind: "other", start, end };
      r2.i++;
      r2.space(false);
      const vs = r2.i;
      const ve = r2.exprEnd(",}");
      if (ve <= vs) return { kind: "other", start, end };
      entries.push({
        name,
        nameSpan: { start: nameStart, end: nameEnd },
        value: exprAt(s, vs, ve),
        start: nameStart,
        end: ve
      });
    }
    return { kind: "object", start, end, entries, comments: r2.comment };
  }
  const r = new Reader2(s, start);
  r.exprEnd("");
  return { kind: "other", start, end, ...r.heredoc ? { heredoc: true } : {} };
}
function body(r, open) {
  const s = r.s;
  r.i = open + 1;
  const attributes = [];
  const blocks = [];
  let heredoc = false;
  for (; ; ) {
    r.space(true);
    if (r.i >= s.length) r.fail("unterminated block");
    if (s[r.i] === "}") {
      const close = r.i;
      r.i++;
      return { open, close, attributes, blocks, heredoc };
    }
    const start = r.i;
    const name = r.ident();
    if (!name) r.fail("expected an attribute or a block");
    r.space(false);
    if (s[r.i] === "=" && s[r.i + 1] !== "=") {
      r.i++;
      r.space(false);
      const vs = r.i;
      const before = r.heredoc;
      r.heredoc = false;
      const ve = r.exprEnd("}");
      if (r.heredoc) heredoc = true;
      r.heredoc = before || r.heredoc;
      attributes.push({
        name,
        nameSpan: { start, end: start + name.length },
        value: exprAt(s, vs, ve),
        start,
        end: ve
      });
      continue;
    }
    const labels = [];
    for (; ; ) {
      r.space(false);
      if (s[r.i] === '"') labels.push(r.string().slice(1, -1));
      else if (s[r.i] === "{") break;
      else {
        const l = r.ident();
        if (!l) r.fail("expected a block label");
        labels.push(l);
      }
    }
    const b = body(r, r.i);
    if (b.heredoc) heredoc = true;
    blocks.push({ type: name, labels, body: b, start, end: r.i });
  }
}
function blockAt(text2, start) {
  const r = new Reader2(text2, start);
  const type = r.ident() ?? r.fail("expected a block");
  const labels = [];
  for (; ; ) {
    r.space(false);
    if (text2[r.i] === '"') labels.push(r.string().slice(1, -1));
    else if (text2[r.i] === "{") break;
    else labels.push(r.ident() ?? r.fail("expected a block label"));
  }
  const b = body(r, r.i);
  return { type, labels, body: b, start, end: r.i };
}
function topBlocks(text2) {
  const out = [];
  const r = new Reader2(text2, 0);
  for (; ; ) {
    r.space(true);
    if (r.i >= text2.length) return out;
    const b = blockAt(text2, r.i);
    out.push(b);
    r.i = b.end;
  }
}
function literal(text2) {
  if (!/^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(text2)) return void 0;
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}

// src/outputs/fix-diff.ts
var Unmatched = class extends Error {
};
var no = (why) => {
  throw new Unmatched(why);
};
function fixDiff(fix3, ctx) {
  const rec = ctx.recorder;
  if (!fix3.recorder || !rec || rec.origin.source !== "terraform-plan") return {};
  cache = ctx.files;
  try {
    return { diff: diffOf(fix3.patches, rec, ctx) };
  } catch (e) {
    if (e instanceof Unmatched) return { diffUnavailable: e.message };
    if (e instanceof LayoutError) return { diffUnavailable: `the block could not be read (${e.message})` };
    throw e;
  } finally {
    cache = void 0;
  }
}
var cache;
function readText(file) {
  const hit = cache?.get(file);
  if (hit !== void 0) return hit;
  let text2;
  try {
    text2 = readFileSync3(file, "utf8");
  } catch {
    return no(`${file} could not be read`);
  }
  cache?.set(file, text2);
  return text2;
}
function lineOffset(text2, line) {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const nl = text2.indexOf("\n", at);
    if (nl < 0) return no("the line of the block is past the end of its file");
    at = nl + 1;
  }
  return at;
}
var MODULE_PATH = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)(?:(data)\.)?([^.[\]]+)\.([^.[\]]+)(\[[^\]]*\])?$/;
function locateTarget(rec, ctx) {
  const address = rec.origin.ref || rec.id;
  const m = MODULE_PATH.exec(address);
  if (!m) return no(`the address ${address} is not one of a resource`);
  if (m[5] && /^\["/.test(m[5]))
    return no(
      `${address} is one of several for_each instances of one block, which a change there would all get`
    );
  const keyed2 = /module\.([^.[\]]+)\["/.exec(m[1] ?? "");
  if (keyed2)
    return no(
      `${address} is in one of several for_each instances of module "${keyed2[1]}", which a change there would all get`
    );
  const scope = (m[1] ?? "").replace(/\[[^\]]*\]/g, "");
  const at = ctx.locate(address);
  if (at) {
    if (at.file.endsWith(".json")) return no("the trail is written in JSON syntax (.tf.json)");
    if (scope) sharedLocalModule(ctx.dir, scope);
    const text2 = readText(at.file);
    const block = blockAt(
      text2,
      lineOffset(text2, at.line) + (/^\s*/.exec(text2.slice(lineOffset(text2, at.line)))?.[0].length ?? 0)
    );
    return { file: at.file, text: text2, block, root: blockNode(block), scope };
  }
  if (!scope && readdirSafe(ctx.dir).some((f) => f.endsWith(".tf.json")))
    return no("the trail is written in JSON syntax (.tf.json)");
  if (!scope) return no(`the block of ${address} was not found in terraform-dir`);
  return viaModuleInput(ctx.dir, scope, m[3], m[4], address);
}
function sharedLocalModule(dir, scope) {
  const path = scope.split(".").filter((_, i) => i % 2 === 1);
  if (path.length !== 1) return;
  const calls = /* @__PURE__ */ new Map();
  let mine;
  for (const file of tfFiles(dir)) {
    const text2 = readText(file);
    let blocks;
    try {
      blocks = topBlocks(text2);
    } catch {
      continue;
    }
    for (const b of blocks) {
      const src = b.type === "module" ? b.body.attributes.find((a) => a.name === "source") : void 0;
      const value2 = src ? literal(text2.slice(src.value.start, src.value.end).trim()) : void 0;
      if (value2 === void 0) continue;
      const key = join2(dir, value2).replace(/\/+$/, "");
      calls.set(key, [...calls.get(key) ?? [], b.labels[0]]);
      if (b.labels[0] === path[0]) mine = key;
    }
  }
  const others = (mine ? calls.get(mine) ?? [] : []).filter((c) => c !== path[0]);
  if (others.length)
    no(
      `module "${path[0]}" shares its source with module ${others.map((c) => `"${c}"`).join(", ")}: a change in its files would change their trails too`
    );
}
function readdirSafe(dir) {
  try {
    return readdirSync2(dir);
  } catch {
    return [];
  }
}
function tfFiles(dir) {
  try {
    return readdirSync2(dir).filter((f) => f.endsWith(".tf")).sort().map((f) => join2(dir, f));
  } catch {
    return [];
  }
}
function modulesJson(dir) {
  try {
    const j = JSON.parse(readFileSync3(join2(dir, ".terraform", "modules", "modules.json"), "utf8"));
    return Array.isArray(j.Modules) ? j.Modules.filter((x) => typeof x?.Key === "string") : [];
  } catch {
    return [];
  }
}
function findBlock(files, pick) {
  for (const file of files) {
    const text2 = readText(file);
    let blocks;
    try {
      blocks = topBlocks(text2);
    } catch {
      continue;
    }
    const block = blocks.find(pick);
    if (block) return { file, text: text2, block };
  }
  return void 0;
}
function viaModuleInput(dir, scope, type, name, address) {
  const path = scope.split(".").filter((_, i) => i % 2 === 1).filter(Boolean);
  const key = path.join(".");
  const call = path.at(-1);
  const mods = modulesJson(dir);
  const record = mods.find((x) => x.Key === key);
  if (!record)
    return no(
      `module "${call}" is not installed in terraform-dir (.terraform/modules/modules.json; run terraform init)`
    );
  const parentKey = path.slice(0, -1).join(".");
  const parentDir = parentKey ? mods.find((x) => x.Key === parentKey)?.Dir : ".";
  if (parentDir === void 0) return no(`the caller of module "${call}" is not installed in terraform-dir`);
  const inside = findBlock(
    tfFiles(join2(dir, record.Dir)),
    (b) => b.type === "resource" && b.labels[0] === type && b.labels[1] === name
  );
  if (!inside) return no(`the block of ${address} was not found in module "${call}"`);
  const caller = findBlock(tfFiles(join2(dir, parentDir)), (b) => b.type === "module" && b.labels[0] === call);
  if (!caller) return no(`the module "${call}" call was not found`);
  return {
    file: caller.file,
    text: caller.text,
    block: caller.block,
    root: moduleNode(caller.block, inside.text, inside.block.body),
    scope: path.slice(0, -1).map((p) => `module.${p}.`).join(""),
    module: call
  };
}
function blockNode(block) {
  const body2 = block.body;
  return {
    start: block.start,
    open: body2.open,
    close: body2.close,
    entries: body2.attributes,
    nesting: "block",
    object: false,
    attr: (arg) => body2.attributes.find((a) => a.name === arg),
    key: (arg) => arg,
    children(kind) {
      if (body2.blocks.some((b) => b.type === "dynamic" && b.labels[0] === kind))
        return no(`the ${kind} blocks are written as a dynamic block`);
      return body2.blocks.filter((b) => b.type === kind).map(blockNode);
    },
    childList: () => no("not a module input"),
    childShape: () => no("not a module input")
  };
}
function objectNode(obj, shape) {
  const keyOf = (arg) => shape.keys.get(arg) ?? shape.nested.get(arg)?.key ?? no(`the module input does not say which key sets ${arg}`);
  const nestedOf = (kind) => shape.nested.get(kind) ?? no(`the module input does not say which key holds ${kind}`);
  const listOf2 = (kind) => {
    const key = nestedOf(kind).key;
    const e = obj.entries.find((x) => x.name === key);
    if (!e) return void 0;
    if (e.value.kind !== "list") return no(`${key} is not written as a list of objects`);
    return e.value;
  };
  return {
    start: obj.start,
    open: obj.start,
    close: obj.end - 1,
    entries: obj.entries,
    nesting: "list",
    object: true,
    attr: (arg) => {
      const k = shape.keys.get(arg) ?? shape.nested.get(arg)?.key;
      return k === void 0 ? void 0 : obj.entries.find((x) => x.name === k);
    },
    key: keyOf,
    childList: (kind) => listOf2(kind) ?? no(`the module input sets no ${nestedOf(kind).key} to add to`),
    childShape: (kind) => nestedOf(kind).shape,
    children(kind) {
      const sub = nestedOf(kind).shape;
      return (listOf2(kind)?.items ?? []).map(
        (x) => x.kind === "object" ? objectNode(x, sub) : no(`a ${kind} of the module input is not an object`)
      );
    }
  };
}
function readKey(text2, iter) {
  const e = iter.replace(/[-]/g, "\\-");
  const m = new RegExp(`^(?:try\\(\\s*)?${e}\\.value\\.([A-Za-z_][\\w-]*)`).exec(text2) ?? new RegExp(`^lookup\\(\\s*${e}\\.value\\s*,\\s*"([^"]+)"`).exec(text2) ?? new RegExp(`^${e}\\.value\\[\\s*"([^"]+)"\\s*\\]`).exec(text2);
  return m?.[1];
}
function dynamicParts(text2, d) {
  const forEach = d.body.attributes.find((a) => a.name === "for_each");
  const iterator = d.body.attributes.find((a) => a.name === "iterator");
  const content = d.body.blocks.find((b) => b.type === "content");
  if (!forEach || !content) return void 0;
  return {
    forEach: text2.slice(forEach.value.start, forEach.value.end).trim(),
    iter: iterator ? text2.slice(iterator.value.start, iterator.value.end).trim() : d.labels[0],
    content: content.body
  };
}
function shapeOf2(text2, content, iter) {
  const keys = /* @__PURE__ */ new Map();
  for (const a of content.attributes) {
    const k = readKey(text2.slice(a.value.start, a.value.end), iter);
    if (k) keys.set(a.name, k);
  }
  const nested2 = /* @__PURE__ */ new Map();
  for (const d of content.blocks.filter((b) => b.type === "dynamic")) {
    const parts = dynamicParts(text2, d);
    const key = parts ? readKey(parts.forEach, iter) : void 0;
    if (parts && key)
      nested2.set(d.labels[0], { key, shape: shapeOf2(text2, parts.content, parts.iter) });
  }
  return { keys, nested: nested2 };
}
function moduleNode(call, moduleText, resource) {
  const name = call.labels[0];
  const inputs = /* @__PURE__ */ new Map();
  const direct = (t) => /^var\.([A-Za-z_][\w-]*)$/.exec(t.trim())?.[1];
  for (const a of resource.attributes) {
    const v = direct(moduleText.slice(a.value.start, a.value.end));
    if (v) inputs.set(a.name, { input: v });
  }
  for (const d of resource.blocks.filter((b) => b.type === "dynamic")) {
    const parts = dynamicParts(moduleText, d);
    const v = parts ? direct(parts.forEach) : void 0;
    if (parts && v)
      inputs.set(d.labels[0], { input: v, shape: shapeOf2(moduleText, parts.content, parts.iter) });
  }
  const inputOf = (arg) => inputs.get(arg)?.input ?? no(`module "${name}" does not pass ${arg} straight from one of its inputs`);
  const listOf2 = (kind) => {
    const input = inputOf(kind);
    const e = call.body.attributes.find((a) => a.name === input);
    if (!e) return no(`the call of module "${name}" does not set ${input} (the module's default is used)`);
    if (e.value.kind !== "list") return no(`the input ${input} of module "${name}" is not written as a list`);
    return e.value;
  };
  const shapeFor = (kind) => inputs.get(kind)?.shape ?? no(`module "${name}" does not pass ${kind} blocks from one of its inputs`);
  return {
    start: call.start,
    open: call.body.open,
    close: call.body.close,
    entries: call.body.attributes,
    nesting: "list",
    object: false,
    attr: (arg) => {
      const input = inputs.get(arg)?.input;
      return input === void 0 ? void 0 : call.body.attributes.find((a) => a.name === input);
    },
    key: inputOf,
    childList: listOf2,
    childShape: shapeFor,
    children(kind) {
      const shape = shapeFor(kind);
      return listOf2(kind).items.map(
        (x) => x.kind === "object" ? objectNode(x, shape) : no(`an element of the input ${inputOf(kind)} is not an object`)
      );
    }
  };
}
var Editor = class {
  constructor(text2, scope, bucketRef) {
    this.text = text2;
    this.scope = scope;
    this.bucketRef = bucketRef;
  }
  text;
  scope;
  bucketRef;
  edits = [];
  /**
   * Lines whose run of `=` must be re-aligned once edited: an offset in the text as it is now, and which
   * lines from the one there on (-1: the line before it) were changed.
   */
  realign = [];
  pool = /* @__PURE__ */ new Map();
  src(e) {
    return this.text.slice(e.start, e.end);
  }
  lineStart(at) {
    return this.text.lastIndexOf("\n", at - 1) + 1;
  }
  indentAt(at) {
    const re = /[ \t]*/y;
    re.lastIndex = this.lineStart(at);
    return re.exec(this.text)?.[0] ?? "";
  }
  /** Whether only blanks are before `at` on its line. */
  startsLine(at) {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(at), at));
  }
  lineEnd(at) {
    const nl = this.text.indexOf("\n", at);
    return nl < 0 ? this.text.length : nl + 1;
  }
  eol() {
    return this.text.includes("\r\n") ? "\r\n" : "\n";
  }
  push(e) {
    this.edits.push(e);
  }
  /** A value as the user would write it: reused text, a reference to the bucket, or a literal. */
  textFor(v) {
    const same2 = this.pool.get(v);
    if (same2 !== void 0) return same2;
    for (const [w, t] of this.pool) {
      if (!v.startsWith(w) || v === w || !(w.endsWith("/") || v[w.length] === "/")) continue;
      const suffix = hclString(v.slice(w.length)).slice(1, -1);
      if (/^"[^"\n]*"$/.test(t)) return t.slice(0, -1) + suffix + '"';
      if (/^[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]\n]*\])+$/.test(t)) return `"\${${t}}${suffix}"`;
    }
    const m = /^arn:[^:]+:s3:::([^/]+)(.*)$/s.exec(v);
    const ref = m ? this.bucketRef(m[1]) : void 0;
    if (m && ref?.startsWith(this.scope)) {
      const local = ref.slice(this.scope.length);
      if (/^aws_s3_bucket\.[\w-]+(?:\[[^\]]*\])?$/.test(local)) {
        const rest = m[2];
        return rest ? `"\${${local}.arn}${hclString(rest).slice(1, -1)}"` : `${local}.arn`;
      }
    }
    return hclString(v);
  }
  listText(items, like, multiline = false) {
    const multi = like && (this.src(like).includes("\n") || multiline && items.some((t) => t.includes("\n")));
    if (!like || !multi || !items.length) return `[${items.join(", ")}]`;
    const first = like.items[0];
    const indent = first ? this.indentAt(first.start) : this.indentAt(like.end - 1) + "  ";
    const last = like.items.at(-1);
    const trailing = last ? /^\s*,/.test(this.text.slice(last.end, like.end)) : true;
    const eol = this.eol();
    return `[${eol}${items.map((t, i) => indent + t + (i < items.length - 1 || trailing ? "," : "")).join(eol)}${eol}${this.indentAt(like.end - 1)}]`;
  }
  /** Sets the value of `arg` (inserting the argument if it is not written). */
  setAttr(node, arg, value2) {
    const e = node.attr(arg);
    if (e) {
      if (this.src(e.value) !== value2) this.push({ start: e.value.start, end: e.value.end, text: value2 });
      return;
    }
    this.insertEntry(node, node.key(arg), value2);
  }
  removeEntry(node, e) {
    if (!node.object || this.src({ start: node.open, end: node.close }).includes("\n")) {
      if (!this.startsLine(e.start) || !this.lineRest(e.end))
        return no(`${e.name} shares its line with other text`);
      this.push({ start: this.lineStart(e.start), end: this.lineEnd(e.end), text: "" });
      this.realign.push({ at: this.lineEnd(e.end), lines: [-1, 0] });
      return;
    }
    const after = /^\s*,\s*/.exec(this.text.slice(e.end))?.[0] ?? "";
    this.push({ start: e.start, end: e.end + after.length, text: "" });
  }
  renameEntry(e, to) {
    const gap = /^[ \t]*/.exec(this.text.slice(e.nameSpan.end))?.[0] ?? " ";
    const width = e.name.length + gap.length;
    const pad = to.length < width ? " ".repeat(width - to.length) : " ";
    this.push({ start: e.nameSpan.start, end: e.nameSpan.end + gap.length, text: to + pad });
    this.realign.push({ at: e.nameSpan.start, lines: [0] });
  }
  /** A new argument after the last one (aligned with the one before it), else at the top of the body. */
  insertEntry(node, key, value2) {
    const eol = this.eol();
    const multi = this.src({ start: node.open, end: node.close + 1 }).includes("\n");
    const last = node.entries.at(-1);
    if (!multi) {
      if (!node.object) return no("the block is written on one line");
      if (last) this.push({ start: last.end, end: last.end, text: `, ${key} = ${value2}` });
      else this.push({ start: node.open, end: node.close + 1, text: `{ ${key} = ${value2} }` });
      return;
    }
    const comma = node.object && node.entries.some((x) => /^[ \t]*,/.test(this.text.slice(x.end)));
    if (last) {
      if (!this.lineRest(last.end)) return no(`${last.name} shares its line with other text`);
      const eq = /^[ \t]*/.exec(this.text.slice(last.nameSpan.end))?.[0] ?? " ";
      const width = last.name.length + eq.length;
      const name = key.length < width ? key + " ".repeat(width - key.length - 1) : key;
      if (comma && !/^[ \t]*,/.test(this.text.slice(last.end)))
        this.push({ start: last.end, end: last.end, text: "," });
      const at = this.lineEnd(last.end);
      this.push({
        start: at,
        end: at,
        text: `${this.indentAt(last.start)}${name} = ${value2}${comma ? "," : ""}${eol}`
      });
      this.realign.push({ at, lines: [-1] });
      return;
    }
    if (!this.startsLine(node.close)) return no("the closing brace shares its line with other text");
    const closeLine = this.lineStart(node.close);
    this.push({
      start: closeLine,
      end: closeLine,
      text: `${this.indentAt(node.close)}  ${key} = ${value2}${eol}`
    });
  }
  /** Whether nothing but a comma or a comment follows `at` on its line. */
  lineRest(at) {
    return /^[ \t]*,?[ \t]*(?:(?:#|\/\/)[^\n]*)?(?:\r?\n|$)/.test(this.text.slice(at));
  }
  /**
   * A new nested selector: in a block, after the last of its kind (a blank line between, as terraform fmt
   * leaves them), else before the closing brace; in a module input, as a new object of its list.
   */
  insertChild(node, kind, siblings, render2) {
    const eol = this.eol();
    if (node.nesting === "list") {
      const list4 = node.childList(kind);
      if (list4.comments) return no(`the list of ${kind} has comments inside`);
      const items = list4.items.map((x) => this.src(x));
      const multi = this.src(list4).includes("\n");
      const indent2 = list4.items[0] && multi ? this.indentAt(list4.items[0].start) : this.indentAt(list4.end - 1) + "  ";
      const added = render2(indent2).join(eol).replace(/^[ \t]*/, "");
      this.push({ start: list4.start, end: list4.end, text: this.listText([...items, added], list4, true) });
      return;
    }
    const last = siblings.at(-1);
    if (last) {
      if (!this.lineRest(last.close + 1)) return no(`the last ${kind} block shares its line with other text`);
      const at = this.lineEnd(last.close);
      this.push({ start: at, end: at, text: `${eol}${render2(this.indentAt(last.start)).join(eol)}${eol}` });
      return;
    }
    if (!this.startsLine(node.close)) return no("the closing brace shares its line with other text");
    const closeLine = this.lineStart(node.close);
    const indent = this.indentAt(node.close) + "  ";
    const before = node.entries.length ? eol : "";
    this.push({ start: closeLine, end: closeLine, text: `${before}${render2(indent).join(eol)}${eol}` });
  }
  removeChild(node) {
    if (node.object) return no("an object of a module input would have to be removed");
    if (!this.startsLine(node.start) || !this.lineRest(node.close + 1))
      return no("the block shares its line with other text");
    const start = this.lineStart(node.start);
    const prev = /\n([ \t]*\r?\n)$/.exec(this.text.slice(0, start));
    const from = prev ? start - prev[1].length : start;
    this.push({ start: from, end: this.lineEnd(node.close), text: "" });
  }
};
var strValues2 = (l) => l?.known ? l.value : void 0;
var known2 = (s) => s.every((x) => x.known) ? s.map((x) => x.value) : no("a value is known only after apply");
function matchList(ed, e, values, what) {
  const v = e.value;
  if (v.kind !== "list") return no(`${what} is not written as a list literal`);
  if (v.comments) return no(`${what} has comments inside its list`);
  if (v.items.length !== values.length)
    return no(`${what} lists ${v.items.length} values in the source and ${values.length} in the plan`);
  v.items.forEach((item, i) => {
    const s = values[i];
    const text2 = ed.src(item);
    const lit = literal(text2);
    if (s.known && lit !== void 0 && lit !== s.value) no(`${what} in the source differs from the plan`);
    if (s.known && !ed.pool.has(s.value)) ed.pool.set(s.value, text2);
  });
  return v;
}
function editList(ed, list4, old, values) {
  const before = old.map((s) => s.known ? s.value : void 0);
  if (before.length === values.length && before.every((x, i) => x === values[i])) return;
  const texts = values.map((v) => {
    const i = before.indexOf(v);
    return i >= 0 ? ed.src(list4.items[i]) : ed.textFor(v);
  });
  ed.push({ start: list4.start, end: list4.end, text: ed.listText(texts, list4) });
}
function fieldOf(ed, fs) {
  const f = fs.attr("field");
  const v = f ? literal(ed.src(f.value)) : void 0;
  return v ?? no("a field_selector names its field with an expression");
}
function editAdvanced(ed, node, old, sel) {
  if ((old.name ?? "") !== (sel.name ?? "") && sel.name) ed.setAttr(node, "name", hclString(sel.name));
  if (!old.fieldSelectors.known || !sel.fieldSelectors.known)
    return no("the field selectors are known only after apply");
  const src = node.children("field_selector");
  const byField = /* @__PURE__ */ new Map();
  for (const fs of src) {
    const f = fieldOf(ed, fs);
    if (byField.has(f)) return no(`two field selectors name ${f}`);
    byField.set(f, fs);
  }
  const oldBy = new Map(old.fieldSelectors.value.map((fs) => [fs.field.known ? fs.field.value : "", fs]));
  if (oldBy.size !== byField.size || [...byField.keys()].some((f) => !oldBy.has(f)))
    return no("the field selectors in the source differ from the plan");
  const matched = /* @__PURE__ */ new Map();
  for (const [f, fs] of byField) {
    const o = oldBy.get(f);
    const lists = /* @__PURE__ */ new Map();
    for (const op of ADVANCED_OPERATORS) {
      const e = fs.attr(OPERATOR_ATTRIBUTES[op]);
      const vals = strValues2(o.operators[op]);
      if (!e && !vals) continue;
      if (!e || !vals) return no(`${f} ${OPERATOR_ATTRIBUTES[op]} in the source differs from the plan`);
      try {
        lists.set(op, matchList(ed, e, vals, `${f} ${OPERATOR_ATTRIBUTES[op]}`));
      } catch (err) {
        if (!(err instanceof Unmatched)) throw err;
        lists.set(op, err.message);
      }
    }
    matched.set(f, lists);
  }
  const news = new Map(sel.fieldSelectors.value.map((fs) => [fs.field.known ? fs.field.value : "", fs]));
  for (const [f, fs] of byField) {
    const n = news.get(f);
    if (n)
      editOperators(
        ed,
        fs,
        oldBy.get(f),
        n,
        matched.get(f)
      );
    else ed.removeChild(fs);
  }
  const shape = node.nesting === "list" ? node.childShape("field_selector") : void 0;
  for (const [f, n] of news)
    if (!byField.has(f))
      ed.insertChild(
        node,
        "field_selector",
        src,
        (indent) => nested("field_selector", fieldRows(ed, n), indent, shape)
      );
}
var usable2 = (m) => typeof m === "string" || !m ? no(m ?? "a list could not be matched") : m;
function editOperators(ed, fs, old, sel, lists) {
  const same2 = (op) => JSON.stringify(strValues2(old.operators[op])) === JSON.stringify(strValues2(sel.operators[op]));
  const removed = ADVANCED_OPERATORS.filter((op) => old.operators[op] && !sel.operators[op]);
  const added = ADVANCED_OPERATORS.filter((op) => !old.operators[op] && sel.operators[op]);
  const changed = ADVANCED_OPERATORS.filter((op) => old.operators[op] && sel.operators[op] && !same2(op));
  const entry = (op) => fs.attr(OPERATOR_ATTRIBUTES[op]);
  const values = (op) => known2(strValues2(sel.operators[op]) ?? []);
  if (removed.length === 1 && added.length === 1) {
    const from = removed[0];
    const to = added[0];
    const list4 = usable2(lists.get(from));
    ed.renameEntry(entry(from), fs.key(OPERATOR_ATTRIBUTES[to]));
    editList(ed, list4, strValues2(old.operators[from]) ?? [], values(to));
  } else {
    for (const op of removed) ed.removeEntry(fs, entry(op));
    for (const op of added)
      ed.insertEntry(fs, fs.key(OPERATOR_ATTRIBUTES[op]), ed.listText(values(op).map((v) => ed.textFor(v))));
  }
  for (const op of changed)
    editList(ed, usable2(lists.get(op)), strValues2(old.operators[op]) ?? [], values(op));
}
function aligned(rows, indent) {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${indent}${k.padEnd(w)} = ${v}`);
}
var listOf = (ed, vals) => ed.listText(known2(vals).map((v) => ed.textFor(v)));
function keyed(rows, shape) {
  if (!shape) return rows;
  return rows.map(([k, v]) => [
    shape.keys.get(k) ?? no(`the module input does not say which key sets ${k}`),
    v
  ]);
}
function nested(type, rows, indent, shape, inner = []) {
  const head = shape ? `${indent}{` : `${indent}${type} {`;
  return [head, ...aligned(keyed(rows, shape), indent + "  "), ...inner, `${indent}}`];
}
function fieldRows(ed, fs) {
  const rows = [["field", hclString(fs.field.known ? fs.field.value : "")]];
  for (const op of ADVANCED_OPERATORS) {
    const vals = strValues2(fs.operators[op]);
    if (vals) rows.push([OPERATOR_ATTRIBUTES[op], listOf(ed, vals)]);
  }
  return rows;
}
function renderAdvanced(ed, parent, sel, indent) {
  const fss = sel.fieldSelectors.known ? sel.fieldSelectors.value : [];
  if (parent.nesting === "block") {
    const inner = fss.flatMap((fs) => ["", ...nested("field_selector", fieldRows(ed, fs), indent + "  ")]);
    const name2 = sel.name ? [`${indent}  name = ${hclString(sel.name)}`] : [];
    return [`${indent}advanced_event_selector {`, ...name2, ...inner, `${indent}}`];
  }
  const shape = parent.childShape("advanced_event_selector");
  const fsShape = shape.nested.get("field_selector") ?? no("the module input does not say how field selectors are written");
  const lines = fss.map((fs, i) => {
    const l = nested("field_selector", fieldRows(ed, fs), indent + "    ", fsShape.shape);
    if (i < fss.length - 1) l[l.length - 1] += ",";
    return l;
  });
  const name = sel.name ? [[`name`, hclString(sel.name)]] : [];
  return nested("", name, indent, shape, [
    `${indent}  ${fsShape.key} = [`,
    ...lines.flat(),
    `${indent}  ]`
  ]).filter((l, i) => i !== 1 || name.length > 0 || l.trim() !== "");
}
function renderBasic(ed, parent, sel, indent) {
  if (parent.nesting !== "block")
    return no("a new event_selector in a module input is left to the HCL block");
  const rw = hclString(sel.readWriteType.known ? sel.readWriteType.value : "All");
  const inner = (sel.dataResources.known ? sel.dataResources.value : []).flatMap((dr) => [
    "",
    ...nested(
      "data_resource",
      [
        ["type", hclString(dr.type.known ? dr.type.value : "AWS::S3::Object")],
        ["values", dr.values.known ? listOf(ed, dr.values.value) : "[]"]
      ],
      indent + "  "
    )
  ]);
  return nested(
    "event_selector",
    [
      ["read_write_type", rw],
      ["include_management_events", "true"]
    ],
    indent,
    void 0,
    inner
  );
}
function editBasic(ed, node, old, sel) {
  const rw = old.readWriteType.known ? old.readWriteType.value : void 0;
  const want = sel.readWriteType.known ? sel.readWriteType.value : "All";
  if (rw !== want) ed.setAttr(node, "read_write_type", hclString(want));
  if (!old.dataResources.known || !sel.dataResources.known)
    return no("the data resources are known only after apply");
  const src = node.children("data_resource");
  if (src.length !== old.dataResources.value.length)
    return no("the data_resource blocks in the source differ from the plan");
  const olds = old.dataResources.value;
  sel.dataResources.value.forEach((dr, i) => {
    const o = olds[i];
    const s = src[i];
    if (!o || !s) {
      const rows = [
        ["type", hclString(dr.type.known ? dr.type.value : "AWS::S3::Object")],
        ["values", dr.values.known ? listOf(ed, dr.values.value) : "[]"]
      ];
      const shape = node.nesting === "list" ? node.childShape("data_resource") : void 0;
      ed.insertChild(node, "data_resource", src, (indent) => nested("data_resource", rows, indent, shape));
      return;
    }
    if (!o.values.known || !dr.values.known) return no("the data resource values are known only after apply");
    const e = s.attr("values") ?? no("a data_resource has no values");
    const list4 = matchList(ed, e, o.values.value, "data_resource values");
    editList(ed, list4, o.values.value, known2(dr.values.value));
  });
}
function applyPatch(ed, root, rec, p) {
  const set = rec.selectors.known ? rec.selectors.value : no("the selectors are known only after apply");
  switch (p.kind) {
    case "set":
      ed.setAttr(root, p.attribute, typeof p.value === "string" ? hclString(p.value) : String(p.value));
      return;
    case "replace-advanced":
    case "add-advanced": {
      const src = root.children("advanced_event_selector");
      const old = set.kind === "advanced" ? set.selectors : [];
      if (src.length !== old.length)
        return no("the advanced_event_selector blocks in the source differ from the plan");
      if (p.kind === "add-advanced") {
        ed.insertChild(
          root,
          "advanced_event_selector",
          src,
          (indent) => renderAdvanced(ed, root, p.selector, indent)
        );
        return;
      }
      const node = src[p.index] ?? no("the selector to correct is not in the source");
      editAdvanced(ed, node, old[p.index], p.selector);
      return;
    }
    case "replace-basic":
    case "add-basic": {
      const src = root.children("event_selector");
      const old = set.kind === "basic" ? set.selectors : [];
      if (src.length !== old.length)
        return no("the event_selector blocks in the source differ from the plan");
      if (p.kind === "add-basic") {
        ed.insertChild(root, "event_selector", src, (indent) => renderBasic(ed, root, p.selector, indent));
        return;
      }
      const node = src[p.index] ?? no("the selector to correct is not in the source");
      editBasic(ed, node, old[p.index], p.selector);
      return;
    }
  }
}
function collectPool(ed, root, rec) {
  const set = rec.selectors.known ? rec.selectors.value : void 0;
  try {
    if (set?.kind === "advanced") {
      root.children("advanced_event_selector").forEach((node, i) => {
        const old = set.selectors[i];
        if (!old?.fieldSelectors.known) return;
        for (const fs of node.children("field_selector")) {
          let f;
          try {
            f = fieldOf(ed, fs);
          } catch {
            continue;
          }
          const o = old.fieldSelectors.value.find((x) => x.field.known && x.field.value === f);
          for (const op of ADVANCED_OPERATORS) {
            const e = fs.attr(OPERATOR_ATTRIBUTES[op]);
            const vals = strValues2(o?.operators[op]);
            if (e && vals)
              try {
                matchList(ed, e, vals, f);
              } catch {
              }
          }
        }
      });
    } else if (set?.kind === "basic") {
      root.children("event_selector").forEach((node, i) => {
        const old = set.selectors[i];
        if (!old?.dataResources.known) return;
        node.children("data_resource").forEach((dr, j) => {
          const o = old.dataResources.known ? old.dataResources.value[j] : void 0;
          const e = dr.attr("values");
          if (e && o?.values.known)
            try {
              matchList(ed, e, o.values.value, "values");
            } catch {
            }
        });
      });
    }
  } catch (e) {
    if (!(e instanceof Unmatched)) throw e;
  }
}
function targetOf(rec, ctx) {
  const hit = ctx.targets?.get(rec.id);
  if (typeof hit === "string") return no(hit);
  if (hit) return hit;
  try {
    const t = locateTarget(rec, ctx);
    ctx.targets?.set(rec.id, t);
    return t;
  } catch (e) {
    if (e instanceof Unmatched) ctx.targets?.set(rec.id, e.message);
    throw e;
  }
}
function diffOf(patches, rec, ctx) {
  const t = targetOf(rec, ctx);
  if (t.block.body.heredoc) return no("the block holds a heredoc");
  const ed = new Editor(t.text, t.scope, ctx.bucketRef);
  collectPool(ed, t.root, rec);
  for (const p of patches) applyPatch(ed, t.root, rec, p);
  if (!ed.edits.length) return no("the change could not be placed in the source");
  const edits = [...ed.edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = t.text;
  let floor = Infinity;
  for (const e of edits) {
    if (e.end > floor) return no("two changes overlap in the source");
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  const marks = ed.realign.map(({ at, lines: lines2 }) => ({
    at: at + edits.reduce((d, e) => e.end <= at ? d + e.text.length - (e.end - e.start) : d, 0),
    lines: lines2
  }));
  out = realignRuns(out, marks);
  const header = (t.text.slice(t.block.start).split(/\r?\n/)[0] ?? "").trim();
  const lines = (x) => x.replace(/\r?\n$/, "").split(/\r?\n/);
  const { text: text2, line } = unifiedDiff(lines(t.text), lines(out), header);
  return { file: t.file, line, text: text2, ...t.module ? { module: t.module } : {} };
}
function assignLine(line) {
  const m = /^([ \t]*(?:[A-Za-z_][\w-]*|"[^"\n]*"))([ \t]*)=(?![=>])(.*)$/.exec(line);
  if (!m) return void 0;
  const rest = m[3].replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(?:#|\/\/).*$/, "");
  let net = 0;
  for (const c of rest) net += "([{".includes(c) ? 1 : ")]}".includes(c) ? -1 : 0;
  if (net !== 0) return void 0;
  return { name: m[1], gap: m[2].length };
}
function realignRuns(text2, marks) {
  if (!marks.length) return text2;
  const eol = text2.includes("\r\n") ? "\r\n" : "\n";
  const lines = text2.split(eol);
  const lineAt = (at) => text2.slice(0, at).split(eol).length - 1;
  const done = /* @__PURE__ */ new Set();
  for (const { at, lines: offsets } of marks) {
    const here = lineAt(at);
    for (const l of offsets.map((d) => here + d)) {
      if (l < 0 || l >= lines.length || done.has(l) || !assignLine(lines[l])) continue;
      let from = l;
      while (from > 0 && assignLine(lines[from - 1])) from--;
      let to = l;
      while (to + 1 < lines.length && assignLine(lines[to + 1])) to++;
      const run2 = lines.slice(from, to + 1).map((x) => assignLine(x));
      const width = Math.max(...run2.map((r) => r.name.length));
      run2.forEach((r, k) => {
        const i = from + k;
        done.add(i);
        const line = lines[i];
        lines[i] = r.name.padEnd(width + 1) + line.slice(r.name.length + r.gap);
      });
    }
  }
  return lines.join(eol);
}
var MAX_EDITS = 400;
function editScript(x, y) {
  const n = x.length;
  const m = y.length;
  const max = Math.min(n + m, MAX_EDITS);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let px2 = k === -d || k !== d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
      let py2 = px2 - k;
      while (px2 < n && py2 < m && x[px2] === y[py2]) {
        px2++;
        py2++;
      }
      v[off + k] = px2;
      if (px2 >= n && py2 >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [...x.map(() => "-"), ...y.map(() => "+")];
  const out = [];
  let px = n;
  let py = m;
  for (let d = found; d > 0; d--) {
    const t = trace[d];
    const k = px - py;
    const prevK = k === -d || k !== d && t[off + k - 1] < t[off + k + 1] ? k + 1 : k - 1;
    const prevX = t[off + prevK];
    const prevY = prevX - prevK;
    while (px > prevX && py > prevY) {
      out.push(" ");
      px--;
      py--;
    }
    out.push(px === prevX ? "+" : "-");
    px = prevX;
    py = prevY;
  }
  while (px > 0 && py > 0) {
    out.push(" ");
    px--;
    py--;
  }
  return out.reverse();
}
function unifiedDiff(a, b, header = "") {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let post = 0;
  while (post < a.length - pre && post < b.length - pre && a[a.length - 1 - post] === b[b.length - 1 - post])
    post++;
  const x = a.slice(pre, a.length - post);
  const y = b.slice(pre, b.length - post);
  const ops = [];
  for (let k2 = 0; k2 < pre; k2++) ops.push({ op: " ", text: a[k2], ai: k2, bi: k2 });
  let i = 0;
  let j = 0;
  for (const op of editScript(x, y)) {
    if (op === " ") ops.push({ op, text: x[i], ai: pre + i++, bi: pre + j++ });
    else if (op === "-") ops.push({ op, text: x[i], ai: pre + i++, bi: pre + j });
    else ops.push({ op, text: y[j], ai: pre + i, bi: pre + j++ });
  }
  for (let k2 = 0; k2 < post; k2++)
    ops.push({
      op: " ",
      text: a[a.length - post + k2],
      ai: a.length - post + k2,
      bi: b.length - post + k2
    });
  const C = 3;
  const changed = ops.map((o, k2) => o.op === " " ? -1 : k2).filter((k2) => k2 >= 0);
  const hunks = [];
  let first = 0;
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k] - C);
    let to = Math.min(ops.length, changed[k] + C + 1);
    while (k + 1 < changed.length && changed[k + 1] - C <= to) {
      k++;
      to = Math.min(ops.length, changed[k] + C + 1);
    }
    k++;
    const part = ops.slice(from, to);
    const start = part[0];
    const aCount = part.filter((o) => o.op !== "+").length;
    const bCount = part.filter((o) => o.op !== "-").length;
    if (!hunks.length) first = (part.find((o) => o.op !== " ")?.ai ?? start.ai) + 1;
    hunks.push(
      `@@ -${start.ai + 1},${aCount} +${start.bi + 1},${bCount} @@${header ? " " + header : ""}`,
      ...part.map((o) => `${o.op}${o.text}`)
    );
  }
  return { text: hunks.join("\n"), line: first };
}

// src/outputs/redact.ts
function secretVariants(secrets) {
  const out = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (s.length < 3) continue;
    out.add(s);
    const m = /^arn:[^:]+:s3:::(([^/]+)\/(.*))$/.exec(s);
    if (m) {
      if (m[1].length >= 3) out.add(m[1]);
      if (m[3].length >= 3) out.add(m[3]);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}
function redact(value2, secrets) {
  const variants = secretVariants(secrets);
  if (!variants.length) return value2;
  const scrub = (s) => variants.reduce((acc, v) => acc.split(v).join("(sensitive value)"), s);
  const walk2 = (v) => {
    if (typeof v === "string") return scrub(v);
    if (Array.isArray(v)) return v.map(walk2);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk2(x)]));
    return v;
  };
  return walk2(value2);
}

// src/outputs/report.ts
function summarize(buckets, findings) {
  const count = (s) => buckets.filter((b) => b.status === s).length;
  return {
    buckets: buckets.length,
    covered: count("covered"),
    partial: count("partial"),
    uncovered: count("uncovered"),
    unknown: count("unknown"),
    findings: findings.length
  };
}
var BY_NAME = /* @__PURE__ */ new WeakMap();
function bucketsByName(r) {
  let m = BY_NAME.get(r);
  if (!m) {
    const byName = /* @__PURE__ */ new Map();
    for (const x of r.buckets) if (!byName.has(x.name)) byName.set(x.name, x);
    BY_NAME.set(r, m = byName);
  }
  return m;
}

// src/rules/data-event-coverage.ts
var dataEventCoverage = {
  meta: {
    id: "data-event-coverage",
    title: "Every required S3 data event of a sensitive bucket is recorded by a logging trail or event data store",
    defaultSeverity: "error",
    description: "For each bucket in the policy, each required data-event API and each required key prefix, at least one trail or event data store that is logging and sees the bucket's Region must record every event."
  },
  check({ coverage, policy }) {
    const out = [];
    const requirements = /* @__PURE__ */ new Map();
    for (const x of policy.buckets) if (!requirements.has(x.name)) requirements.set(x.name, x);
    for (const b of coverage.buckets) {
      if (b.status === "covered") continue;
      const lost = b.events.filter((e) => e.status !== "covered");
      const names = lost.map((e) => e.name);
      const all = b.events.map((e) => e.name);
      const described = describeApis(names, all);
      const shown = names.length > 6 && names.length <= all.length / 2 ? `${names.slice(0, 6).join(", ")} and ${names.length - 6} more` : described;
      const firstGap = lost.flatMap((e) => e.gaps)[0];
      const verb = b.status === "unknown" ? `cannot be proven recorded for ${shown}` : b.status === "uncovered" ? `is not recorded for ${shown}` : `is only partly recorded for ${shown}`;
      const sal = b.serverAccessLogs;
      const accepts = requirements.get(b.name)?.accept?.includes("server-access-logs");
      const secondary = !sal ? "" : accepts ? `; server access logs not accepted as evidence: ${sal.detail ?? sal.status}` : sal.status === "on" ? `; server access logging to ${sal.target} is on, as information only (accept: [server-access-logs] on the bucket would accept it, best effort)` : "";
      out.push({
        ruleId: this.meta.id,
        severity: this.meta.defaultSeverity,
        status: b.status === "unknown" ? "unknown" : "fail",
        message: `S3 data-event activity on ${b.name} ${verb}${firstGap ? `: ${firstGap}` : ""}${secondary}`,
        bucket: b.name,
        location: {
          file: policy.file,
          line: b.location.line,
          column: b.location.column,
          ...b.ref ? { address: b.ref } : {}
        }
      });
    }
    return out;
  }
};

// src/rules/invalid-selector.ts
var invalidSelector = {
  meta: {
    id: "invalid-selector",
    title: "Event selectors are ones the CloudTrail API accepts",
    defaultSeverity: "error",
    description: "Flags selectors that PutEventSelectors or CreateEventDataStore reject (a bucket ARN without the trailing slash, wildcards, basic and advanced selectors on one trail, missing required fields, operators a field does not take, over the limits). Such a recorder is credited with nothing."
  },
  check({ coverage }) {
    return coverage.invalidSelectors.map(({ recorder, problems }) => ({
      ruleId: this.meta.id,
      severity: this.meta.defaultSeverity,
      status: "fail",
      message: `${recorder.id}: the CloudTrail API would reject these selectors, so they record nothing: ${problems.join("; ")}`,
      trail: recorder.id,
      location: {
        ...recorder.origin.file ? { file: recorder.origin.file } : {},
        address: recorder.origin.ref,
        ...recorder.origin.pointer ? { pointer: recorder.origin.pointer } : {}
      }
    }));
  }
};

// src/engine/iam-policy.ts
function toStr(v) {
  if (typeof v === "string") return { known: true, value: v };
  if (v !== null && typeof v === "object" && UNKNOWN_MARK in v)
    return { known: false, detail: String(v[UNKNOWN_MARK]) };
  if (typeof v === "boolean" || typeof v === "number") return { known: true, value: String(v) };
  return { known: false, detail: `unexpected value ${describeJson(v)}` };
}
function list3(v) {
  if (v === void 0 || v === null) return void 0;
  if (Array.isArray(v)) return v.map(toStr);
  return [toStr(v)];
}
function isUnknownMark(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) && UNKNOWN_MARK in v;
}
function principals(v) {
  if (v === void 0 || v === null) return void 0;
  if (v === "*") return { any: true, entries: [] };
  if (isUnknownMark(v)) return { any: void 0, entries: [] };
  if (typeof v !== "object" || Array.isArray(v)) return { any: false, entries: [] };
  const entries = [];
  let any = false;
  for (const [type, ids] of Object.entries(v)) {
    for (const id of list3(ids) ?? []) {
      if (id.known && id.value === "*") any = true;
      entries.push({ type, id });
    }
  }
  return { any, entries };
}
function normalizePolicy(doc) {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    throw new Error("a policy must be a JSON object");
  const raw = doc["Statement"];
  const statements = raw === void 0 ? [] : Array.isArray(raw) ? raw : [raw];
  return {
    statements: statements.map((s) => {
      if (s === null || typeof s !== "object") throw new Error("a Statement must be an object");
      const st = s;
      const effect = st["Effect"] === "Deny" ? "Deny" : st["Effect"] === "Allow" ? "Allow" : void 0;
      if (!effect) throw new Error(`Effect must be Allow or Deny, not ${describeJson(st["Effect"])}`);
      let conditions = [];
      const cond = st["Condition"];
      if (isUnknownMark(cond)) conditions = "unknown";
      else if (cond && typeof cond === "object") {
        for (const [op, block] of Object.entries(cond)) {
          if (isUnknownMark(block) || !block || typeof block !== "object") {
            conditions = "unknown";
            break;
          }
          for (const [key, values] of Object.entries(block))
            conditions.push({
              operator: op.toLowerCase(),
              key: key.toLowerCase(),
              values: list3(values) ?? []
            });
        }
      }
      const sid = typeof st["Sid"] === "string" && st["Sid"] ? st["Sid"] : void 0;
      const p = principals(st["Principal"]);
      const np = principals(st["NotPrincipal"]);
      const a = list3(st["Action"]);
      const na = list3(st["NotAction"]);
      const r = list3(st["Resource"]);
      const nr = list3(st["NotResource"]);
      return {
        ...sid ? { sid } : {},
        effect,
        ...p ? { principal: p } : {},
        ...np ? { notPrincipal: np } : {},
        ...a ? { action: a } : {},
        ...na ? { notAction: na } : {},
        ...r ? { resource: r } : {},
        ...nr ? { notResource: nr } : {},
        conditions
      };
    })
  };
}
function globMatch(pattern, value2, ignoreCase = false) {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value2.toLowerCase() : value2;
  const segments = p.split("*");
  if (segments.length === 1) return v.length === p.length && matchesAt(p, v, 0);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (first.length + last.length > v.length) return false;
  if (!matchesAt(first, v, 0) || !matchesAt(last, v, v.length - last.length)) return false;
  let from = first.length;
  const to = v.length - last.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i];
    if (seg === "") continue;
    const at = findSegment(seg, v, from, to);
    if (at < 0) return false;
    from = at + seg.length;
  }
  return true;
}
function matchesAt(seg, v, at) {
  for (let j = 0; j < seg.length; j++) {
    const c = seg.charCodeAt(j);
    if (c !== QUESTION && c !== v.charCodeAt(at + j)) return false;
  }
  return true;
}
var QUESTION = 63;
function findSegment(seg, v, from, to) {
  if (to - from < seg.length) return -1;
  return seg.includes("?") ? shiftAnd(seg, v, from, to) : kmp(seg, v, from, to);
}
function kmp(seg, v, from, to) {
  const m = seg.length;
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && seg.charCodeAt(i) !== seg.charCodeAt(k)) k = fail[k - 1];
    if (seg.charCodeAt(i) === seg.charCodeAt(k)) k++;
    fail[i] = k;
  }
  for (let i = from, k = 0; i < to; i++) {
    const c = v.charCodeAt(i);
    while (k > 0 && c !== seg.charCodeAt(k)) k = fail[k - 1];
    if (c === seg.charCodeAt(k)) k++;
    if (k === m) return i - m + 1;
  }
  return -1;
}
var MAX_MASKS = 256;
function naiveFind(seg, v, from, to) {
  for (let i = from; i + seg.length <= to; i++) if (matchesAt(seg, v, i)) return i;
  return -1;
}
function shiftAnd(seg, v, from, to) {
  const m = seg.length;
  const words = m + 31 >>> 5;
  const wild = new Uint32Array(words);
  for (let j = 0; j < m; j++) if (seg.charCodeAt(j) === QUESTION) wild[j >>> 5] |= 1 << (j & 31);
  const masks = /* @__PURE__ */ new Map();
  for (let j = 0; j < m; j++) {
    const c = seg.charCodeAt(j);
    if (c === QUESTION) continue;
    let mask = masks.get(c);
    if (!mask) {
      if (masks.size >= MAX_MASKS) return naiveFind(seg, v, from, to);
      mask = Uint32Array.from(wild);
      masks.set(c, mask);
    }
    mask[j >>> 5] |= 1 << (j & 31);
  }
  const state = new Uint32Array(words);
  const top = m - 1;
  for (let i = from; i < to; i++) {
    const mask = masks.get(v.charCodeAt(i)) ?? wild;
    let carry = 1;
    for (let w = 0; w < words; w++) {
      const d = state[w];
      state[w] = ((d << 1 | carry) & mask[w]) >>> 0;
      carry = d >>> 31;
    }
    if (state[top >>> 5] >>> (top & 31) & 1) return i - top;
  }
  return -1;
}
function anyStr(values, test) {
  let r = false;
  for (const s of values ?? []) {
    r = or(r, s.known ? test(s.value) : void 0);
    if (r === true) return true;
  }
  return r;
}
function principalMatches(p, req) {
  let r = p.any;
  for (const e of p.entries) {
    if (e.type !== "Service") continue;
    r = or(r, e.id.known ? e.id.value.toLowerCase() === req.servicePrincipal : void 0);
  }
  return r;
}
var CONDITION_MATCHERS = new Map(
  Object.entries({
    stringequals: (p, v) => p === v,
    stringnotequals: (p, v) => p === v,
    stringequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
    stringnotequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
    stringlike: (p, v) => globMatch(p, v),
    stringnotlike: (p, v) => globMatch(p, v),
    arnequals: (p, v) => globMatch(p, v),
    arnlike: (p, v) => globMatch(p, v),
    arnnotequals: (p, v) => globMatch(p, v),
    arnnotlike: (p, v) => globMatch(p, v),
    bool: (p, v) => p.toLowerCase() === v.toLowerCase()
  })
);
function conditionHolds(c, req) {
  const forAll = c.operator.startsWith("forallvalues:");
  let op = c.operator.replace(/^(foranyvalue|forallvalues):/, "");
  const ifExists = op.endsWith("ifexists");
  if (ifExists) op = op.slice(0, -"ifexists".length);
  const value2 = Object.hasOwn(req.keys, c.key) ? req.keys[c.key] : void 0;
  if (op === "null") {
    const wantsAbsent = anyStr(c.values, (v) => v.toLowerCase() === "true");
    return value2 === void 0 ? wantsAbsent : not(wantsAbsent);
  }
  const matcher = CONDITION_MATCHERS.get(op);
  if (!matcher) return void 0;
  const negated = op.includes("not");
  if (value2 === void 0)
    return ifExists || forAll ? true : c.operator.startsWith("foranyvalue:") ? false : negated;
  if (!value2.known) return void 0;
  const hit = anyStr(c.values, (p) => matcher(p, value2.value));
  return negated ? not(hit) : hit;
}
function statementApplies(st, req, kind = "resource") {
  let r = true;
  if (kind !== "identity") {
    if (st.principal) r = and(r, principalMatches(st.principal, req));
    if (st.notPrincipal) r = and(r, not(principalMatches(st.notPrincipal, req)));
    if (!st.principal && !st.notPrincipal) r = false;
  }
  if (r === false) return false;
  const actionTest = (p) => globMatch(p, req.action, true);
  if (st.action) r = and(r, anyStr(st.action, actionTest));
  if (st.notAction) r = and(r, not(anyStr(st.notAction, actionTest)));
  if (!st.action && !st.notAction) r = false;
  if (r === false) return false;
  const resourceTest = (p) => req.resource.known ? globMatch(p, req.resource.value) : p === "*" ? true : void 0;
  if (st.resource) r = and(r, anyStr(st.resource, resourceTest));
  if (st.notResource) r = and(r, not(anyStr(st.notResource, resourceTest)));
  if (!st.resource && !st.notResource && kind !== "trust") r = false;
  if (r === false) return false;
  if (st.conditions === "unknown") return and(r, void 0);
  for (const c of st.conditions) {
    r = and(r, conditionHolds(c, req));
    if (r === false) return false;
  }
  return r;
}
function decide(policy, req, kind = "resource") {
  let allow = false;
  let deny = false;
  const allowedBy = [];
  const deniedBy = [];
  for (const st of policy.statements) {
    const a = statementApplies(st, req, kind);
    if (st.effect === "Allow") {
      allow = or(allow, a);
      if (a === true) allowedBy.push(st);
    } else {
      deny = or(deny, a);
      if (a === true) deniedBy.push(st);
    }
  }
  return { allowed: and(allow, not(deny)), allowedBy, deniedBy };
}

// src/engine/delivery.ts
var CLOUDTRAIL_PRINCIPAL = "cloudtrail.amazonaws.com";
function str(f) {
  return f.known ? { known: true, value: String(f.value) } : { known: false, detail: f.detail };
}
var TARGETS = /* @__PURE__ */ new WeakMap();
function deliveryTarget(trail, facts) {
  let perFacts = TARGETS.get(facts);
  if (!perFacts) TARGETS.set(facts, perFacts = /* @__PURE__ */ new WeakMap());
  let t = perFacts.get(trail);
  if (!t) perFacts.set(trail, t = computeTarget(trail, facts));
  return t;
}
function computeTarget(trail, facts) {
  if (trail.kind !== "trail")
    return { kind: "unknown", detail: `${trail.id} has no log bucket (not a trail)` };
  const bucket = trail.logBucket;
  if (!bucket.known) return { kind: "unknown", detail: `log bucket of ${trail.id}: ${bucket.detail}` };
  const prefix = trail.logPrefix;
  if (!prefix.known) return { kind: "unknown", detail: `s3_key_prefix of ${trail.id}: ${prefix.detail}` };
  const b = facts.buckets.get(bucket.value);
  const pol = b?.policy;
  if (!b || !pol)
    return {
      kind: "unknown",
      detail: b ? `the policy of log bucket ${bucket.value} was not read` : `log bucket ${bucket.value} is not in the ${facts.mode === "plan" ? "plan" : "source"}, so its policy cannot be checked (run with --live, or waive the rule for this trail)`
    };
  if (!pol.document.known)
    return { kind: "unknown", detail: `policy of log bucket ${bucket.value}: ${pol.document.detail}` };
  let policy = null;
  if (pol.document.value !== null) {
    try {
      policy = normalizePolicy(pol.document.value);
    } catch (e) {
      return {
        kind: "unknown",
        detail: `policy of log bucket ${bucket.value} is not an IAM policy: ${e.message}`
      };
    }
  }
  const partition = trail.partition.known ? trail.partition.value : facts.defaults.partition;
  const region = trail.homeRegion.known ? trail.homeRegion.value : void 0;
  return {
    kind: "known",
    bucket: bucket.value,
    prefix: prefix?.known && prefix.value ? prefix.value.replace(/\/+$/, "") : "",
    partition,
    account: str(trail.accountId),
    trailArn: str(trail.arn),
    region,
    multiRegion: trail.multiRegion.known ? trail.multiRegion.value : false,
    organization: trail.organization.known ? trail.organization.value : false,
    ...trail.organizationId?.known ? { organizationId: trail.organizationId.value } : {},
    policy,
    kmsKeyId: trail.kmsKeyId.known ? trail.kmsKeyId.value ? { known: true, value: trail.kmsKeyId.value } : null : { known: false, detail: trail.kmsKeyId.detail },
    policyRef: pol.origin.ref,
    ...pol.why ? { policyWhy: pol.why } : {}
  };
}
var UNDOCUMENTED = (key) => ({
  known: false,
  detail: `whether CloudTrail's delivery request carries ${key}, and with what value, is not documented`
});
function serviceRequestKeys() {
  const keys = {
    "aws:principalisawsservice": { known: true, value: "true" },
    "aws:principalservicename": { known: true, value: CLOUDTRAIL_PRINCIPAL },
    "aws:securetransport": { known: true, value: "true" }
  };
  for (const k of [
    "aws:principalarn",
    "aws:principalaccount",
    "aws:principaltype",
    "aws:sourceip",
    "aws:viaawsservice",
    "s3:signatureversion",
    "s3:authtype",
    "s3:tlsversion"
  ])
    keys[k] = UNDOCUMENTED(k);
  return keys;
}
function putObjectKeys(t) {
  if (t.kmsKeyId === null)
    return { "s3:x-amz-server-side-encryption": UNDOCUMENTED("s3:x-amz-server-side-encryption") };
  return {
    "s3:x-amz-server-side-encryption": { known: true, value: "aws:kms" },
    "s3:x-amz-server-side-encryption-aws-kms-key-id": t.kmsKeyId
  };
}
function requesterPays(trail, facts) {
  if (trail.kind !== "trail" || !trail.logBucket.known) return void 0;
  return facts.buckets.get(trail.logBucket.value)?.requesterPays;
}
var FOREIGN_ACCOUNT = "000000000000";
function orgIds(policy) {
  const ids = /* @__PURE__ */ new Set();
  for (const st of policy?.statements ?? [])
    for (const r of st.resource ?? [])
      if (r.known) for (const m of r.value.matchAll(/AWSLogs\/(o-[a-z0-9]+)/g)) ids.add(m[1]);
  return [...ids];
}
function deliveryRequests(t, variant) {
  const keys = serviceRequestKeys();
  if (variant === "foreign-trail") {
    keys["aws:sourcearn"] = {
      known: true,
      value: `arn:${t.partition}:cloudtrail:${t.region ?? "us-east-1"}:${FOREIGN_ACCOUNT}:trail/someone-elses-trail`
    };
    keys["aws:sourceaccount"] = { known: true, value: FOREIGN_ACCOUNT };
  } else {
    keys["aws:sourcearn"] = t.trailArn;
    keys["aws:sourceaccount"] = t.account;
  }
  const bucketArn2 = `arn:${t.partition}:s3:::${t.bucket}`;
  const base = `${bucketArn2}/${t.prefix ? t.prefix + "/" : ""}AWSLogs/`;
  const day = "2026/01/01";
  const stamp = "20260101T0000Z";
  const key = (org, region, digest) => {
    if (!t.account.known && !org) return { known: false, detail: `the trail's account: ${t.account.detail}` };
    if (!region) return { known: false, detail: "the trail's home Region is not known" };
    const a = t.account.known ? t.account.value : "999988887777";
    return {
      known: true,
      value: digest ? `${base}${org}${a}/CloudTrail-Digest/${region}/${day}/${a}_CloudTrail-Digest_${region}_trail_${region}_${stamp}.json.gz` : `${base}${org}${a}/CloudTrail/${region}/${day}/${a}_CloudTrail_${region}_${stamp}_a1B2c3D4e5F6g7H8.json.gz`
    };
  };
  const paths = [
    { what: "log file", key: key("", t.region, false) },
    { what: "digest file", key: key("", t.region, true) }
  ];
  if (t.multiRegion && t.region)
    paths.push({
      what: "log file of another Region",
      key: key("", t.region === "eu-west-1" ? "ap-southeast-2" : "eu-west-1", false)
    });
  if (t.organization) {
    for (const p of paths) p.accountPathOfOrgTrail = true;
    const org = `${t.organizationId ?? "o-exampleorgid"}/`;
    paths.push(
      { what: "organization log file", key: key(org, t.region, false), organization: true },
      { what: "organization digest file", key: key(org, t.region, true), organization: true }
    );
  }
  const out = [];
  if (variant !== "no-acl" && variant !== "other-acl")
    out.push({
      what: `s3:GetBucketAcl on ${bucketArn2}`,
      request: {
        servicePrincipal: CLOUDTRAIL_PRINCIPAL,
        action: "s3:GetBucketAcl",
        resource: { known: true, value: bucketArn2 },
        keys
      }
    });
  for (const p of paths) {
    const k = { ...keys, ...putObjectKeys(t) };
    if (variant === "other-acl") k["s3:x-amz-acl"] = { known: true, value: "public-read" };
    else if (variant !== "no-acl") k["s3:x-amz-acl"] = { known: true, value: "bucket-owner-full-control" };
    const shown = p.key.known ? p.key.value.slice(bucketArn2.length + 1).replace(/\/CloudTrail.*$/, "/\u2026") : "path unknown";
    out.push({
      what: `s3:PutObject of the ${p.what} (${shown})`,
      request: { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action: "s3:PutObject", resource: p.key, keys: k },
      ...p.organization ? { organization: true } : {},
      ...p.accountPathOfOrgTrail ? { accountPathOfOrgTrail: true } : {}
    });
  }
  return out;
}
function namedOrganizations(policy) {
  return orgIds(policy);
}
function recommendedPolicy(t) {
  const acct = t.account.known ? t.account.value : "ACCOUNT_ID";
  const arn = t.trailArn.known ? t.trailArn.value : `arn:${t.partition}:cloudtrail:${t.region ?? "REGION"}:${acct}:trail/TRAIL_NAME`;
  const bucketArn2 = `arn:${t.partition}:s3:::${t.bucket}`;
  const path = `${bucketArn2}/${t.prefix ? t.prefix + "/" : ""}AWSLogs/${acct}/*`;
  const cond = { StringEquals: { "aws:SourceArn": arn } };
  const statements = [
    {
      Sid: "AWSCloudTrailAclCheck20150319",
      Effect: "Allow",
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: "s3:GetBucketAcl",
      Resource: bucketArn2,
      Condition: cond
    },
    {
      Sid: "AWSCloudTrailWrite20150319",
      Effect: "Allow",
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: "s3:PutObject",
      Resource: path,
      Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": arn } }
    }
  ];
  if (t.organization)
    statements.push({
      Sid: "AWSCloudTrailOrganizationWrite20150319",
      Effect: "Allow",
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: "s3:PutObject",
      Resource: `${bucketArn2}/${t.prefix ? t.prefix + "/" : ""}AWSLogs/${t.organizationId ?? orgIds(t.policy)[0] ?? "o-ORGANIZATION_ID"}/*`,
      Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": arn } }
    });
  const json = JSON.stringify({ Version: "2012-10-17", Statement: statements }, null, 2);
  const hcl = statements.map((s) => {
    const c = s["Condition"].StringEquals;
    const conds = Object.entries(c).map(
      ([k, v]) => `    condition {
      test     = "StringEquals"
      variable = ${hclString(k)}
      values   = [${hclString(v)}]
    }`
    ).join("\n");
    return `  statement {
    sid     = ${hclString(String(s["Sid"]))}
    effect  = "Allow"
    actions = [${hclString(String(s["Action"]))}]
    resources = [${hclString(String(s["Resource"]))}]
    principals {
      type        = "Service"
      identifiers = ["${CLOUDTRAIL_PRINCIPAL}"]
    }
${conds}
  }`;
  }).join("\n");
  const terraform = `data "aws_iam_policy_document" "cloudtrail_delivery" {
${hcl}
}

resource "aws_s3_bucket_policy" "cloudtrail_delivery" {
  bucket = ${hclString(t.bucket)}
  policy = data.aws_iam_policy_document.cloudtrail_delivery.json
}`;
  return { json, terraform };
}

// src/rules/helpers.ts
var COVERING = /* @__PURE__ */ new WeakMap();
function trailsToCheck(ctx) {
  let covering = COVERING.get(ctx.coverage);
  if (!covering) {
    covering = /* @__PURE__ */ new Set();
    for (const b of ctx.coverage.buckets)
      for (const e of b.events) for (const id of e.coveredBy) covering.add(id);
    COVERING.set(ctx.coverage, covering);
  }
  const reached = covering;
  const all = ctx.policy.require?.trails === "all";
  return ctx.facts.recorders.filter(
    (r) => r.kind === "trail" && r.change !== "delete" && (r.origin.source === "terraform-plan" || all || reached.has(r.id))
  );
}
function trailLocation(r) {
  return {
    ...r.origin.file ? { file: r.origin.file } : {},
    address: r.origin.ref,
    ...r.origin.pointer ? { pointer: r.origin.pointer } : {}
  };
}
function trailFinding(meta, r, status, message, remediation) {
  return {
    ruleId: meta.id,
    severity: meta.defaultSeverity,
    status,
    message: `${r.id}: ${message}`,
    trail: r.id,
    location: trailLocation(r),
    ...remediation ? { remediation } : {}
  };
}

// src/rules/log-bucket-acl-condition.ts
var logBucketAclCondition = {
  meta: {
    id: "log-bucket-acl-condition",
    title: "The log bucket lets CloudTrail write only with the bucket-owner-full-control ACL",
    defaultSeverity: "error",
    description: "The PutObject grant to cloudtrail.amazonaws.com must require s3:x-amz-acl = bucket-owner-full-control."
  },
  check(ctx) {
    const out = [];
    for (const trail of trailsToCheck(ctx)) {
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === "unknown" || t.policy === null) continue;
      const policy = t.policy;
      const own = deliveryRequests(t, "own").filter((r) => r.request.action === "s3:PutObject");
      const variants = [deliveryRequests(t, "no-acl"), deliveryRequests(t, "other-acl")];
      const open = /* @__PURE__ */ new Set();
      const unsure = /* @__PURE__ */ new Set();
      own.forEach(({ what, request }, i) => {
        if (decide(policy, request).allowed !== true) return;
        for (const v of variants) {
          const a = decide(policy, v[i].request).allowed;
          if (a === true) open.add(what);
          else if (a === void 0) unsure.add(what);
        }
      });
      const fix3 = () => ({
        text: "Require the bucket-owner-full-control ACL on the PutObject statement:",
        ...recommendedPolicy(t)
      });
      if (open.size)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket}: ${[...open].join(", ")} is granted without the condition s3:x-amz-acl = bucket-owner-full-control`,
            fix3()
          )
        );
      else if (unsure.size)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `log bucket ${t.bucket}: cannot tell whether ${[...unsure].join(", ")} requires bucket-owner-full-control`
          )
        );
    }
    return out;
  }
};

// src/rules/log-bucket-delivery-grant.ts
var logBucketDeliveryGrant = {
  meta: {
    id: "log-bucket-delivery-grant",
    title: "The trail's log bucket policy lets CloudTrail check the ACL and write the trail's log files",
    defaultSeverity: "error",
    description: "An Allow to cloudtrail.amazonaws.com for s3:GetBucketAcl on the bucket and s3:PutObject on [prefix/]AWSLogs/ACCOUNT/* (and AWSLogs/o-ORGID/* for an organization trail), valid for this trail's ARN and account, and no Deny that blocks them."
  },
  check(ctx) {
    const out = [];
    for (const trail of trailsToCheck(ctx)) {
      const payer = requesterPays(trail, ctx.facts);
      if (payer?.known && payer.value)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${trail.kind === "trail" && trail.logBucket.known ? trail.logBucket.value : ""} has Requester Pays (payer = Requester), which CloudTrail does not support: it cannot deliver`,
            {
              text: "Let the bucket owner pay for requests to the log bucket:",
              terraform: 'payer = "BucketOwner" # aws_s3_bucket_request_payment_configuration'
            }
          )
        );
      else if (payer && !payer.known)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `cannot tell whether the log bucket has Requester Pays (${payer.detail})`
          )
        );
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === "unknown") {
        out.push(trailFinding(this.meta, trail, "unknown", `cannot check log delivery: ${t.detail}`));
        continue;
      }
      const fix3 = () => ({
        text: "Attach the bucket policy AWS documents for CloudTrail, with this trail's values:",
        ...recommendedPolicy(t)
      });
      if (t.policy === null) {
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket} has no bucket policy${t.policyWhy ? ` once applied (${t.policyWhy})` : ""}, so CloudTrail cannot deliver its logs`,
            fix3()
          )
        );
        continue;
      }
      const failed = [];
      const unknown2 = [];
      const accountPath = [];
      const named = namedOrganizations(t.policy);
      for (const { what, request, organization, accountPathOfOrgTrail } of deliveryRequests(t, "own")) {
        const d = decide(t.policy, request);
        if (d.allowed === true) continue;
        if (accountPathOfOrgTrail) {
          accountPath.push(d.allowed === false ? what : `${what} (cannot be checked)`);
          continue;
        }
        if (d.allowed === void 0 || organization && named.length && !d.deniedBy.length && t.organizationId === void 0)
          unknown2.push(
            organization && named.length ? `${what} (the grant names ${named.join(", ")}; is it the trail's organization?)` : what
          );
        else if (d.deniedBy.length)
          failed.push(
            `${what} is denied by ${d.deniedBy.map((s) => s.sid ? `statement "${s.sid}"` : "a Deny statement").join(", ")}`
          );
        else failed.push(`${what} is not allowed`);
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket}: ${failed.join("; ")} \u2014 CloudTrail cannot deliver, so nothing this trail records is kept`,
            fix3()
          )
        );
      else if (unknown2.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `log bucket ${t.bucket}: cannot tell whether ${unknown2.join(", ")} is allowed (values known only after apply)`
          )
        );
      if (accountPath.length)
        out.push({
          ...trailFinding(
            this.meta,
            trail,
            accountPath.every((a) => a.endsWith("(cannot be checked)")) ? "unknown" : "fail",
            `log bucket ${t.bucket}: ${accountPath.join(", ")} under AWSLogs/${t.account.known ? t.account.value : "ACCOUNT"}/ is not (or not provably) allowed; the organization trail delivers under AWSLogs/o-ORGID/, but logging stops if it is ever changed to a single-account trail (AWS's documented policy keeps that statement)`,
            fix3()
          ),
          severity: "warning"
        });
    }
    return out;
  }
};

// src/rules/log-bucket-source-arn.ts
var logBucketSourceArn = {
  meta: {
    id: "log-bucket-source-arn",
    title: "The log bucket's CloudTrail grants are limited to this trail (aws:SourceArn) or its account (aws:SourceAccount)",
    defaultSeverity: "error",
    description: "Both grants (GetBucketAcl and PutObject) must carry an aws:SourceArn condition equal to (or an ArnLike pattern matching) the trail ARN, or an aws:SourceAccount condition, so that no other account's trail can write into the bucket."
  },
  check(ctx) {
    const out = [];
    for (const trail of trailsToCheck(ctx)) {
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === "unknown" || t.policy === null) continue;
      const policy = t.policy;
      const own = deliveryRequests(t, "own");
      const foreign = deliveryRequests(t, "foreign-trail");
      const open = [];
      const unsure = [];
      own.forEach(({ what, request }, i) => {
        if (decide(policy, request).allowed !== true) return;
        const f = decide(policy, foreign[i].request);
        if (f.allowed === true) open.push(what);
        else if (f.allowed === void 0) unsure.push(what);
      });
      const fix3 = () => ({
        text: "Add an aws:SourceArn condition with this trail's ARN to both statements:",
        ...recommendedPolicy(t)
      });
      if (open.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket}: ${open.join(", ")} is granted to CloudTrail without an aws:SourceArn or aws:SourceAccount condition, so a trail of any account can write there`,
            fix3()
          )
        );
      else if (unsure.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `log bucket ${t.bucket}: cannot tell whether ${unsure.join(", ")} is limited to this trail`
          )
        );
    }
    return out;
  }
};

// src/rules/log-loop.ts
var SOME_ACCOUNTS = ["111111111111", "999988887777"];
var SOME_REGIONS = ["us-east-1", "eu-west-1"];
var STAND_IN_ORG = "o-exampleorgid";
var CALLERS = ["arn:aws:sts::000000000000:assumed-role/any-role/any-session", ""];
function deliveryKeys(trail, prefix) {
  const acct = trail.accountId.known ? [trail.accountId.value] : SOME_ACCOUNTS;
  const home = trail.homeRegion.known ? [trail.homeRegion.value] : SOME_REGIONS;
  const other = home.map((r) => r === "eu-west-1" ? "ap-southeast-2" : "eu-west-1");
  const multi = !trail.multiRegion.known || trail.multiRegion.value;
  const org = !trail.organization.known || trail.organization.value;
  const orgIds2 = trail.organizationId?.known ? [trail.organizationId.value] : [STAND_IN_ORG];
  const paths = [];
  if (!org || !trail.organization.known)
    paths.push({ what: "AWSLogs/ACCOUNT/", path: acct.map((a) => `${a}/`) });
  if (org) {
    const members = [.../* @__PURE__ */ new Set([...acct, ...SOME_ACCOUNTS])];
    paths.push({
      what: "AWSLogs/o-ORGID/ACCOUNT/",
      path: orgIds2.flatMap((o) => members.map((a) => `${o}/${a}/`))
    });
  }
  const out = [];
  for (const p of paths)
    for (const [regionWhat, regions] of [
      ["home Region", home],
      ...multi ? [["another Region", other]] : []
    ])
      for (const type of ["CloudTrail", "CloudTrail-Digest", "CloudTrail-Insight"]) {
        const variants = [];
        for (const path of p.path)
          for (const region of regions) {
            const a = path.replace(/\/$/, "").split("/").pop();
            const file = type === "CloudTrail-Digest" ? `${a}_${type}_${region}_trail_${region}_20260101T0000Z.json.gz` : `${a}_${type}_${region}_20260101T0000Z_a1B2c3D4e5F6g7H8.json.gz`;
            variants.push(`${prefix}AWSLogs/${path}${type}/${region}/2026/01/01/${file}`);
          }
        out.push({ what: `${type} files of the ${regionWhat} (${prefix}${p.what}${type}/\u2026)`, variants });
      }
  return out;
}
var logLoop = {
  meta: {
    id: "log-loop",
    title: "A trail does not record data events of its own log bucket",
    defaultSeverity: "warning",
    description: "Evaluates the trail's selectors on PutObject of the files CloudTrail writes into its log bucket ([prefix/]AWSLogs/[o-ORGID/]ACCOUNT/CloudTrail{,-Digest,-Insight}/REGION/\u2026json.gz). If one is recorded, every delivery produces a new event to deliver."
  },
  check(ctx) {
    return logLoopFindings(ctx, true);
  }
};
function logLoopFindings(ctx, narrow) {
  const meta = logLoop.meta;
  const out = [];
  const reaching = /* @__PURE__ */ new Map();
  const reaches = (trail, bucket) => {
    let r = reaching.get(bucket);
    if (!r) reaching.set(bucket, r = new Set(recordersReaching(ctx.facts, bucket)));
    return r.has(trail);
  };
  for (const trail of trailsToCheck(ctx)) {
    const bucketName = trail.logBucket;
    if (!bucketName?.known || !bucketName.value) continue;
    const prefix = trail.logPrefix?.known && trail.logPrefix.value ? trail.logPrefix.value.replace(/\/+$/, "") + "/" : "";
    const seen = ctx.facts.buckets.get(bucketName.value);
    const partition = trail.partition.known ? trail.partition.value : ctx.facts.defaults.partition;
    if (narrow && partition === ctx.facts.defaults.partition && !reaches(trail, bucketName.value)) continue;
    const bucket = {
      name: bucketName.value,
      origin: trail.origin,
      region: seen?.region.known ? seen.region : trail.homeRegion,
      accountId: trail.accountId,
      partition: known(partition)
    };
    const arn = `arn:${partition}:s3:::${bucketName.value}/`;
    const recorded = [];
    const undecided = [];
    for (const { what, variants } of deliveryKeys(trail, prefix)) {
      const results = [];
      let why = "";
      for (const key of variants)
        for (const userArn of CALLERS)
          for (const eventType of EVENT_TYPES) {
            const ev = {
              eventCategory: "Data",
              resourcesType: "AWS::S3::Object",
              eventSource: "s3.amazonaws.com",
              eventName: "PutObject",
              readOnly: false,
              arn: arn + key,
              userArn,
              eventType,
              sessionCredentialFromConsole: "false"
            };
            const r = recorderRecords(trail, bucket, ev);
            if (r.records !== true && !why) why = r.why;
            results.push(r.records);
          }
      const all = results.every((x) => x === true) ? true : results.every((x) => x === false) ? false : void 0;
      if (all === true) recorded.push(what);
      else if (all !== false) undecided.push(`${what}: ${why}`);
    }
    const fix3 = {
      text: `Exclude the log bucket from the trail's data-event selectors (advanced selectors), or deliver to a bucket in another account:`,
      terraform: `field_selector {
  field           = "resources.ARN"
  not_starts_with = [${hclString(arn)}]
}`
    };
    if (recorded.length)
      out.push(
        trailFinding(
          meta,
          trail,
          "fail",
          `records PutObject on its own log bucket ${bucketName.value} (${recorded.join("; ")}): each delivery is logged and delivered again`,
          fix3
        )
      );
    else if (undecided.length)
      out.push(
        trailFinding(
          meta,
          trail,
          "unknown",
          `cannot tell whether it records its own log bucket ${bucketName.value}: ${undecided[0]}`
        )
      );
  }
  return out;
}

// src/rules/trail-cloudwatch-logs.ts
function groupBase(arn) {
  return arn.replace(/:\*$/, "");
}
function streams(t, groupArn) {
  const base = groupBase(groupArn);
  const parts = base.split(":");
  const region = t.homeRegion.known ? t.homeRegion.value : parts[3];
  const account = t.accountId.known ? t.accountId.value : void 0;
  const stream = (name) => ({ known: true, value: `${base}:log-stream:${name}` });
  if (!account || !region)
    return [
      { what: "its log stream", arn: { known: false, detail: "the trail's account or Region is not known" } }
    ];
  const out = [
    { what: `log stream ${account}_CloudTrail_${region}`, arn: stream(`${account}_CloudTrail_${region}`) }
  ];
  if (t.organization.known && t.organization.value)
    out.push({
      what: "organization log stream (o-ORGID_\u2026)",
      arn: stream(`o-exampleorgid_222222222222_CloudTrail_${region}`),
      organization: true
    });
  return out;
}
function parse(p) {
  if (!p.document.known) return { ok: false, detail: `${p.origin.ref}: ${p.document.detail}` };
  if (p.document.value === null) return { ok: true, policy: null };
  try {
    return { ok: true, policy: normalizePolicy(p.document.value) };
  } catch (e) {
    return { ok: false, detail: `${p.origin.ref} is not an IAM policy: ${e.message}` };
  }
}
function permissions(role) {
  const unread = [...role.unread];
  const statements = [];
  for (const p of role.policies) {
    const r = parse(p);
    if (!r.ok) unread.push(r.detail);
    else if (r.policy) statements.push(...r.policy.statements);
  }
  return { policy: { statements }, unread };
}
function allowed(policy, action, resource, kind, keys = {}) {
  return decide(policy, { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action, resource, keys }, kind).allowed;
}
var trailCloudwatchLogs = {
  meta: {
    id: "trail-cloudwatch-logs",
    title: "A trail that sends events to CloudWatch Logs can deliver them there",
    defaultSeverity: "error",
    description: "cloud_watch_logs_group_arn ends in :* and cloud_watch_logs_role_arn names a role that trusts cloudtrail.amazonaws.com and may call logs:CreateLogStream and logs:PutLogEvents on the group's streams (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const g = t.cloudWatchLogsGroupArn;
      if (g.known && !g.value) continue;
      const failed = [];
      const undecided = [];
      if (!g.known) undecided.push(`whether cloud_watch_logs_group_arn ends in :* (${g.detail})`);
      else if (g.value && !g.value.endsWith(":*"))
        failed.push(
          `cloud_watch_logs_group_arn ${g.value} does not end in :* (CloudTrail needs the group's streams: "${g.value}:*")`
        );
      const roleArn = t.cloudWatchLogsRoleArn;
      if (roleArn.known && !roleArn.value)
        failed.push(
          "cloud_watch_logs_role_arn is not set: CloudTrail needs a role to write to the log group, and AWS rejects a log group without one"
        );
      if (t.cloudWatchLogsDeliveryError)
        failed.push(
          `the last delivery to CloudWatch Logs failed (LatestCloudWatchLogsDeliveryError: ${t.cloudWatchLogsDeliveryError})`
        );
      const role = t.cloudWatchLogsRole;
      if (!(roleArn.known && !roleArn.value)) {
        if (role) checkRole(t, role, g.known ? g.value : null, failed, undecided);
        else if (t.origin.source === "aws") {
          if (!t.cloudWatchLogsDeliveryError && !t.cloudWatchLogsDelivered)
            undecided.push(
              "whether CloudTrail can deliver to CloudWatch Logs (GetTrailStatus shows no delivery to CloudWatch Logs yet)"
            );
        } else
          undecided.push(
            `whether the role ${roleArn.known ? roleArn.value : "(known only after apply)"} trusts cloudtrail.amazonaws.com and may write to the log group: the role is not in the plan`
          );
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `CloudWatch Logs delivery cannot work: ${failed.join("; ")}${undecided.length ? `; also cannot tell ${undecided.join(", ")}` : ""}`,
            fix(g.known && g.value ? g.value : void 0)
          )
        );
      else if (undecided.length)
        out.push(trailFinding(this.meta, t, "unknown", `cannot tell ${undecided.join("; ")}`));
    }
    return out;
  }
};
function checkRole(t, role, groupArn, failed, undecided) {
  const trust = parse(role.trustPolicy);
  if (!trust.ok) undecided.push(`whether the role trusts cloudtrail.amazonaws.com (${trust.detail})`);
  else {
    const keys = {
      "aws:sourcearn": { known: false, detail: "not documented for this AssumeRole" },
      "aws:sourceaccount": { known: false, detail: "not documented for this AssumeRole" }
    };
    const a = trust.policy ? allowed(trust.policy, "sts:AssumeRole", { known: true, value: role.origin.ref }, "trust", keys) : false;
    if (a === false)
      failed.push(
        `the trust policy of ${role.origin.ref} does not let ${CLOUDTRAIL_PRINCIPAL} assume it (sts:AssumeRole)`
      );
    else if (a === void 0)
      undecided.push(`whether the trust policy of ${role.origin.ref} lets ${CLOUDTRAIL_PRINCIPAL} assume it`);
  }
  if (groupArn === null) return;
  const { policy, unread } = permissions(role);
  const denied = [];
  const open = [];
  const named = policy.statements.some(
    (s) => (s.resource ?? []).some((r) => r.known && /:log-stream:o-[a-z0-9]+_/.test(r.value))
  );
  for (const s of streams(t, groupArn))
    for (const action of ["logs:CreateLogStream", "logs:PutLogEvents"]) {
      const d = decide(
        policy,
        { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action, resource: s.arn, keys: {} },
        "identity"
      );
      const what = `${action} on ${s.what}`;
      if (d.deniedBy.length) denied.push(`${what} (denied)`);
      else if (unread.length || d.allowed === void 0) {
        open.push(what);
      } else if (d.allowed === false) {
        if (s.organization && named)
          open.push(`${what} (the policy names an organization; is it the trail's?)`);
        else denied.push(what);
      }
    }
  if (denied.length)
    failed.push(
      `the policies of ${role.origin.ref} do not allow ${denied.join(", ")} in ${groupBase(groupArn)}`
    );
  if (open.length)
    undecided.push(
      `whether ${role.origin.ref} may call ${open.join(", ")}${unread.length ? ` (not read: ${unread.join("; ")})` : ""}`
    );
}
function fix(groupArn) {
  const group = groupArn ? groupBase(groupArn) : "${aws_cloudwatch_log_group.trail.arn}";
  return {
    text: "Give the trail the log group with :* and a role CloudTrail can assume that may write its streams:",
    terraform: [
      `cloud_watch_logs_group_arn = "${groupArn ? `${group}:*` : "${aws_cloudwatch_log_group.trail.arn}:*"}"`,
      "cloud_watch_logs_role_arn  = aws_iam_role.cloudtrail_cloudwatch.arn",
      "",
      'resource "aws_iam_role" "cloudtrail_cloudwatch" {',
      '  name = "cloudtrail-cloudwatch-logs"',
      "  assume_role_policy = jsonencode({",
      '    Version = "2012-10-17"',
      `    Statement = [{ Effect = "Allow", Principal = { Service = "${CLOUDTRAIL_PRINCIPAL}" }, Action = "sts:AssumeRole" }]`,
      "  })",
      "}",
      "",
      'resource "aws_iam_role_policy" "cloudtrail_cloudwatch" {',
      "  role = aws_iam_role.cloudtrail_cloudwatch.id",
      "  policy = jsonencode({",
      '    Version = "2012-10-17"',
      `    Statement = [{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "${group}:log-stream:*" }]`,
      "  })",
      "}"
    ].join("\n")
  };
}

// src/rules/trail-kms.ts
var trailKms = {
  meta: {
    id: "trail-kms",
    title: "Trails encrypt their log files with a KMS key",
    defaultSeverity: "warning",
    description: "kms_key_id (KmsKeyId) makes CloudTrail encrypt log files with SSE-KMS; the key must be in the log bucket's Region and allow cloudtrail.amazonaws.com kms:GenerateDataKey* (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const k = t.kmsKeyId;
      if (!k) continue;
      if (!k.known) continue;
      if (!k.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            "log files are not encrypted with a KMS key (kms_key_id is not set)",
            {
              text: "Encrypt the log files with a customer managed key:",
              terraform: "kms_key_id = aws_kms_key.cloudtrail.arn"
            }
          )
        );
    }
    return out;
  }
};

// src/rules/trail-kms-delivery.ts
var str2 = (f) => f.known ? { known: true, value: f.value } : { known: false, detail: f.detail };
var trailKmsDelivery = {
  meta: {
    id: "trail-kms-delivery",
    title: "CloudTrail may encrypt the trail's log files with its KMS key",
    defaultSeverity: "error",
    description: "When kms_key_id is set, the key is enabled, in the log bucket's Region, and its key policy allows cloudtrail.amazonaws.com kms:GenerateDataKey* for this trail (encryption context aws:cloudtrail:arn, aws:SourceArn); otherwise CloudTrail cannot deliver (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail-encrypt.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const id = t.kmsKeyId;
      if (id.known && !id.value) continue;
      if (t.origin.source === "aws") continue;
      const key = t.kmsKey;
      if (!key) {
        out.push(
          trailFinding(
            this.meta,
            t,
            "unknown",
            `cannot tell whether CloudTrail may use the KMS key ${id.known ? id.value : "(known only after apply)"}: the key is not in the plan, so its policy and state cannot be checked`
          )
        );
        continue;
      }
      const failed = [];
      const undecided = [];
      if (!key.enabled.known) undecided.push(`whether ${key.origin.ref} is enabled (${key.enabled.detail})`);
      else if (!key.enabled.value) failed.push(`${key.origin.ref} is disabled (is_enabled = false)`);
      const bucket = t.logBucket.known ? ctx.facts.buckets.get(t.logBucket.value) : void 0;
      if (key.region.known && bucket?.region.known && key.region.value !== bucket.region.value)
        failed.push(
          `${key.origin.ref} is in ${key.region.value} and the log bucket ${bucket.name} in ${bucket.region.value} (the key must be in the bucket's Region)`
        );
      const doc = key.policy.document;
      if (!doc.known) undecided.push(`whether the key policy allows CloudTrail (${doc.detail})`);
      else if (doc.value === null)
        failed.push(
          `${key.origin.ref} has no key policy of its own: the default key policy lets only the account's IAM principals use the key, not ${CLOUDTRAIL_PRINCIPAL}`
        );
      else {
        let policy;
        try {
          policy = normalizePolicy(doc.value);
        } catch (e) {
          undecided.push(
            `whether the key policy allows CloudTrail (it is not an IAM policy: ${e.message})`
          );
        }
        if (policy) {
          const arn = str2(t.arn);
          const d = decide(policy, {
            servicePrincipal: CLOUDTRAIL_PRINCIPAL,
            action: "kms:GenerateDataKey",
            resource: { known: false, detail: "the key ARN" },
            keys: {
              "kms:encryptioncontext:aws:cloudtrail:arn": arn,
              "aws:sourcearn": arn,
              "aws:sourceaccount": str2(t.accountId)
            }
          });
          const sids = (xs) => xs.map((s) => s.sid ? `statement "${s.sid}"` : "a Deny statement").join(", ");
          if (d.deniedBy.length)
            failed.push(
              `the key policy of ${key.origin.ref} denies kms:GenerateDataKey by ${sids(d.deniedBy)}`
            );
          else if (d.allowed === false)
            failed.push(
              `the key policy of ${key.origin.ref} does not allow ${CLOUDTRAIL_PRINCIPAL} kms:GenerateDataKey* for this trail`
            );
          else if (d.allowed === void 0)
            undecided.push(
              `whether the key policy of ${key.origin.ref} allows kms:GenerateDataKey* for this trail`
            );
        }
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `CloudTrail cannot encrypt, so it delivers no log files: ${failed.join("; ")}${undecided.length ? `; also cannot tell ${undecided.join(", ")}` : ""}`,
            fix2(t.accountId.known ? t.accountId.value : "ACCOUNT_ID", t.arn.known ? t.arn.value : void 0)
          )
        );
      else if (undecided.length)
        out.push(trailFinding(this.meta, t, "unknown", `cannot tell ${undecided.join("; ")}`));
    }
    return out;
  }
};
function fix2(account, trailArn) {
  const partition = trailArn?.split(":")[1] ?? "aws";
  const statement = {
    Sid: "AllowCloudTrailEncryptLogs",
    Effect: "Allow",
    Principal: { Service: CLOUDTRAIL_PRINCIPAL },
    Action: "kms:GenerateDataKey*",
    Resource: "*",
    Condition: {
      StringLike: {
        "kms:EncryptionContext:aws:cloudtrail:arn": `arn:${partition}:cloudtrail:*:${account}:trail/*`
      },
      ...trailArn ? { StringEquals: { "aws:SourceArn": trailArn } } : {}
    }
  };
  return {
    text: "Enable the key and add this statement to its key policy (keep the statements that let your account administer the key):",
    json: JSON.stringify(statement, null, 2)
  };
}

// src/rules/trail-log-file-validation.ts
var trailLogFileValidation = {
  meta: {
    id: "trail-log-file-validation",
    title: "Trails have log file integrity validation enabled",
    defaultSeverity: "warning",
    description: "enable_log_file_validation (EnableLogFileValidation) makes CloudTrail deliver signed digest files, so tampering with the recorded data events can be detected (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const v = t.logFileValidation;
      if (!v) continue;
      if (!v.known)
        out.push(trailFinding(this.meta, t, "unknown", `log file validation is unknown (${v.detail})`));
      else if (!v.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `log file validation is off${v.defaulted ? " (enable_log_file_validation defaults to false)" : ""}`,
            {
              text: "Enable log file validation:",
              terraform: "enable_log_file_validation = true"
            }
          )
        );
      if (t.digestDeliveryError)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `its last delivery of a digest file failed (GetTrailStatus LatestDigestDeliveryError: ${t.digestDeliveryError}), so the log files since then cannot be validated`
          )
        );
    }
    return out;
  }
};

// src/rules/trail-multi-region.ts
var trailMultiRegion = {
  meta: {
    id: "trail-multi-region",
    title: "Trails are multi-Region",
    defaultSeverity: "error",
    offByDefault: true,
    description: "A single-Region trail records only its home Region, so a bucket created elsewhere is not covered (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-multi-region-trails.html). Turn on with require.rules.trail-multi-region."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      if (!t.multiRegion.known)
        out.push(
          trailFinding(this.meta, t, "unknown", `is_multi_region_trail is unknown (${t.multiRegion.detail})`)
        );
      else if (!t.multiRegion.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `is a single-Region trail (${t.homeRegion.known ? t.homeRegion.value : "home Region unknown"})${t.multiRegion.defaulted ? "; is_multi_region_trail defaults to false" : ""}`,
            {
              text: "Make the trail multi-Region:",
              terraform: "is_multi_region_trail = true"
            }
          )
        );
    }
    return out;
  }
};

// src/rules/index.ts
var RULES = [
  dataEventCoverage,
  invalidSelector,
  logBucketAclCondition,
  logBucketDeliveryGrant,
  logBucketSourceArn,
  logLoop,
  trailCloudwatchLogs,
  trailKms,
  trailKmsDelivery,
  trailLogFileValidation,
  trailMultiRegion
];
function waiverMatches(w, f, ctx) {
  if (w.rule !== f.ruleId) return false;
  if (w.bucket !== void 0 && w.bucket !== f.bucket) return false;
  if (w.trail !== void 0) {
    const rec = ctx.facts.recorders.find((r) => r.id === f.trail);
    const names = [
      f.trail,
      rec?.name.known ? rec.name.value : void 0,
      rec?.arn.known ? rec.arn.value : void 0
    ];
    if (!names.includes(w.trail)) return false;
  }
  return true;
}
function where(w) {
  return `${w.location.file}:${w.location.line}:${w.location.column}`;
}
function foreignTrailSeverity(f, ctx) {
  if (ctx.facts.mode !== "plan+live" && ctx.facts.mode !== "plan+organization" || f.trail === void 0 || f.severity !== "error")
    return f;
  if (ctx.policy.require?.trails === "all") return f;
  const rec = ctx.facts.recorders.find((r) => r.id === f.trail);
  if (!rec || rec.origin.source !== "aws") return f;
  const own = ctx.facts.defaults.accountId;
  const foreign = rec.accountId.known && own.known ? rec.accountId.value !== own.value : rec.organization.known && rec.organization.value;
  if (!foreign) return f;
  const owner = rec.accountId.known ? `account ${rec.accountId.value}` : "another account";
  return {
    ...f,
    severity: "warning",
    message: `${f.message} (a trail of ${owner}, not managed by this plan: a warning here; require.trails: all makes it an error)`
  };
}
function runRules(ctx, rules = RULES) {
  const settings = ctx.policy.require?.rules ?? {};
  const findings = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    if (setting === "off" || setting === void 0 && rule.meta.offByDefault) continue;
    let found;
    try {
      found = rule.check(ctx);
    } catch (e) {
      found = [
        {
          ruleId: rule.meta.id,
          severity: "error",
          status: "unknown",
          message: `rule ${rule.meta.id} failed: ${e instanceof Error ? e.message : String(e)}`,
          location: { file: ctx.policy.file }
        }
      ];
    }
    for (const f of found)
      findings.push(foreignTrailSeverity(setting ? { ...f, severity: setting } : f, ctx));
  }
  const warnings = [];
  const used = /* @__PURE__ */ new Set();
  const waived = findings.map((f) => {
    for (const w of ctx.policy.waivers ?? []) {
      if (!waiverMatches(w, f, ctx)) continue;
      used.add(w);
      if (w.expires !== void 0 && w.expires < ctx.today) continue;
      return { ...f, waived: { reason: w.reason, ...w.expires ? { expires: w.expires } : {} } };
    }
    return f;
  });
  for (const w of ctx.policy.waivers ?? []) {
    const target = w.bucket !== void 0 ? `bucket ${w.bucket}` : `trail ${w.trail ?? ""}`;
    if (w.expires !== void 0 && w.expires < ctx.today)
      warnings.push(
        `${where(w)}: the waiver of ${w.rule} for ${target} expired on ${w.expires} and no longer applies`
      );
    else if (!used.has(w))
      warnings.push(`${where(w)}: the waiver of ${w.rule} for ${target} matches no finding; remove it`);
  }
  return { findings: waived, warnings };
}

// src/sources/merge.ts
var value = (f) => f.known ? f.value : void 0;
function sameRecorder(plan, live) {
  if (plan.kind !== live.kind) return false;
  if (plan.priorArn && plan.priorArn === (value(live.arn) ?? live.id)) return true;
  const planArn = value(plan.arn);
  if (planArn) return planArn === (value(live.arn) ?? live.id);
  const name = value(plan.name);
  const home = value(plan.homeRegion);
  if (!name || !home || name !== value(live.name) || home !== value(live.homeRegion)) return false;
  const a = value(plan.accountId);
  const b = value(live.accountId);
  return a === void 0 || b === void 0 || a === b;
}
function withIdentity(plan, live) {
  return {
    ...plan,
    arn: plan.arn.known && plan.arn.value ? plan.arn : live.arn,
    accountId: plan.accountId.known ? plan.accountId : live.accountId,
    homeRegion: plan.homeRegion.known ? plan.homeRegion : live.homeRegion
  };
}
var orLive = (p, l) => l.known ? l : p;
function mergeRecorder(plan, live) {
  const p = withIdentity(plan, live);
  if (p.change === "replace" || p.change === "create" || p.change === "delete") return p;
  const status = {
    ...live.kind === "trail" && live.deliveryError ? { deliveryError: live.deliveryError } : {}
  };
  if (p.change === "no-op" || p.change === "read") {
    const logging = orLive(p.logging, live.logging);
    const base = {
      ...p,
      multiRegion: orLive(p.multiRegion, live.multiRegion),
      organization: orLive(p.organization, live.organization),
      logging,
      selectors: orLive(p.selectors, live.selectors),
      ...logging === live.logging && live.loggingDetail ? { loggingDetail: live.loggingDetail } : {}
    };
    if (base.kind === "trail" && live.kind === "trail")
      return {
        ...base,
        logBucket: orLive(base.logBucket, live.logBucket),
        logPrefix: orLive(base.logPrefix, live.logPrefix),
        kmsKeyId: orLive(base.kmsKeyId, live.kmsKeyId),
        logFileValidation: orLive(base.logFileValidation, live.logFileValidation),
        ...status
      };
    return base;
  }
  if (p.kind === "event-data-store" && live.logging.known && !live.logging.value && p.logging.known && p.logging.value)
    return {
      ...p,
      logging: live.logging,
      ...live.loggingDetail ? { loggingDetail: `${live.loggingDetail} in the account; this plan does not start it` } : {}
    };
  return { ...p, ...p.kind === "trail" ? status : {} };
}
function mergeBucket(plan, live) {
  if (!live) return plan;
  const exists = plan.change !== "create" && plan.change !== "replace";
  const policy = plan.policy?.managed ? plan.policy : live.policy ?? plan.policy;
  const sal = plan.serverAccessLogging;
  const logging = exists && live.serverAccessLogging && (!sal || sal.known && sal.defaulted) ? live.serverAccessLogging : sal;
  return {
    ...plan,
    ...logging ? { serverAccessLogging: logging } : {},
    region: !plan.region.known && exists && live.region.known ? live.region : plan.region,
    accountId: !plan.accountId.known && exists && live.accountId.known ? live.accountId : plan.accountId,
    ...policy ? { policy } : {}
  };
}
function mergeFacts(plan, live) {
  const replaced = /* @__PURE__ */ new Set();
  const planned = plan.recorders.map((p) => {
    const l = live.recorders.find((r) => !replaced.has(r) && sameRecorder(p, r));
    if (!l) return p;
    replaced.add(l);
    return mergeRecorder(p, l);
  });
  const recorders = [...planned, ...live.recorders.filter((r) => !replaced.has(r))];
  const buckets = new Map(live.buckets);
  const org = live.mode === "organization";
  const unplaced = new Map(live.unplaced ?? []);
  const scanned = new Set(live.scope?.accounts ?? []);
  for (const [name, b] of plan.buckets) {
    const l = live.buckets.get(name);
    let merged = mergeBucket(b, l);
    if (org) {
      if (l?.accountId.known && !unplaced.has(name)) merged = { ...merged, accountId: l.accountId };
      else if (unplaced.has(name)) {
        const a = b.accountId;
        if (a.known && scanned.has(a.value)) unplaced.delete(name);
        else if (l) merged = { ...merged, accountId: l.accountId };
      }
    }
    buckets.set(name, merged);
  }
  return {
    mode: org ? "plan+organization" : "plan+live",
    ...org && live.scope ? { scope: live.scope } : {},
    ...org ? { unplaced } : {},
    recorders,
    buckets,
    notes: [...plan.notes, ...live.notes],
    secrets: [...plan.secrets ?? [], ...live.secrets ?? []],
    defaults: {
      accountId: plan.defaults.accountId.known ? plan.defaults.accountId : live.defaults.accountId,
      partition: plan.defaults.region.known ? plan.defaults.partition : live.defaults.partition,
      region: plan.defaults.region.known ? plan.defaults.region : live.defaults.region
    }
  };
}

// src/sources/combine.ts
var fileOf = (c) => c.spec.kind === "terraform-plan" ? c.spec.file : "the account";
function essence(x, file) {
  return JSON.stringify(
    x,
    (k, v) => k === "origin" || k === "id" ? void 0 : typeof v === "string" ? v.split(file).join("<plan>") : v
  );
}
function unionPlans(parts) {
  if (parts.length === 1) return parts[0].facts;
  const recorders = [];
  const from = /* @__PURE__ */ new Map();
  const buckets = /* @__PURE__ */ new Map();
  const bucketFrom = /* @__PURE__ */ new Map();
  const idCount = /* @__PURE__ */ new Map();
  for (const p of parts) for (const r of p.facts.recorders) idCount.set(r.id, (idCount.get(r.id) ?? 0) + 1);
  for (const p of parts) {
    for (const r of p.facts.recorders) {
      const twin = recorders.find(
        (x) => from.get(x) !== p.file && (sameRecorder(r, x) || sameRecorder(x, r))
      );
      if (twin) {
        if (essence(twin, from.get(twin)) === essence(r, p.file)) continue;
        throw new InputError(
          `${from.get(twin)} (${twin.origin.ref}) and ${p.file} (${r.origin.ref}) both manage the ${r.kind === "trail" ? "trail" : "event data store"} ${r.name.known ? JSON.stringify(r.name.value) : r.id}, differently: a resource belongs to one plan`,
          p.file
        );
      }
      const id = (idCount.get(r.id) ?? 0) > 1 ? `${p.file}:${r.id}` : r.id;
      const kept = id === r.id ? r : { ...r, id };
      recorders.push(kept);
      from.set(kept, p.file);
    }
    for (const [name, b] of p.facts.buckets) {
      const seen = buckets.get(name);
      if (seen) {
        if (essence(seen, bucketFrom.get(name)) === essence(b, p.file)) continue;
        throw new InputError(
          `${bucketFrom.get(name)} (${seen.origin.ref}) and ${p.file} (${b.origin.ref}) both describe the bucket ${JSON.stringify(name)}, differently: a resource belongs to one plan`,
          p.file
        );
      }
      buckets.set(name, b);
      bucketFrom.set(name, p.file);
    }
  }
  const first = (pick) => parts.map((p) => pick(p.facts)).find((v) => v.known) ?? pick(parts[0].facts);
  const defaults = {
    accountId: first((f) => f.defaults.accountId),
    region: first((f) => f.defaults.region),
    partition: (parts.find((p) => p.facts.defaults.region.known) ?? parts[0]).facts.defaults.partition
  };
  return {
    mode: "plan",
    recorders,
    buckets,
    notes: parts.flatMap((p) => p.facts.notes),
    secrets: parts.flatMap((p) => p.facts.secrets ?? []),
    defaults
  };
}
function combineSources(collected) {
  const plans = collected.filter((c) => c.spec.kind === "terraform-plan");
  const live = collected.filter((c) => c.spec.kind === "aws" || c.spec.kind === "organization");
  if (live.length > 1) throw new InputError("one live account per run: give --live once");
  const account = live[0]?.after;
  if (!plans.length) {
    if (!account) throw new InputError("give --plan FILE, --live, or both");
    return { after: account, plans: [] };
  }
  const files = plans.map(fileOf);
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup) throw new InputError(`${dup}: the same plan is given twice`, dup);
  const over = (f) => account ? mergeFacts(f, account) : f;
  const afterOf = plans.map((c) => ({ file: fileOf(c), facts: c.after }));
  const beforeOf = plans.map((c) => ({ file: fileOf(c), facts: c.before ?? c.after }));
  const after = over(unionPlans(afterOf));
  const before = over(unionPlans(beforeOf));
  if (plans.length === 1) return { after, before, plans: files };
  return {
    after,
    before,
    plans: files,
    perPlan: plans.map((_, i) => ({
      plan: files[i],
      before: over(unionPlans(afterOf.map((a, j) => j === i ? beforeOf[i] : a)))
    }))
  };
}

// src/app/merge.ts
function canonicalFindings(findings, buckets) {
  const place = new Map(buckets.map((b, i) => [b.name, i]));
  const keyed2 = findings.map((f) => ({
    f,
    rule: f.ruleId,
    at: f.bucket !== void 0 ? place.get(f.bucket) ?? -1 : -1,
    text: JSON.stringify(f)
  }));
  keyed2.sort(
    (a, b) => a.rule !== b.rule ? a.rule < b.rule ? -1 : 1 : a.at !== b.at ? a.at - b.at : a.text < b.text ? -1 : a.text > b.text ? 1 : 0
  );
  return keyed2.map((k) => k.f);
}
var bad = (file, what) => new InputError(`${file}: ${what}`, file);
function checkShards(shards) {
  const first = shards[0];
  for (const s of shards) {
    const r = s.report;
    if (r.schemaVersion !== 1)
      throw bad(s.file, "is not an s3-trail-guard JSON report of schemaVersion 1 or 2");
    if (r.mode !== "organization" && r.mode !== "plan+organization" || !r.organization?.shard)
      throw bad(
        s.file,
        `is not the report of one shard of an organization run (mode ${JSON.stringify(r.mode)}); give the --format json reports of --organization --shard I/N`
      );
    if (r.tool.version !== first.report.tool.version)
      throw bad(
        s.file,
        `was written by s3-trail-guard ${r.tool.version}, ${first.file} by ${first.report.tool.version}: merge shards of one version`
      );
    if (r.mode !== first.report.mode)
      throw bad(s.file, `is a report of mode ${r.mode}, ${first.file} of ${first.report.mode}`);
    if (r.plan !== first.report.plan || JSON.stringify(r.plans) !== JSON.stringify(first.report.plans))
      throw bad(s.file, `is a report of other plans than ${first.file}`);
    if (r.policy !== first.report.policy)
      throw bad(s.file, `is a report of policy ${r.policy}, ${first.file} of ${first.report.policy}`);
    if (r.verdict.failOn !== first.report.verdict.failOn || r.verdict.failOnUnknown !== first.report.verdict.failOnUnknown)
      throw bad(s.file, `was run with other --fail-on / --fail-on-unknown settings than ${first.file}`);
    if (r.organization.shard.count !== first.report.organization.shard.count)
      throw bad(
        s.file,
        `is shard ${r.organization.shard.index}/${r.organization.shard.count}, ${first.file} is of ${first.report.organization.shard.count} shards`
      );
  }
  const count = first.report.organization.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const i = s.report.organization.shard.index;
    const twice = seen.get(i);
    if (twice) throw bad(s.file, `is shard ${i}/${count} again (also ${twice})`);
    seen.set(i, s.file);
  }
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw bad(
      first.file,
      `shard(s) ${missing.map((i) => `${i}/${count}`).join(", ")} missing from the merge`
    );
}
function mergeReports(shards) {
  if (!shards.length) throw new InputError("merge needs at least one shard report");
  checkShards(shards);
  const ordered = [...shards].sort(
    (a, b) => a.report.organization.shard.index - b.report.organization.shard.index
  );
  const first = ordered[0].report;
  const everywhere = first.buckets.map((b) => b.name).filter((n) => ordered.every((s) => s.report.buckets.some((b) => b.name === n)));
  const ownerOf = /* @__PURE__ */ new Map();
  const entry = /* @__PURE__ */ new Map();
  for (const { report } of ordered)
    for (const b of report.buckets) {
      const held = b.account !== null && b.account !== void 0;
      if (!entry.has(b.name) || held && !ownerOf.has(b.name)) {
        entry.set(b.name, b);
        if (held) ownerOf.set(b.name, report);
      }
    }
  for (const n of entry.keys()) if (!ownerOf.has(n)) ownerOf.set(n, first);
  const named = new Set(everywhere);
  const others = [...entry.keys()].filter((n) => !named.has(n)).sort();
  const buckets = [...everywhere, ...others].map((n) => entry.get(n));
  const bucketNames = new Set(buckets.map((b) => b.name));
  const seenFindings = /* @__PURE__ */ new Set();
  const findings = [];
  for (const { report } of ordered)
    for (const f of report.findings) {
      if (f.bucket !== void 0 && bucketNames.has(f.bucket)) {
        if (ownerOf.get(f.bucket) === report) findings.push(f);
        continue;
      }
      const key = JSON.stringify(f);
      if (!seenFindings.has(key)) {
        seenFindings.add(key);
        findings.push(f);
      }
    }
  const sorted = canonicalFindings(findings, buckets);
  const fixes = buckets.flatMap((b) => (ownerOf.get(b.name)?.fixes ?? []).filter((x) => x.bucket === b.name));
  const warnings = [...new Set(ordered.flatMap((s) => s.report.warnings))];
  const verdict = decideVerdict(
    { buckets, findings: sorted },
    first.verdict.failOn,
    first.verdict.failOnUnknown
  );
  const accounts = [...new Set(ordered.flatMap((s) => s.report.organization.accounts))].sort();
  const diffOf3 = (pick) => {
    const changed = buckets.flatMap(
      (b) => pick(ownerOf.get(b.name))?.buckets.filter((d) => d.name === b.name) ?? []
    );
    changed.sort((x, y) => Number(y.regression) - Number(x.regression));
    return { ...diffCounts(changed), buckets: changed };
  };
  const planDiffs = first.diff?.plans;
  const diff = first.diff ? {
    ...diffOf3((r) => r.diff),
    ...planDiffs ? {
      plans: planDiffs.map((p, i) => ({
        plan: p.plan,
        ...diffOf3((r) => r.diff?.plans?.[i])
      }))
    } : {}
  } : void 0;
  return {
    schemaVersion: 1,
    tool: first.tool,
    mode: first.mode,
    passed: verdict.result === "pass",
    verdict,
    policy: first.policy,
    ...first.plan !== void 0 ? { plan: first.plan } : {},
    ...first.plans !== void 0 ? { plans: first.plans } : {},
    organization: { accounts },
    summary: summarize(buckets, sorted),
    buckets,
    ...diff ? { diff } : {},
    fixes,
    findings: sorted,
    warnings
  };
}

// src/app/organization.ts
var sees = (r, account) => r.organization.known && r.organization.value || r.accountId.known && r.accountId.value === account;
function groups(facts, policy) {
  const by = /* @__PURE__ */ new Map();
  for (const req of policy.buckets) {
    if (facts.unplaced?.has(req.name)) continue;
    const a = req.account ?? facts.buckets.get(req.name)?.accountId;
    const account = typeof a === "string" ? a : a?.known ? a.value : "";
    by.set(account, [...by.get(account) ?? [], req]);
  }
  return [...by].map(([account, reqs]) => ({
    facts: { ...facts, recorders: facts.recorders.filter((r) => sees(r, account)) },
    policy: { ...policy, buckets: reqs }
  }));
}
function unplacedCoverage(req, why) {
  return {
    name: req.name,
    status: "unknown",
    region: req.region ?? null,
    prefixes: req.prefixes,
    events: req.events.map((name) => ({ name, status: "unknown", coveredBy: [], gaps: [why] })),
    location: req.location,
    ref: null
  };
}
function organizationCoverage(facts, policy) {
  const byName = /* @__PURE__ */ new Map();
  const fixesByName = /* @__PURE__ */ new Map();
  for (const g of groups(facts, policy)) {
    const c = evaluateCoverage(g.facts, g.policy);
    for (const b of c.buckets) byName.set(b.name, b);
    for (const f of remediate(g.facts, g.policy, c))
      fixesByName.set(f.bucket, [...fixesByName.get(f.bucket) ?? [], f]);
  }
  const buckets = policy.buckets.map((req) => {
    const why = facts.unplaced?.get(req.name);
    return why !== void 0 ? unplacedCoverage(req, why) : byName.get(req.name);
  });
  const { invalidSelectors } = evaluateCoverage(facts, { ...policy, buckets: [] });
  return {
    coverage: { buckets, invalidSelectors },
    fixes: policy.buckets.flatMap((req) => fixesByName.get(req.name) ?? [])
  };
}

// src/app/run.ts
async function run(settings, deps = {}) {
  const clock = timer(deps.timing);
  const policy = clock("policy", () => loadPolicy(settings.policy));
  const started = deps.timing ? performance.now() : 0;
  const collected = await collectAll(
    settings.sources,
    { policy, ...deps.progress ? { progress: deps.progress } : {} },
    deps.sources ?? SOURCES
  );
  const combined2 = combineSources(collected);
  deps.timing?.("facts", performance.now() - started);
  return evaluate(combined2.after, policy, {
    ...combined2.before ? { before: combined2.before } : {},
    ...combined2.perPlan ? { perPlan: combined2.perPlan } : {},
    plans: combined2.plans,
    failOn: settings.failOn,
    failOnUnknown: settings.failOnUnknown,
    ...settings.now ? { now: settings.now } : {},
    ...deps.timing ? { timing: deps.timing } : {},
    ...terraformDirs(settings.sources)
  });
}
var MAX_FIX_DIFFS = 100;
function terraformDirs(specs) {
  const dirs = specs.flatMap(
    (s) => s.kind === "terraform-plan" && s.terraformDir ? [[s.file, s.terraformDir]] : []
  );
  return dirs.length ? { terraformDirs: new Map(dirs) } : {};
}
function planTouchesCoverage(before, after, policy) {
  if (before.recorders.length !== after.recorders.length) return true;
  if (after.recorders.some((r) => r.change !== void 0 && r.change !== "no-op")) return true;
  const same2 = (a, b) => a.known === b.known && a.value === b.value;
  return policy.buckets.some((req) => {
    const a = bucketFacts(req, before);
    const b = bucketFacts(req, after);
    return !same2(a.region, b.region) || !same2(a.accountId, b.accountId) || !same2(a.partition, b.partition);
  });
}
function expandEveryBucket(policy, facts) {
  const every = policy.everyBucket;
  if (!every) return policy;
  const listed = new Set(policy.buckets.map((b) => b.name));
  const scanned = isOrganizationMode(facts.mode) ? new Set(facts.scope?.accounts ?? []) : void 0;
  const more = [...facts.buckets].filter(([n, b]) => !listed.has(n) && (!scanned || b.accountId.known && scanned.has(b.accountId.value))).map(([n]) => n).sort();
  return { ...policy, buckets: [...policy.buckets, ...more.map((name) => ({ ...every, name }))] };
}
function diffOf2(before, after, coverage, policy, clock) {
  if (!planTouchesCoverage(before, after, policy)) return { regressions: 0, improvements: 0, buckets: [] };
  const beforeCoverage = clock(
    "coverage before the plan",
    () => isOrganizationMode(before.mode) ? organizationCoverage(before, policy).coverage : evaluateCoverage(before, policy)
  );
  return clock("diff", () => diffCoverage(beforeCoverage, coverage, before, after));
}
function evaluate(facts, input, opts = {}) {
  const clock = timer(opts.timing);
  const policy = expandEveryBucket(input, facts);
  const org = isOrganizationMode(facts.mode) ? clock("coverage", () => organizationCoverage(facts, policy)) : void 0;
  const coverage = org ? org.coverage : clock("coverage", () => evaluateCoverage(facts, policy));
  let diff;
  if (opts.before) {
    diff = diffOf2(opts.before, facts, coverage, policy, clock);
    if (opts.perPlan)
      diff = {
        ...diff,
        plans: opts.perPlan.map((p) => ({
          plan: p.plan,
          ...diffOf2(p.before, facts, coverage, policy, clock)
        }))
      };
  }
  const proposed = clock("remediation", () => org ? org.fixes : remediate(facts, policy, coverage));
  const dirs = opts.terraformDirs;
  const locators = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  let diffs = 0;
  const fixes = proposed.map((fix3) => {
    const { patches: _p, ...rest } = fix3;
    const rec = fix3.recorder ? facts.recorders.find((r) => r.id === fix3.recorder) : void 0;
    const dir = dirs && (dirs.get(rec?.origin.file ?? "") ?? [...dirs.values()][0]);
    if (!dir || !rec) return rest;
    let locate = locators.get(dir);
    if (!locate) locators.set(dir, locate = terraformLocator(dir));
    const bucketRef = (name) => {
      const o = facts.buckets.get(name)?.origin;
      return o?.source === "terraform-plan" ? o.ref : void 0;
    };
    if (++diffs > MAX_FIX_DIFFS)
      return { ...rest, diffUnavailable: `diffs are given for the first ${MAX_FIX_DIFFS} fixes` };
    return {
      ...rest,
      ...clock("fix diff", () => fixDiff(fix3, { dir, locate, recorder: rec, bucketRef, files, targets }))
    };
  });
  const today = (opts.now ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const ruled = clock("rules", () => runRules({ facts, policy, coverage, today }));
  const ruleWarnings = ruled.warnings;
  const findings = isOrganizationMode(facts.mode) ? canonicalFindings(ruled.findings, coverage.buckets) : ruled.findings;
  const warnings = [
    ...policy.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: ${w.message}`),
    ...facts.notes,
    ...ruleWarnings
  ];
  const verdict = decideVerdict(
    { buckets: coverage.buckets, findings },
    opts.failOn ?? DEFAULTS.failOn,
    opts.failOnUnknown ?? DEFAULTS.failOnUnknown
  );
  const plans = opts.plans ?? [];
  const several = plans.length > 1;
  const planOf = (ref, name) => {
    if (!several) return {};
    const file = facts.buckets.get(name)?.origin.file;
    return ref && file && plans.includes(file) ? { plan: file } : {};
  };
  const constructs = unknownConstructs(facts, coverage);
  const withConstructs = (b) => {
    const c = constructs.get(b.name);
    return c ? { ...b, unknownConstructs: c } : b;
  };
  const report = {
    schemaVersion: 1,
    tool: { name: "s3-trail-guard", version: VERSION },
    mode: facts.mode,
    passed: verdict.result === "pass",
    verdict,
    policy: policy.file,
    ...plans.length === 1 ? { plan: plans[0] } : {},
    ...several ? { plans } : {},
    ...facts.scope ? { organization: facts.scope } : {},
    summary: summarize(coverage.buckets, findings),
    buckets: (several ? coverage.buckets.map((b) => ({ ...b, ...planOf(b.ref, b.name) })) : isOrganizationMode(facts.mode) ? coverage.buckets.map((b) => {
      const a = facts.buckets.get(b.name)?.accountId;
      return { ...b, account: a?.known ? a.value : null };
    }) : coverage.buckets).map(withConstructs),
    ...diff ? { diff } : {},
    fixes,
    findings: several ? findings.map((f) => {
      const file = f.bucket ? facts.buckets.get(f.bucket)?.origin.file : void 0;
      return f.ruleId === "data-event-coverage" && file && plans.includes(file) ? { ...f, plan: file } : f;
    }) : findings,
    warnings
  };
  const out = facts.secrets?.length ? redact(report, facts.secrets) : report;
  return { report: out, verdict: out.verdict };
}
function unknownConstructs(facts, coverage) {
  const byDetail = /* @__PURE__ */ new Map();
  const note = (x) => {
    if (!x.known && x.construct && x.detail) byDetail.set(x.detail, x.construct);
  };
  const strs = (l) => {
    if (!l) return;
    note(l);
    if (l.known) l.value.forEach(note);
  };
  for (const rec of facts.recorders) {
    note(rec.selectors);
    if (!rec.selectors.known) continue;
    const set = rec.selectors.value;
    const adv = set.kind === "advanced" ? set.selectors : set.kind === "conflict" ? set.advanced : [];
    const basic = set.kind === "basic" ? set.selectors : set.kind === "conflict" ? set.basic : [];
    for (const sel of adv) {
      note(sel.fieldSelectors);
      if (sel.fieldSelectors.known)
        for (const fs of sel.fieldSelectors.value) Object.values(fs.operators).forEach(strs);
    }
    for (const sel of basic) {
      note(sel.dataResources);
      if (sel.dataResources.known) for (const dr of sel.dataResources.value) strs(dr.values);
    }
  }
  const out = /* @__PURE__ */ new Map();
  if (!byDetail.size) return out;
  for (const b of coverage.buckets) {
    if (b.status === "covered") continue;
    const gaps = [
      ...new Set(
        b.events.filter((e) => e.status === "unknown" || e.status === "partial").flatMap((e) => e.gaps)
      )
    ];
    const found = /* @__PURE__ */ new Map();
    for (const [detail, c] of byDetail)
      if (gaps.some((g) => g.includes(detail))) found.set(JSON.stringify(c), c);
    if (found.size) out.set(b.name, [...found.values()]);
  }
  return out;
}
function timer(timing) {
  return (stage, fn) => {
    if (!timing) return fn();
    const started = performance.now();
    const r = fn();
    timing(stage, performance.now() - started);
    return r;
  };
}

// src/io/write-file.ts
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { basename, dirname, join as join3 } from "node:path";
function statOrUndefined(f, path) {
  try {
    return f(path);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
}
function writeAll(fd, text2) {
  for (const piece of typeof text2 === "string" ? [text2] : text2) {
    const buf = Buffer.from(piece, "utf8");
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
  }
}
function writeReportFile(file, text2) {
  try {
    const link = statOrUndefined(lstatSync, file);
    const target = link?.isSymbolicLink() ? realpathSync(file) : file;
    const st = link?.isSymbolicLink() ? statOrUndefined(statSync, target) : link;
    if (st?.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (st && !st.isFile()) {
      const fd2 = openSync(target, constants.O_WRONLY);
      try {
        writeAll(fd2, text2);
      } finally {
        closeSync(fd2);
      }
      return;
    }
    const { tmp, fd } = openTemporary(target);
    try {
      try {
        writeAll(fd, text2);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      chmodSync(tmp, st ? st.mode & 4095 : 420);
      renameSync(tmp, target);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
      }
      throw e;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot write the report: ${errorMessage(e)}`, file);
  }
}
function openTemporary(target) {
  for (let attempt = 0; ; attempt++) {
    const tag = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const tmp = join3(dirname(target), `.${basename(target)}.${tag}.tmp`);
    try {
      return {
        tmp,
        fd: openSync(
          tmp,
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
          384
        )
      };
    } catch (e) {
      if (e.code !== "EEXIST" || attempt >= 8) throw e;
    }
  }
}

// src/outputs/sanitize.ts
var ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
var CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
function stripControls(text2, keep = "newlines") {
  const out = text2.replace(ESCAPES, "").replace(CONTROLS, "");
  return keep === "newlines" ? out : out.replace(/[\n\t]/g, " ");
}

// src/outputs/rule-docs.ts
var RULE_DOCS = "https://github.com/s3-trail-guard/s3-trail-guard/blob/main/docs/rules/";
function ruleDocUrl(ruleId) {
  return `${RULE_DOCS}${ruleId}.md`;
}

// src/outputs/group.ts
var IDS = /* @__PURE__ */ new Map();
function idOf(s) {
  let id = IDS.get(s);
  if (id === void 0) {
    id = IDS.size;
    IDS.set(s, id);
  }
  return id;
}
function groupEvents(b) {
  if (IDS.size > 1 << 20) IDS.clear();
  const groups2 = /* @__PURE__ */ new Map();
  for (const e of b.events) {
    const k = `${idOf(e.status)}|${e.coveredBy.map(idOf).join(",")}|${e.gaps.map(idOf).join(",")}`;
    const g = groups2.get(k);
    if (g) g.names.push(e.name);
    else groups2.set(k, { status: e.status, names: [e.name], coveredBy: e.coveredBy, gaps: e.gaps });
  }
  const order = ["uncovered", "partial", "unknown", "covered"];
  return [...groups2.values()].sort((a, b2) => order.indexOf(a.status) - order.indexOf(b2.status));
}

// src/outputs/markdown.ts
function defuse(text2) {
  return text2.replace(/@/g, "@&#8203;").replace(/:(\\?\/\\?\/)/g, ":&#8203;$1").replace(/\b(www)(\\?\.)/gi, "$1&#8203;$2");
}
function escapeMarkdown(text2) {
  return defuse(
    stripControls(text2, "none").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([\\`*_{}[\]()#+\-.!|~:])/g, "\\$1")
  );
}
function escapeHtml(text2) {
  return defuse(
    stripControls(text2, "none").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
  );
}
function fence(text2, lang = "") {
  const clean = stripControls(text2);
  const f = "`".repeat(Math.max(2, longestRun(clean)) + 1);
  return `${f}${lang}
${clean}
${f}`;
}
function longestRun(text2) {
  let longest = 0;
  for (const m of text2.matchAll(/`+/g)) if (m[0].length > longest) longest = m[0].length;
  return longest;
}
function code(text2) {
  const clean = stripControls(text2, "none");
  const fence2 = "`".repeat(longestRun(clean) + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence2}${pad}${clean}${pad}${fence2}`;
}
var ICON = {
  covered: "\u2705 covered",
  partial: "\u26A0\uFE0F partial",
  uncovered: "\u274C uncovered",
  unknown: "\u2754 unknown"
};
var Lines = class {
  constructor(limit, before = () => 0) {
    this.limit = limit;
    this.before = before;
  }
  limit;
  before;
  lines = [];
  length = -1;
  /** Past the limit: nothing pushed now would be kept. */
  get full() {
    return this.before() + this.length > this.limit;
  }
  get size() {
    return this.length;
  }
  push(...lines) {
    for (const l of lines) {
      this.lines.push(l);
      this.length += l.length + 1;
    }
  }
};
var ACTION_WORDS = [
  [/--terraform-dir\b/g, "the terraform-dir input"],
  [/--plan FILE --live\b/g, "mode: plan+live"],
  [/--live\b/g, "mode: plan+live"],
  [/--region\b/g, "the aws-region input"],
  [/--plan\b/g, "the plan-file input"]
];
function worded(text2, opts) {
  if (opts.audience !== "action") return text2;
  return ACTION_WORDS.reduce((t, [re, to]) => t.replace(re, to), text2);
}
var plural4 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var counts2 = (...c) => {
  const shown = c.filter(([n]) => n > 0).map(([n, w, many]) => plural4(n, w, many));
  return shown.length ? ` (${shown.join(", ")})` : "";
};
function headlineCause(t, n = 200) {
  const cut = [", which ", " \u2014 ", " ("].map((m) => t.indexOf(m)).filter((i) => i >= 40);
  const first = cut.length ? t.slice(0, Math.min(...cut)) : t;
  if (first.length <= n) return first;
  const space = first.lastIndexOf(" ", n - 1);
  return first.slice(0, space > n / 2 ? space : n - 1) + "\u2026";
}
function changeWord(before, after, regression) {
  if (regression) return "\u{1F53B} **lost**";
  if (before === "unknown" || after === "unknown") return "\u2754 changed";
  return "\u{1F53A} gained";
}
var FAILING = /* @__PURE__ */ new WeakMap();
function failingNames(r) {
  let names = FAILING.get(r);
  if (!names) {
    names = new Set(r.verdict.failingBuckets);
    FAILING.set(r, names);
  }
  return names;
}
function failingOf(r) {
  const names = failingNames(r);
  return r.buckets.filter((b) => names.has(b.name));
}
function verdictLine(r, opts = {}) {
  const v = r.verdict;
  const e = (t) => escapeMarkdown(worded(t, opts));
  const label = opts.label ? ` (${escapeMarkdown(opts.label)})` : "";
  const warnings = r.findings.filter((f) => f.severity !== "error" && !f.waived).length;
  const tail = warnings && !(v.result === "drift" && !v.failingBuckets.length) ? ` \xB7 ${plural4(warnings, "warning")}` : "";
  const icon = v.result === "pass" ? "\u2705" : v.exitCode ? "\u274C" : "\u26A0\uFE0F";
  const never = v.result === "drift" && !v.exitCode ? " (fail-on: never, not failing)" : "";
  const failing = failingOf(r);
  if (failing.length === 1) {
    const b = failing[0];
    const lost = b.events.filter((x) => x.status !== "covered");
    const d = r.diff?.buckets.find((x) => x.name === b.name && x.regression);
    const verb = d ? "would no longer be recorded" : b.status === "unknown" ? "cannot be proven recorded" : b.status === "partial" ? "are not fully recorded" : "are not recorded";
    const cause = d?.changes.find((c) => c.regression && c.because.length)?.because[0] ?? lost.flatMap((x) => x.gaps)[0];
    const why = cause?.replace(/^(cannot be proven recorded|not recorded|lost|partly recorded): /, "");
    const apis = lost.length === b.events.length ? `all ${b.events.length} S3 APIs` : `${lost.length} of ${b.events.length} S3 APIs`;
    return `### ${icon}${label} ${e(b.name)}: ${apis} ${verb}${why ? ` \u2014 ${e(headlineCause(why))}` : ""}${never}${tail}`;
  }
  if (failing.length > 1) {
    const names = failing.slice(0, 3).map((b) => e(b.name)).join(", ");
    const more = failing.length > 3 ? ` and ${failing.length - 3} more` : "";
    return `### ${icon}${label} ${failing.length} buckets are not proven recorded by CloudTrail: ${names}${more}${never}${tail}`;
  }
  if (v.result === "drift") {
    const f = r.findings.find(
      (x) => !x.waived && x.ruleId !== "data-event-coverage" && (x.severity === "error" || v.failOn === "warning")
    );
    return `### ${icon}${label} ${e(v.headline)}${f ? ` \u2014 ${e(headlineCause(f.message))}` : ""}${never}${tail}`;
  }
  const covered = r.buckets.filter((b) => b.status === "covered").length;
  const byLogs = r.buckets.filter((b) => b.status === "covered" && b.acceptedEvidence).length;
  if (covered === r.buckets.length && byLogs)
    return `### ${icon}${label} ${plural4(covered, "sensitive bucket")} covered: ${covered - byLogs} recorded by CloudTrail, ${byLogs} ${SERVER_ACCESS_LOGS_QUALIFIER} as the policy accepts${tail}`;
  if (covered === r.buckets.length)
    return `### ${icon}${label} ${plural4(covered, "sensitive bucket")} recorded by CloudTrail${tail}`;
  return `### ${icon}${label} ${e(v.headline)} \xB7 ${covered} of ${plural4(r.buckets.length, "bucket")} proven recorded${tail}`;
}
function firstCause(r) {
  const failing = failingOf(r);
  if (failing.length !== 1) return void 0;
  const d = r.diff?.buckets.find((x) => x.name === failing[0]?.name && x.regression);
  return d?.changes.find((c) => c.regression && c.because.length)?.because[0];
}
function diffLines(r, opts, room) {
  const said = opts.variant === "summary" ? void 0 : firstCause(r);
  const out = [];
  if (!r.diff?.buckets.length) return out;
  const byName = bucketsByName(r);
  let length = 0;
  for (const b of r.diff.buckets) {
    if (!room(length)) break;
    const all = byName.get(b.name)?.events.map((x) => x.name) ?? [];
    out.push(
      `- ${changeWord(b.before, b.after, b.regression)} ${escapeMarkdown(b.name)}: ${b.before} \u2192 ${b.after}`
    );
    for (const g of b.changes)
      out.push(
        `  - ${escapeMarkdown(describeApis(g.apis, all))}: ${g.before} \u2192 ${g.after}${g.because.length && g.because.join("; ") !== said ? `, because ${escapeMarkdown(worded(g.because.join("; "), opts))}` : ""}`
      );
    for (let i = out.length - 1 - b.changes.length; i < out.length; i++)
      length += out[i].length + 1;
  }
  return out;
}
function bucketLines(b, opts) {
  const out = [];
  for (const g of groupEvents(b)) {
    out.push(
      `- **${g.status}**: ${escapeMarkdown(
        describeApis(
          g.names,
          b.events.map((x) => x.name)
        )
      )}${g.coveredBy.length ? ` (recorded by ${escapeMarkdown(g.coveredBy.join(", "))})` : ""}`
    );
    for (const gap of g.gaps) out.push(`  - ${escapeMarkdown(worded(gap, opts))}`);
  }
  return out;
}
function findingLine(f, opts) {
  const waived = f.waived ? ` _(waived: ${escapeMarkdown(f.waived.reason)})_` : "";
  return `- **${f.severity}** [${code(f.ruleId)}](${RULE_DOCS}${f.ruleId}.md): ${escapeMarkdown(worded(f.message, opts))}${waived}`;
}
function fixLines(r, opts, out) {
  const byName = bucketsByName(r);
  for (const fix3 of r.fixes ?? []) {
    if (out.full) return;
    const b = byName.get(fix3.bucket);
    const noRecorder = r.mode === "plan" && b && b.events.every((x) => x.coveredBy.length === 0) && !fix3.recorder;
    if (noRecorder)
      out.push(
        `No trail or event data store of this plan records ${escapeMarkdown(fix3.bucket)}. If an organization or central trail managed elsewhere does, check the plan over the account (${opts.audience === "action" ? "`mode: plan+live`" : "`--plan \u2026 --live`"}); otherwise add one:`,
        ""
      );
    const d = fix3.diff;
    const where2 = d ? ` \u2014 ${d.module ? `the input of module ${code(d.module)} in ` : ""}${code(d.file)} line ${d.line}` : "";
    const why = !d && fix3.diffUnavailable ? ` _(as HCL: ${escapeMarkdown(fix3.diffUnavailable)})_` : "";
    out.push(
      `**Fix for ${(fix3.buckets ?? [fix3.bucket]).map(escapeMarkdown).join(", ")}**${fix3.closes ? "" : " (not verified to close every gap)"}: ${escapeMarkdown(worded(fix3.summary, opts))}${where2}${why}`,
      "",
      d ? fence(d.text, "diff") : fence(fix3.terraform, "hcl"),
      ""
    );
  }
}
function serverAccessLogLines(r) {
  const accepted = [];
  const info = [];
  for (const b of r.buckets) {
    const sal = b.serverAccessLogs;
    if (!sal || sal.status === "off" && !b.acceptedEvidence) continue;
    const line = `- ${escapeMarkdown(b.name)}: server access logging${sal.target ? ` to ${code(sal.target)}` : ""}: ${sal.status}${sal.detail ? ` (${escapeMarkdown(sal.detail)})` : ""}; ${b.acceptedEvidence ? `**accepted as evidence**, ${escapeMarkdown(b.acceptedEvidence.qualifier)}` : "information only"}${sal.limits ? `. ${escapeMarkdown(sal.limits)}` : ""}`;
    (b.acceptedEvidence ? accepted : info).push(line);
  }
  return { accepted, info };
}
function constructWords(c) {
  const n = c.name ? code(c.name) : "";
  switch (c.kind) {
    case "for-expression":
      return `a for expression${c.over ? ` over ${code(c.over)}` : ""}`;
    case "dynamic-block":
      return `a dynamic ${n || "block"} block`;
    case "data-source":
      return `data source ${n}, read only during apply`;
    case "module-output":
      return `the module output ${n}`;
    case "function-call":
      return n ? `a call of ${n}, which is not evaluated` : "a function call";
    case "count-for-each":
      return `count or for_each keys known only after apply${n ? ` (${n})` : ""}`;
    case "resource-attribute":
      return `${n}, known only after apply`;
    case "expression":
      return escapeMarkdown(c.name ?? "an expression that is not evaluated");
  }
}
var CONSTRUCT_WAYS = {
  "for-expression": "list the bucket ARNs in the selector itself (s3-trail-guard does not evaluate for expressions, and over resources this plan creates Terraform knows their result only after apply)",
  "dynamic-block": "write the selectors as static blocks (the plan leaves dynamic blocks out of its configuration)",
  "data-source": "let Terraform read the data source while planning (it waits for apply when it depends on a change of this plan)",
  "count-for-each": "apply what decides the count or for_each keys first",
  "function-call": "write the value without the function (only a few functions are evaluated)"
};
function waysOut(r, opts) {
  const action = opts.audience === "action";
  const unknown2 = r.buckets.filter((b) => b.status === "unknown" && failingNames(r).has(b.name));
  if (!unknown2.length) return [];
  const gaps = unknown2.flatMap((b) => b.events.flatMap((x) => x.gaps)).join("\n");
  const constructs = [
    ...new Map(unknown2.flatMap((b) => b.unknownConstructs ?? []).map((c) => [JSON.stringify(c), c])).values()
  ];
  const ways = [];
  for (const kind of new Set(constructs.map((c) => c.kind))) {
    const way = CONSTRUCT_WAYS[kind];
    if (way) ways.push(way);
  }
  if (/pass --terraform-dir/.test(gaps) && !(constructs.length && constructs.every((c) => c.kind === "dynamic-block")))
    ways.push(
      `give ${action ? "the `terraform-dir` input" : "`--terraform-dir DIR`"} so values known only after apply are evaluated from the Terraform source`
    );
  if (/AccessDenied/.test(gaps))
    ways.push('grant the read-only action the reason names (README "Live mode")');
  if (r.mode === "plan") ways.push(`check the account after apply (${action ? "`mode: live`" : "`--live`"})`);
  ways.push("or accept it with a waiver in the policy (`waivers:`)");
  const shown = constructs.slice(0, 3).map(constructWords);
  const more = constructs.length > 3 ? ` and ${constructs.length - 3} more` : "";
  const cause = shown.length ? `the values come from ${shown.join("; ")}${more} \u2014 ` : "";
  return [`**To decide it**: ${cause}${ways.join("; ")}.`, ""];
}
function renderMarkdown(r, opts = {}) {
  const summary = opts.variant === "summary";
  const limit = opts.limit ?? Infinity;
  const out = new Lines(limit);
  out.push(verdictLine(r, opts), "");
  const several = r.buckets.length > 1;
  const notCovered = r.buckets.filter((b) => b.status !== "covered");
  const errors = r.findings.filter(
    (f) => f.ruleId !== "data-event-coverage" && f.severity === "error" && !f.waived
  );
  const quiet = r.findings.filter(
    (f) => f.ruleId !== "data-event-coverage" && (f.severity !== "error" || f.waived)
  );
  fixLines(r, opts, out);
  out.push(...waysOut(r, opts));
  if (errors.length) {
    for (const f of errors) if (!out.full) out.push(findingLine(f, opts));
    out.push("");
  }
  if (several && (summary || notCovered.length)) {
    out.push("| Bucket | Status | Not recorded |", "| --- | --- | --- |");
    for (const b of summary ? r.buckets : notCovered) {
      if (out.full) break;
      const lost = b.events.filter((x) => x.status !== "covered").map((x) => x.name);
      const all = b.events.map((x) => x.name);
      const q2 = b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : "";
      out.push(
        `| ${escapeMarkdown(b.name)} | ${ICON[b.status]}${q2} | ${escapeMarkdown(describeApis(lost, all)) || "\u2014"} |`
      );
    }
    out.push("");
  }
  const logs = serverAccessLogLines(r);
  if (logs.accepted.length || summary && logs.info.length)
    out.push(...logs.accepted, ...summary ? logs.info : [], "");
  const details = new Lines(limit, () => out.size);
  if (!summary && logs.info.length)
    details.push("**Server access logs** (information only)", "", ...logs.info, "");
  const diff = diffLines(r, opts, (n) => out.size + details.size + n <= limit);
  const changed = r.diff?.undecided ?? 0;
  if (diff.length)
    details.push(
      `**What this plan changes**${counts2(
        [r.diff.regressions, "regression"],
        [r.diff.improvements, "improvement"],
        [changed, "change to or from unknown", "changes to or from unknown"]
      )}`,
      ""
    );
  for (const l of diff) details.push(l);
  if (diff.length) details.push("");
  for (const b of notCovered) {
    if (details.full) break;
    details.push(`**${escapeMarkdown(b.name)}**: ${b.status}`, "");
    for (const l of bucketLines(b, opts)) details.push(l);
    details.push("");
  }
  if (quiet.length) {
    details.push("**Other findings**", "");
    for (const f of quiet) if (!details.full) details.push(findingLine(f, opts));
    details.push("");
  }
  if (r.warnings.length) {
    details.push("**Warnings**", "");
    for (const w of r.warnings) if (!details.full) details.push(`- ${escapeMarkdown(worded(w, opts))}`);
    details.push("");
  }
  if (summary) {
    for (const l of details.lines) out.push(l);
    for (const f of errors.filter((x) => x.remediation))
      if (!out.full)
        out.push(
          `**Fix for ${code(f.ruleId)}**: ${escapeMarkdown(f.remediation.text)}`,
          "",
          fence(f.remediation.terraform ?? f.remediation.json ?? "", "hcl"),
          ""
        );
  } else if (details.lines.length) {
    const what = [
      diff.length ? "the change" : "",
      notCovered.length ? "per-API results" : "",
      quiet.length ? plural4(quiet.length, "other finding") : "",
      r.warnings.length ? plural4(r.warnings.length, "warning") : ""
    ].filter(Boolean);
    out.push(`<details><summary>Details: ${escapeHtml(what.join(", "))}</summary>`, "");
    for (const l of details.lines) out.push(l);
    out.push("</details>", "");
  }
  return out.lines.join("\n");
}
function renderAllCovered(r, opts = {}) {
  return [verdictLine(r, opts), "", `${r.mode} mode \xB7 no CloudTrail coverage drift.`, ""].join("\n");
}

// src/outputs/text.ts
var MARK = {
  covered: "PASS",
  partial: "FAIL",
  uncovered: "FAIL",
  unknown: "UNKNOWN"
};
function renderText(r, o = {}) {
  const group = o.groupBuckets !== false;
  const lines = [];
  lines.push(
    `s3-trail-guard ${r.tool.version} \u2014 ${r.mode} mode${r.plan ? `, plan ${r.plan}` : ""}, policy ${r.policy}`
  );
  lines.push("");
  if (r.diff && r.diff.buckets.length) {
    const undecided = (b) => !b.regression && (b.before === "unknown" || b.after === "unknown");
    const changed = r.diff.undecided ?? 0;
    lines.push(
      `What this plan changes (${r.diff.regressions} regression(s), ${r.diff.improvements} improvement(s)${changed ? `, ${changed} change(s) to or from unknown` : ""}):`
    );
    const byName = bucketsByName(r);
    const ids2 = new Ids();
    const entries = /* @__PURE__ */ new Map();
    for (const b of r.diff.buckets) {
      const all = byName.get(b.name)?.events.map((e2) => e2.name) ?? [];
      const word = b.regression ? "LOST   " : undecided(b) ? "CHANGED" : "GAINED ";
      const changes = b.changes.map((g) => ({ g, names: describeApis(g.apis, all) }));
      const key = !group ? String(entries.size) : `${ids2.of(word)},${ids2.of(b.before)},${ids2.of(b.after)}|${changes.map(
        ({ g, names }) => `${ids2.of(names)},${ids2.of(g.before)},${ids2.of(g.after)},${ids2.list(g.because)}`
      ).join("|")}`;
      const e = entries.get(key);
      if (e) {
        e.names.push(b.name);
        continue;
      }
      entries.set(key, {
        head: `  ${word} `,
        rest: [`: ${b.before} \u2192 ${b.after}`].concat(
          changes.map(
            ({ g, names }) => `          ${names}: ${g.before} \u2192 ${g.after}${g.because.length ? ` (${g.because.join("; ")})` : ""}`
          )
        ),
        names: [b.name]
      });
    }
    for (const { head, rest, names } of entries.values()) {
      pushBlock(lines, head, rest[0], names, " ".repeat(10));
      for (let i = 1; i < rest.length; i++) lines.push(rest[i]);
    }
    lines.push("");
  }
  const ids = new Ids();
  const blocks = /* @__PURE__ */ new Map();
  for (const b of r.buckets) {
    const covered = b.events.filter((e) => e.status === "covered").length;
    const head = `: ${b.status}${b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : ""} (${covered}/${b.events.length} APIs covered${b.prefixes.some((p) => p !== "") ? `, prefixes ${b.prefixes.map((p) => JSON.stringify(p)).join(", ")}` : ""}${b.region ? `, ${b.region}` : ""})`;
    const sal = b.serverAccessLogs;
    const salLine = sal && (sal.status !== "off" || b.acceptedEvidence) ? `  server access logging${sal.target ? ` to ${sal.target}` : ""}: ${sal.status}${sal.detail ? ` (${sal.detail})` : ""}; ${b.acceptedEvidence ? "accepted as evidence" : "information only"}${sal.limits ? `, ${sal.limits}` : ""}` : void 0;
    const all = b.events.map((e) => e.name);
    const groups2 = groupEvents(b).map((g) => ({ g, names: describeApis(g.names, all) }));
    const key = !group ? String(blocks.size) : `${ids.of(MARK[b.status])},${ids.of(head)},${salLine === void 0 ? "" : ids.of(salLine)}|${groups2.map(
      ({ g, names }) => `${ids.of(g.status)},${ids.of(names)},${ids.list(g.coveredBy)},${ids.list(g.gaps)}`
    ).join("|")}`;
    const k = blocks.get(key);
    if (k) {
      k.names.push(b.name);
      continue;
    }
    const rest = [];
    if (salLine !== void 0) rest.push(salLine);
    for (const { g, names } of groups2) {
      rest.push(
        `  ${g.status.padEnd(9)} ${names}${g.coveredBy.length ? ` \u2014 by ${g.coveredBy.join(", ")}` : ""}`
      );
      for (const gap of g.gaps) rest.push(`            - ${gap}`);
    }
    blocks.set(key, { mark: MARK[b.status], head, rest, names: [b.name] });
  }
  for (const { mark, head, rest, names } of blocks.values()) {
    pushBlock(lines, `${mark} `, head, names, "  ");
    for (const l of rest) lines.push(l);
    lines.push("");
  }
  for (const f of r.fixes ?? []) {
    lines.push(
      `Fix for ${(f.buckets ?? [f.bucket]).join(", ")}: ${f.summary}${f.closes ? "" : " (not verified to close every gap)"}`
    );
    for (const l of f.terraform.split("\n")) lines.push(`    ${l}`);
    lines.push("");
  }
  const other = r.findings.filter((f) => f.ruleId !== "data-event-coverage");
  if (other.length) {
    lines.push("Findings:");
    for (const f of other) lines.push(`  ${f.severity.toUpperCase()} [${f.ruleId}] ${f.message}`);
    lines.push("");
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  if (r.warnings.length) lines.push("");
  lines.push(summaryLine(r));
  return stripControls(lines.join("\n") + "\n");
}
function summaryLine(r) {
  const s = r.summary;
  const v = r.verdict;
  const word = v.result === "pass" ? "PASSED" : v.exitCode ? "FAILED" : "DRIFT";
  return `${word} (${v.headline}): ${s.buckets} bucket(s): ${s.covered} covered, ${s.partial} partial, ${s.uncovered} uncovered, ${s.unknown} unknown; ${s.findings} finding(s)`;
}
var Ids = class {
  ids = /* @__PURE__ */ new Map();
  of(s) {
    let id = this.ids.get(s);
    if (id === void 0) {
      id = this.ids.size;
      this.ids.set(s, id);
    }
    return id;
  }
  list(l) {
    return l.map((s) => this.of(s)).join(".");
  }
};
var NAMES_WIDTH = 100;
function pushBlock(lines, lead, head, names, indent) {
  if (names.length === 1) {
    lines.push(`${lead}${names[0]}${head}`);
    return;
  }
  lines.push(`${lead}${names.length} buckets${head}`);
  const first = `${indent}buckets: `;
  const cont = " ".repeat(first.length);
  let line = first;
  let empty = true;
  for (let i = 0; i < names.length; i++) {
    const word = i < names.length - 1 ? `${names[i]},` : names[i];
    if (!empty && line.length + 1 + word.length > NAMES_WIDTH) {
      lines.push(line);
      line = cont + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
}

// src/outputs/place.ts
function placeOf(f, report, toUri, locate) {
  const loc = f.location;
  const file = loc.file ? toUri(loc.file) : void 0;
  if (file && loc.line) return { uri: file, line: loc.line, ...loc.column ? { column: loc.column } : {} };
  const tf = loc.address ? locate?.(loc.address) : void 0;
  const tfUri = tf ? toUri(tf.file) : void 0;
  if (tf && tfUri) return { uri: tfUri, line: tf.line };
  if (file) return { uri: file, line: 1 };
  const policy = toUri(report.policy);
  return policy ? { uri: policy, line: 1 } : void 0;
}
var SELECTOR_RULES = /* @__PURE__ */ new Set(["invalid-selector", "log-loop", "data-event-coverage"]);
function terraformLineOf(f, locate) {
  const at = f.location.address ? locate?.(f.location.address) : void 0;
  if (!at) return void 0;
  if (f.trail && SELECTOR_RULES.has(f.ruleId)) return { file: at.file, line: selectorLine(at) };
  return { file: at.file, line: at.line };
}
function fixTrailLine(f, report, locate) {
  if (f.ruleId !== "data-event-coverage" || !f.bucket || !locate) return void 0;
  const fix3 = report.fixes?.find(
    (x) => (x.bucket === f.bucket || x.buckets?.includes(f.bucket)) && x.recorder
  );
  const at = fix3?.recorder ? locate(fix3.recorder) : void 0;
  return at ? { file: at.file, line: selectorLine(at) } : void 0;
}

// src/outputs/finding-extras.ts
function waiverOf(f) {
  return f.waived;
}
function remediationText(f) {
  const r = f.remediation;
  if (!r?.text) return void 0;
  return `Fix: ${r.text}${r.terraform ? `
${r.terraform}` : ""}`;
}

// src/util/sha256.ts
import { createRequire } from "node:module";
var crypto;
function sha256Hex(text2) {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash("sha256").update(text2).digest("hex");
}

// src/outputs/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_AUTOMATION_ID = "s3-trail-guard/";
var SECURITY_SEVERITY = { error: "7.5", warning: "5.0", note: "2.0" };
function ruleName(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
function describe3(meta, documented = true) {
  const doc = documented ? ruleDocUrl(meta.id) : void 0;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    ...doc ? { helpUri: doc } : {},
    help: {
      text: `${meta.title}

${meta.description}${doc ? `

${doc}` : ""}`,
      markdown: `**${meta.title}**

${meta.description}${doc ? `

[Rule documentation](${doc})` : ""}`
    },
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: ["security", "cloudtrail", "s3", "audit-logging"],
      precision: "very-high",
      "security-severity": SECURITY_SEVERITY[meta.defaultSeverity]
    }
  };
}
function fingerprint(f) {
  const key = [f.ruleId, f.bucket ?? "", f.trail ?? "", f.location.address ?? ""].join("\0");
  return sha256Hex(key).slice(0, 32);
}
function locationOf(f, report, opts) {
  const loc = f.location;
  const logical = loc.address ? { logicalLocations: [{ fullyQualifiedName: loc.address, kind: "resource" }] } : {};
  const physical = (uri, startLine, startColumn) => ({
    physicalLocation: {
      artifactLocation: { uri },
      region: { startLine, ...startColumn ? { startColumn } : {} }
    }
  });
  const tf = terraformLineOf(f, opts.locate);
  const tfUri = tf ? opts.toUri(tf.file) : void 0;
  const policy = placeOf(f, report, opts.toUri);
  if (tf && tfUri) {
    const primary = { ...physical(tfUri, tf.line), ...logical };
    if (!policy || policy.uri === tfUri && policy.line === tf.line) return { primary };
    return {
      primary,
      related: {
        id: 1,
        ...physical(policy.uri, policy.line, policy.column),
        message: { text: "policy entry" }
      }
    };
  }
  return { primary: policy ? { ...physical(policy.uri, policy.line, policy.column), ...logical } : logical };
}
function occurrences2(keys) {
  const seen = /* @__PURE__ */ new Map();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}:${n}`;
  });
}
function toSarif(report, rules, opts) {
  const descriptors = rules.map((m) => describe3(m));
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  for (const f of report.findings) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, descriptors.length);
    descriptors.push(
      describe3(
        {
          id: f.ruleId,
          title: f.ruleId,
          defaultSeverity: f.severity,
          description: f.ruleId
        },
        false
      )
    );
  }
  const accepted = report.buckets.flatMap(
    (b) => b.acceptedEvidence ? [
      {
        ruleId: "data-event-coverage",
        ruleIndex: index.get("data-event-coverage") ?? 0,
        level: "note",
        message: {
          text: `${b.name}: covered ${b.acceptedEvidence.qualifier}; CloudTrail alone: ${b.acceptedEvidence.cloudTrailStatus}`
        },
        locations: [
          locationOf(
            {
              ruleId: "data-event-coverage",
              severity: "note",
              status: "fail",
              message: "",
              location: { ...b.location, ...b.ref ? { address: b.ref } : {} }
            },
            report,
            { ...opts, locate: void 0 }
          ).primary
        ],
        partialFingerprints: {
          "s3TrailGuardFinding/v1": sha256Hex(["accepted-evidence", b.name].join("\0")).slice(0, 32)
        },
        properties: { status: "covered", bucket: b.name, acceptedEvidence: b.acceptedEvidence.evidence }
      }
    ] : []
  );
  const prints = occurrences2(report.findings.map(fingerprint));
  const results = report.findings.map((f, i) => {
    const waiver = waiverOf(f);
    const remediation = remediationText(f);
    const { primary, related } = locationOf(f, report, opts);
    const text2 = related ? `${f.message} (asked for by the [policy entry](1))` : f.message;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: f.severity,
      message: { text: remediation ? `${text2}
${remediation}` : text2 },
      locations: [primary],
      ...related ? { relatedLocations: [related] } : {},
      partialFingerprints: { "s3TrailGuardFinding/v1": prints[i] },
      ...waiver ? { suppressions: [{ kind: "external", justification: waiver.reason }] } : {},
      properties: {
        status: f.status,
        ...f.bucket ? { bucket: f.bucket } : {},
        ...f.trail ? { trail: f.trail } : {},
        ...f.location.pointer ? { pointer: f.location.pointer } : {}
      }
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: descriptors
          }
        },
        automationDetails: { id: opts.automationId ?? DEFAULT_AUTOMATION_ID },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: true,
            ...report.warnings.length ? {
              toolExecutionNotifications: report.warnings.map((w) => ({
                level: "warning",
                message: { text: w }
              }))
            } : {}
          }
        ],
        results: [...results, ...accepted],
        ...report.diff || report.fixes?.length ? {
          properties: {
            ...report.diff ? { coverageDiff: report.diff } : {},
            ...report.fixes?.length ? { fixes: report.fixes } : {}
          }
        } : {}
      }
    ]
  };
}

// src/outputs/gitlab.ts
var SEVERITY = { error: "major", warning: "minor", note: "info" };
function renderGitLab(r, ctx = {}) {
  const toUri = ctx.toUri ?? ((f) => f.split("\\").join("/"));
  const issues = r.findings.filter((f) => !f.waived).map((f) => {
    const place = placeOf(f, r, toUri, ctx.locate);
    return {
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprint(f),
      severity: f.status === "unknown" && f.severity === "error" ? "major" : SEVERITY[f.severity],
      location: { path: place?.uri ?? r.policy, lines: { begin: place?.line ?? 1 } }
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
}

// src/outputs/junit.ts
function xml(text2) {
  return stripControls(text2).replace(/[\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function renderJUnit(r) {
  const coverage = new Map(
    r.findings.filter((f) => f.ruleId === "data-event-coverage" && f.bucket).map((f) => [f.bucket, f])
  );
  const cases = [];
  let failures = 0;
  let skipped = 0;
  const testcase = (classname, name, f) => {
    const head = `    <testcase classname="${xml(classname)}" name="${xml(name)}">`;
    if (!f) return cases.push(`${head}</testcase>`);
    if (f.waived) {
      skipped++;
      return cases.push(
        `${head}
      <skipped message="${xml(`waived: ${f.waived.reason}`)}"/>
    </testcase>`
      );
    }
    if (f.severity === "error") {
      failures++;
      return cases.push(
        `${head}
      <failure type="${xml(`${f.ruleId}/${f.status}`)}" message="${xml(f.message)}">${xml(f.message)}</failure>
    </testcase>`
      );
    }
    return cases.push(
      `${head}
      <system-out>${xml(`${f.severity}: ${f.message}`)}</system-out>
    </testcase>`
    );
  };
  for (const b of r.buckets) testcase("data-event-coverage", b.name, coverage.get(b.name));
  for (const f of r.findings)
    if (f.ruleId !== "data-event-coverage")
      testcase(f.ruleId, f.trail ?? f.bucket ?? f.location.address ?? f.ruleId, f);
  const attrs = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="s3-trail-guard" ${attrs}>`,
    `  <testsuite name="${xml(`s3-trail-guard ${r.mode}: ${r.policy}`)}" ${attrs}>`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/outputs/truncate.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 34e4;
function fitMarkdown(text2, limit, notice) {
  if (text2.length <= limit) return { text: text2, truncated: false };
  const ending = `

${notice}
`;
  if (ending.length >= limit) return { text: notice.slice(0, limit), truncated: true };
  let cut = text2.lastIndexOf("\n", limit - ending.length);
  if (cut <= 0) cut = codePointCut(text2, limit - ending.length);
  for (; ; ) {
    const kept = text2.slice(0, cut).replace(/\s+$/, "");
    const result = kept + closeFence(kept) + closeDetails(kept) + ending;
    if (result.length <= limit || cut <= 0) return { text: result.slice(0, limit), truncated: true };
    cut = Math.max(0, text2.lastIndexOf("\n", cut - 1));
  }
}
function closeFence(kept) {
  let open;
  for (const line of kept.split("\n")) {
    const m = /^(`{3,})/.exec(line);
    if (!m) continue;
    if (open === void 0) open = m[1];
    else if (line.trim().replace(/`/g, "") === "" && m[1].length >= open.length) open = void 0;
  }
  return open === void 0 ? "" : `
${open}`;
}
function closeDetails(kept) {
  const count = (re) => (kept.match(re) ?? []).length;
  return "\n\n</details>".repeat(Math.max(0, count(/<details\b/g) - count(/<\/details>/g)));
}
function codePointCut(text2, at) {
  const i = Math.max(0, at);
  const c = text2.charCodeAt(i - 1);
  return c >= 55296 && c <= 56319 ? i - 1 : i;
}

// src/outputs/json-stream.ts
function* jsonChunks(value2, depth = 0) {
  if (depth >= MAX_SPLIT_DEPTH || value2 === null || typeof value2 !== "object" || !isPlain(value2)) {
    const t = JSON.stringify(value2);
    if (t !== void 0) yield t;
    return;
  }
  if (Array.isArray(value2)) {
    yield "[";
    for (let i = 0; i < value2.length; i++) {
      if (i > 0) yield ",";
      const v = value2[i];
      if (v === void 0 || typeof v === "function" || typeof v === "symbol") yield "null";
      else yield* jsonChunks(v, depth + 1);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const k of Object.keys(value2)) {
    const v = value2[k];
    if (v === void 0 || typeof v === "function" || typeof v === "symbol") continue;
    yield (first ? "" : ",") + JSON.stringify(k) + ":";
    first = false;
    yield* jsonChunks(v, depth + 1);
  }
  yield "}";
}
var MAX_SPLIT_DEPTH = 3;
function isPlain(v) {
  if (typeof v.toJSON === "function") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}
function* batched(pieces, size = 1 << 20) {
  let buf = [];
  let n = 0;
  for (const p of pieces) {
    buf.push(p);
    n += p.length;
    if (n >= size) {
      yield buf.join("");
      buf = [];
      n = 0;
    }
  }
  if (buf.length) yield buf.join("");
}

// src/outputs/json-report.ts
var JSON_SCHEMA_VERSION = 2;
var BUCKET_PLACEHOLDER = "{{bucket}}";
var MIN_SHARED_LENGTH = 32;
var PLAIN_KEYS = /* @__PURE__ */ new Set([
  "status",
  "before",
  "after",
  "severity",
  "ruleId",
  "region",
  "usable",
  "evidence"
]);
var SharedValues = class {
  texts = [];
  ids = /* @__PURE__ */ new Map();
  /** Strings by themselves: the same string object met again is found without writing its JSON. */
  stringIds = /* @__PURE__ */ new Map();
  /** The reference to a value, given as its JSON text (the key: equal texts are one entry). */
  ref(json) {
    let id = this.ids.get(json);
    if (id === void 0) {
      id = this.texts.length;
      this.texts.push(json);
      this.ids.set(json, id);
    }
    return { shared: id };
  }
  refText(t) {
    const id = this.stringIds.get(t);
    if (id !== void 0) return { shared: id };
    const r = this.ref(JSON.stringify(t));
    this.stringIds.set(t, r.shared);
    return r;
  }
};
var EntryWriter = class {
  constructor(table, owner) {
    this.table = table;
    this.owner = owner;
  }
  table;
  owner;
  text(s) {
    if (s.includes(BUCKET_PLACEHOLDER)) return s;
    const o = this.owner;
    const t = o !== void 0 && o.length > 0 && s.includes(o) ? s.split(o).join(BUCKET_PLACEHOLDER) : s;
    if (t === s && s.length < MIN_SHARED_LENGTH) return s;
    return this.table.refText(t);
  }
  value(v) {
    if (typeof v === "string") return this.text(v);
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (v !== null && typeof v === "object") {
      const out = {};
      for (const [k, x] of Object.entries(v))
        out[k] = PLAIN_KEYS.has(k) && typeof x === "string" ? x : this.value(x);
      return out;
    }
    return v;
  }
  /** A whole value written once in `shared` (its strings as above). */
  shared(v) {
    return this.table.ref(JSON.stringify(this.value(v)));
  }
  /** The same, for a value whose strings are written already. */
  sharedWritten(v) {
    return this.table.ref(JSON.stringify(v));
  }
  /** An entry: `ownerKey` holds the owner's name and is written as it is. */
  entry(e, ownerKey, special = {}) {
    const out = {};
    for (const [k, v] of Object.entries(e)) {
      if (k === ownerKey || PLAIN_KEYS.has(k) && typeof v === "string") out[k] = v;
      else if (special[k]) special[k](v, out);
      else out[k] = this.value(v);
    }
    return out;
  }
};
function plainEvent(e) {
  if (e === null || typeof e !== "object") return false;
  const k = Object.keys(e);
  return k.length === 4 && k[0] === "name" && k[1] === "status" && k[2] === "coveredBy" && k[3] === "gaps" && typeof e.name === "string";
}
function bucketEntry(w, b) {
  return w.entry(b, "name", {
    events: (ev, out) => writeEvents(w, ev, out),
    // The same few facts for thousands of buckets (logging off, the limits of the logs).
    serverAccessLogs: (v, out) => {
      out["serverAccessLogs"] = w.shared(v);
    },
    acceptedEvidence: (v, out) => {
      out["acceptedEvidence"] = w.shared(v);
    }
  });
}
function writeEvents(w, events, out) {
  const list4 = events;
  const names = Array.isArray(list4) ? list4.map((e) => e.name) : [];
  if (!Array.isArray(list4) || new Set(names).size !== names.length || !list4.every(plainEvent)) {
    out["events"] = w.value(events);
    return;
  }
  const written = /* @__PURE__ */ new Map();
  const write = (x) => {
    let r = written.get(x);
    if (!r) {
      const v = w.value(x);
      r = { v, k: JSON.stringify(v) };
      written.set(x, r);
    }
    return r;
  };
  const groups2 = /* @__PURE__ */ new Map();
  for (const e of list4) {
    const status = typeof e.status === "string" ? e.status : w.value(e.status);
    const coveredBy = write(e.coveredBy);
    const gaps = write(e.gaps);
    const k = `${JSON.stringify(status)}\0${coveredBy.k}\0${gaps.k}`;
    const g = groups2.get(k);
    if (g) g.apis.push(e.name);
    else groups2.set(k, { apis: [e.name], status, coveredBy: coveredBy.v, gaps: gaps.v });
  }
  out["apis"] = w.shared(names);
  out["verdicts"] = w.sharedWritten([...groups2.values()].map((g) => ({ ...g, apis: w.value(g.apis) })));
}
var FastWriter = class {
  table = new SharedValues();
  strings = /* @__PURE__ */ new Map();
  quotedOf = /* @__PURE__ */ new Map();
  stringIds = /* @__PURE__ */ new Map();
  listContent = /* @__PURE__ */ new Map();
  eventLists = /* @__PURE__ */ new Map();
  recentEvents = [];
  recentValues = /* @__PURE__ */ new Map();
  recentNamed = [];
  /** JSON.stringify of a string met often (keys, statuses, Regions). */
  quoted(s) {
    let q2 = this.quotedOf.get(s);
    if (q2 === void 0) {
      q2 = JSON.stringify(s);
      if (this.quotedOf.size < 1 << 16) this.quotedOf.set(s, q2);
    }
    return q2;
  }
  /** `JSON.stringify(new EntryWriter(table, o).text(s))`. */
  text(s, o) {
    if (o !== void 0 && o.length > 0) {
      for (const t of this.recentNamed)
        if (t.fixed + (t.pieces.length - 1) * o.length === s.length && namedAs(s, o, t.pieces)) return t.ref;
    }
    let i = this.strings.get(s);
    if (i === void 0) {
      const placeholder = s.includes(BUCKET_PLACEHOLDER);
      if (!placeholder && o !== void 0 && o.length > 0 && s.includes(o)) return this.named(s, o);
      i = { json: JSON.stringify(s), placeholder, long: s.length >= MIN_SHARED_LENGTH };
      this.strings.set(s, i);
    }
    if (i.placeholder) return i.json;
    if (o !== void 0 && o.length > 0 && s.includes(o)) return this.named(s, o);
    if (!i.long) return i.json;
    return i.ref ??= refJson(this.table.refText(s).shared);
  }
  /**
   * The reference to a text that names its owner, with the name as the placeholder. Thousands of buckets
   * have the same text up to their name (a finding's message, a fix): the last few texts are kept as their
   * pieces around the name, and a text that is those pieces around its own name (found exactly where
   * `split` would find it, see namedAs) has their reference, without being split, joined and looked up
   * again: `text` looks there first.
   */
  named(s, o) {
    const pieces = s.split(o);
    const ref = refJson(this.table.refText(pieces.join(BUCKET_PLACEHOLDER)).shared);
    let fixed = 0;
    for (const p of pieces) fixed += p.length;
    this.recentNamed.unshift({ pieces, fixed, ref });
    if (this.recentNamed.length > RECENT) this.recentNamed.pop();
    return ref;
  }
  /** `JSON.stringify(new EntryWriter(table, o).value(v))`. */
  value(v, o) {
    if (typeof v === "string") return this.text(v, o);
    if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (v === null) return "null";
    if (typeof v !== "object") return JSON.stringify(v);
    if (Array.isArray(v)) {
      let out2 = "[";
      for (let i = 0; i < v.length; i++) out2 += (i > 0 ? "," : "") + (this.value(v[i], o) ?? "null");
      return out2 + "]";
    }
    let out = "{";
    for (const k of Object.keys(v)) {
      const x = v[k];
      const j = PLAIN_KEYS.has(k) && typeof x === "string" ? this.quoted(x) : this.value(x, o);
      if (j === void 0 || k === "__proto__") continue;
      out += (out.length > 1 ? "," : "") + this.quoted(k) + ":" + j;
    }
    return out + "}";
  }
  /**
   * `JSON.stringify(new EntryWriter(table, o).entry(e, ownerKey, special))` for the specials the report
   * uses: `events` (a bucket's), and members written whole in `shared`. Undefined where the general writer
   * must write it (shapes the report never has: the caller then asks it, which asks for the same
   * references in the same order).
   */
  entry(e, ownerKey, o, events, shared) {
    const keys = Object.keys(e);
    if (events && (keys.includes("apis") || keys.includes("verdicts"))) return void 0;
    if (keys.some((k) => k in Object.prototype)) return void 0;
    let out = "{";
    for (const k of keys) {
      const v = e[k];
      let j;
      if (k === ownerKey) j = JSON.stringify(v);
      else if (PLAIN_KEYS.has(k) && typeof v === "string") j = this.quoted(v);
      else if (events && k === "events") {
        const w = this.events(v, o);
        if (w === void 0) return void 0;
        out += (out.length > 1 ? "," : "") + w;
        continue;
      } else if (shared.has(k)) {
        j = this.sharedRef(k, v, o);
        if (j === void 0) return void 0;
      } else j = this.value(v, o);
      if (j === void 0) continue;
      out += (out.length > 1 ? "," : "") + this.quoted(k) + ":" + j;
    }
    return out + "}";
  }
  stringId(s) {
    let id = this.stringIds.get(s);
    if (id === void 0) this.stringIds.set(s, id = this.stringIds.size);
    return id;
  }
  /** A number for a list of strings (equal lists, equal numbers), -1 for anything else. */
  listId(a) {
    if (!Array.isArray(a)) return -1;
    let key = "";
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      if (typeof x !== "string") return -1;
      key += (i > 0 ? "," : "") + this.stringId(x);
    }
    let id = this.listContent.get(key);
    if (id === void 0) this.listContent.set(key, id = this.listContent.size);
    return id;
  }
  /**
   * `JSON.stringify(new EntryWriter(table, o).shared(v))`: a member written whole in `shared` (a bucket's
   * server access logs, a diff bucket's changes). Equal values (the last few of each member are kept) that
   * do not name the owner are the same reference.
   */
  sharedRef(member, v, o) {
    let recent = this.recentValues.get(member);
    if (!recent) this.recentValues.set(member, recent = []);
    const hit = recent.find((x2) => sameValue(v, x2.value));
    if (hit && !ownerIn(hit, o)) return hit.ref;
    const x = this.value(v, o);
    if (x === void 0) return void 0;
    const ref = refJson(this.table.ref(x).shared);
    if (!hit) {
      const texts = [];
      if (jsonData(v, texts)) {
        const entry = { value: v, ref, joined: [...new Set(texts)].join("\0"), hits: 0 };
        if (!ownerIn(entry, o)) {
          recent.unshift(entry);
          if (recent.length > RECENT) recent.pop();
        }
      }
    }
    return ref;
  }
  /**
   * A key for a list of plain events: each API's name and status (with their lengths: one way to read it
   * back) and the numbers of its coveredBy and gaps lists; null when one is not a list of strings.
   */
  eventsKey(list4) {
    const lists = [];
    const ids = [];
    const idOf2 = (a) => {
      const i = lists.indexOf(a);
      if (i >= 0) return ids[i];
      const id = this.listId(a);
      lists.push(a);
      ids.push(id);
      return id;
    };
    const parts = [];
    for (const e of list4) {
      const cb = idOf2(e.coveredBy);
      const gaps = idOf2(e.gaps);
      if (typeof e.status !== "string" || cb < 0 || gaps < 0) return null;
      parts.push(`${e.name.length}:${e.name}${e.status.length}:${e.status}${cb},${gaps};`);
    }
    return parts.join("");
  }
  /** The members that stand for a bucket's `events` (see writeEvents); undefined: the general writer's. */
  events(events, o) {
    if (!Array.isArray(events)) {
      const j = this.value(events, o);
      return j === void 0 ? "" : `"events":${j}`;
    }
    const list4 = events;
    const plain = list4;
    let cached = this.recentEvents.find((x) => sameEvents(list4, x.list));
    let key = null;
    if (!cached) {
      for (let i = 0; i < list4.length; i++) if (!plainEvent(list4[i])) return void 0;
      key = this.eventsKey(plain);
      cached = key === null ? void 0 : this.eventLists.get(key);
    }
    if (cached) {
      const at = this.recentEvents.indexOf(cached);
      if (at !== 0) {
        if (at > 0) this.recentEvents.splice(at, 1);
        this.recentEvents.unshift(cached);
        if (this.recentEvents.length > RECENT) this.recentEvents.pop();
      }
      if (!ownerIn(cached, o)) return cached.json;
    } else if (new Set(plain.map((e) => e.name)).size !== plain.length) return void 0;
    const json = this.writeEvents(plain, o);
    if (key !== null && !cached) {
      const entry = { list: plain, json, joined: joinedTexts(plain), hits: 0 };
      if (!ownerIn(entry, o)) {
        this.eventLists.set(key, entry);
        this.recentEvents.unshift(entry);
        if (this.recentEvents.length > RECENT) this.recentEvents.pop();
      }
    }
    return json;
  }
  /** writeEvents, for a list of plain events with unique names. */
  writeEvents(list4, o) {
    const written = /* @__PURE__ */ new Map();
    const write = (x) => {
      if (written.has(x)) return written.get(x);
      const j = this.value(x, o);
      written.set(x, j);
      return j;
    };
    const groups2 = /* @__PURE__ */ new Map();
    for (const e of list4) {
      const status = typeof e.status === "string" ? this.quoted(e.status) : this.value(e.status, o);
      const coveredBy = write(e.coveredBy);
      const gaps = write(e.gaps);
      const k = `${status}\0${coveredBy}\0${gaps}`;
      const g = groups2.get(k);
      if (g) g.apis.push(e.name);
      else groups2.set(k, { apis: [e.name], status, coveredBy, gaps });
    }
    const names = (xs) => "[" + xs.map((n) => this.text(n, o)).join(",") + "]";
    const apis = this.table.ref(names(list4.map((e) => e.name))).shared;
    let verdicts = "[";
    for (const g of groups2.values()) {
      verdicts += (verdicts.length > 1 ? "," : "") + `{"apis":${names(g.apis)}` + (g.status === void 0 ? "" : `,"status":${g.status}`) + (g.coveredBy === void 0 ? "" : `,"coveredBy":${g.coveredBy}`) + (g.gaps === void 0 ? "" : `,"gaps":${g.gaps}`) + "}";
    }
    return `"apis":${refJson(apis)},"verdicts":${refJson(this.table.ref(verdicts + "]").shared)}`;
  }
};
var refJson = (id) => `{"shared":${id}}`;
function jsonData(v, texts) {
  if (typeof v === "string") {
    texts.push(v);
    return true;
  }
  if (v === null || typeof v === "boolean" || typeof v === "number" && Number.isFinite(v)) return true;
  if (typeof v !== "object") return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonData(v[i], texts)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k of Object.keys(v)) if (!jsonData(v[k], texts)) return false;
  return true;
}
function sameValue(a, t) {
  if (a === t) return true;
  if (typeof t !== "object" || t === null || typeof a !== "object" || a === null) return false;
  if (Array.isArray(t)) {
    if (!Array.isArray(a) || a.length !== t.length) return false;
    for (let i = 0; i < t.length; i++) if (!sameValue(a[i], t[i])) return false;
    return true;
  }
  if (Array.isArray(a)) return false;
  const ka = Object.keys(a);
  const kt = Object.keys(t);
  if (ka.length !== kt.length) return false;
  for (let i = 0; i < kt.length; i++) {
    const k = kt[i];
    if (ka[i] !== k || !sameValue(a[k], t[k]))
      return false;
  }
  return true;
}
var GRAM = 8;
var RECENT = 8;
function namedAs(s, o, pieces) {
  let pos = 0;
  const last = pieces.length - 1;
  const ph = BUCKET_PLACEHOLDER.length - 1;
  for (let i = 0; i <= last; i++) {
    const p = pieces[i];
    const end = pos + p.length;
    if (s.slice(pos, end) !== p) return false;
    const at = s.indexOf(o, pos);
    if (i === last) return at === -1 && end === s.length;
    if (at !== end) return false;
    if (s.slice(Math.max(0, at - ph), at + o.length + ph).includes(BUCKET_PLACEHOLDER)) return false;
    pos = end + o.length;
  }
  return false;
}
function sameEvents(a, t) {
  if (a.length !== t.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = t[i];
    if (x === y) continue;
    if (!plainEvent(x)) return false;
    if (x.name !== y.name || x.status !== y.status) return false;
    if (!sameStrings(x.coveredBy, y.coveredBy) || !sameStrings(x.gaps, y.gaps)) return false;
  }
  return true;
}
function sameStrings(a, t) {
  if (a === t) return true;
  if (!Array.isArray(a) || a.length !== t.length) return false;
  for (let i = 0; i < t.length; i++) if (a[i] !== t[i]) return false;
  return true;
}
function joinedTexts(list4) {
  const texts = /* @__PURE__ */ new Set();
  for (const e of list4) {
    texts.add(e.name);
    for (const s of e.coveredBy) texts.add(s);
    for (const s of e.gaps) texts.add(s);
  }
  return [...texts].join("\0");
}
function ownerIn(entry, o) {
  if (o === void 0 || o.length === 0) return false;
  const j = entry.joined;
  if (entry.grams === void 0 && j.length >= 1024 && ++entry.hits >= 32) {
    const grams = /* @__PURE__ */ new Set();
    for (let i = 0; i + GRAM <= j.length; i++) grams.add(j.slice(i, i + GRAM));
    entry.grams = grams;
  }
  if (entry.grams !== void 0 && o.length >= GRAM) {
    if (!entry.grams.has(o.slice(0, GRAM)) || !entry.grams.has(o.slice(-GRAM))) return false;
  }
  return j.includes(o);
}
var BUCKET_SHARED = /* @__PURE__ */ new Set(["serverAccessLogs", "acceptedEvidence"]);
var DIFF_SHARED = /* @__PURE__ */ new Set(["changes"]);
var NONE = /* @__PURE__ */ new Set();
function* reportJsonPieces(r) {
  const w = new FastWriter();
  const table = w.table;
  const entryOf = (e, ownerKey, owner, events, shared, general) => {
    const fast = e !== null && typeof e === "object" && (owner === void 0 || typeof owner === "string") ? w.entry(e, ownerKey, owner, events, shared) : void 0;
    return fast ?? JSON.stringify(general()) ?? "null";
  };
  function* list4(items, one) {
    yield "[";
    for (let i = 0; i < items.length; i++) yield (i > 0 ? "," : "") + one(items[i]);
    yield "]";
  }
  const bucket = (b) => entryOf(b, "name", b.name, true, BUCKET_SHARED, () => {
    return bucketEntry(new EntryWriter(table, b.name), b);
  });
  const diffBucket = (b) => entryOf(
    b,
    "name",
    b.name,
    false,
    DIFF_SHARED,
    () => new EntryWriter(table, b.name).entry(b, "name", {
      changes: (v, o) => {
        o["changes"] = new EntryWriter(table, b.name).shared(v);
      }
    })
  );
  function* diffOf3(diff) {
    yield "{";
    let first2 = true;
    for (const [k, v] of Object.entries(diff)) {
      if (v === void 0) continue;
      yield (first2 ? "" : ",") + JSON.stringify(k) + ":";
      first2 = false;
      if (k === "buckets") yield* list4(v, diffBucket);
      else if (k === "plans") {
        const plans = v;
        yield "[";
        for (let i = 0; i < plans.length; i++) {
          if (i > 0) yield ",";
          yield* diffOf3(plans[i]);
        }
        yield "]";
      } else yield* jsonChunks(v);
    }
    yield "}";
  }
  yield "{";
  let first = true;
  for (const [k, v] of Object.entries(r)) {
    if (v === void 0) continue;
    yield (first ? "" : ",") + JSON.stringify(k) + ":";
    first = false;
    if (k === "schemaVersion") yield String(JSON_SCHEMA_VERSION);
    else if (k === "buckets") yield* list4(r.buckets, bucket);
    else if (k === "findings")
      yield* list4(r.findings, (f) => {
        const owner = typeof f.bucket === "string" ? f.bucket : void 0;
        return entryOf(
          f,
          "bucket",
          owner,
          false,
          NONE,
          () => new EntryWriter(table, owner).entry(f, "bucket")
        );
      });
    else if (k === "fixes")
      yield* list4(
        r.fixes ?? [],
        (f) => entryOf(
          f,
          "bucket",
          f.bucket,
          false,
          NONE,
          () => new EntryWriter(table, f.bucket).entry(f, "bucket")
        )
      );
    else if (k === "diff") yield* diffOf3(r.diff);
    else yield* jsonChunks(v);
  }
  yield (first ? "" : ",") + '"shared":[';
  for (let i = 0; i < table.texts.length; i++)
    yield i > 0 ? "," + table.texts[i] : table.texts[i];
  yield "]}\n";
}
function reportJsonChunks(r) {
  return batched(reportJsonPieces(r));
}
function reportJson(r) {
  return [...reportJsonPieces(r)].join("");
}
var ReportShapeError = class extends Error {
};
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var EntryReader = class {
  constructor(shared, owner, where2) {
    this.shared = shared;
    this.owner = owner;
    this.where = where2;
  }
  shared;
  owner;
  where;
  value(v) {
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (!isObject(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "shared") {
      const id = v["shared"];
      if (!Number.isInteger(id) || id < 0 || id >= this.shared.length)
        throw new ReportShapeError(`${this.where}: {"shared": ${JSON.stringify(id)}} refers to nothing`);
      const target = this.shared[id];
      if (typeof target === "string")
        return this.owner !== void 0 ? target.split(BUCKET_PLACEHOLDER).join(this.owner) : target;
      return this.value(target);
    }
    const out = {};
    for (const k of keys) out[k] = this.value(v[k]);
    return out;
  }
  entry(e, ownerKey, bucket = false) {
    if (!isObject(e)) return e;
    const out = {};
    for (const [k, v] of Object.entries(e)) {
      if (k === ownerKey) out[k] = v;
      else if (bucket && k === "apis" && "verdicts" in e) out["events"] = this.events(v, e["verdicts"]);
      else if (bucket && k === "verdicts" && "apis" in e) continue;
      else out[k] = this.value(v);
    }
    return out;
  }
  events(apis, verdicts) {
    const names = this.value(apis);
    const groups2 = this.value(verdicts);
    if (!Array.isArray(names) || !Array.isArray(groups2))
      throw new ReportShapeError(`${this.where}: apis and verdicts must be lists`);
    const of = /* @__PURE__ */ new Map();
    groups2.forEach((g, i) => {
      if (!isObject(g) || !Array.isArray(g["apis"]))
        throw new ReportShapeError(`${this.where}: verdicts[${i}] has no apis list`);
      for (const n of g["apis"]) if (typeof n === "string") of.set(n, g);
    });
    return names.map((n) => {
      const g = typeof n === "string" ? of.get(n) : void 0;
      if (!g) throw new ReportShapeError(`${this.where}: API ${JSON.stringify(n)} is in no verdict group`);
      return {
        name: n,
        status: g["status"],
        coveredBy: g["coveredBy"],
        gaps: g["gaps"]
      };
    });
  }
};
function readReportJson(doc) {
  if (!isObject(doc) || doc["schemaVersion"] !== JSON_SCHEMA_VERSION) return doc;
  const shared = Array.isArray(doc["shared"]) ? doc["shared"] : [];
  const list4 = (v, fn) => Array.isArray(v) ? v.map(fn) : v;
  const reader = (owner, where2) => new EntryReader(shared, typeof owner === "string" ? owner : void 0, where2);
  const owned = (e, key) => isObject(e) ? e[key] : void 0;
  const diffOf3 = (d, where2) => {
    if (!isObject(d)) return d;
    const out2 = {};
    for (const [k, v] of Object.entries(d)) {
      if (k === "buckets")
        out2[k] = list4(v, (b, i) => reader(owned(b, "name"), `${where2}.buckets[${i}]`).entry(b, "name"));
      else if (k === "plans") out2[k] = list4(v, (p, i) => diffOf3(p, `${where2}.plans[${i}]`));
      else out2[k] = v;
    }
    return out2;
  };
  const out = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === "shared") continue;
    if (k === "schemaVersion") out[k] = 1;
    else if (k === "buckets")
      out[k] = list4(v, (b, i) => reader(owned(b, "name"), `buckets[${i}]`).entry(b, "name", true));
    else if (k === "findings")
      out[k] = list4(v, (f, i) => reader(owned(f, "bucket"), `findings[${i}]`).entry(f, "bucket"));
    else if (k === "fixes")
      out[k] = list4(v, (f, i) => reader(owned(f, "bucket"), `fixes[${i}]`).entry(f, "bucket"));
    else if (k === "diff") out[k] = diffOf3(v, "diff");
    else out[k] = v;
  }
  return out;
}

// src/outputs/index.ts
var MARKDOWN_CUT = "**The markdown report was cut to the size GitHub shows in a job summary.** The text and JSON reports (`--format text`, `--report-file`) have every bucket, finding and fix.";
var FORMATS = [
  {
    name: "text",
    fileOption: "text-file",
    description: "plain text for terminals and CI logs",
    render: (r) => renderText(r)
  },
  {
    name: "json",
    fileOption: "report-file",
    description: "the JSON report (schemaVersion 2, policies/report.schema.json)",
    // Compact, and without repeating itself (outputs/json-report.ts): at 20,000 buckets it stays below
    // the plan's size.
    render: (r) => reportJson(r),
    // Bucket by bucket: a large report need never be one string.
    renderChunks: (r) => reportJsonChunks(r)
  },
  {
    name: "markdown",
    fileOption: "markdown-file",
    description: "GitHub-flavoured markdown (the PR comment and job summary)",
    // For GitHub, which shows a job summary up to 1 MiB: cut as the Action's summary is (a report of 20,000
    // partial buckets with a fix each would be ~500 MB of markdown and GiBs of memory to build).
    render: (r, ctx) => fitMarkdown(
      renderMarkdown(r, { ...ctx?.label ? { label: ctx.label } : {}, limit: SUMMARY_LIMIT }),
      SUMMARY_LIMIT,
      MARKDOWN_CUT
    ).text + "\n"
  },
  {
    name: "sarif",
    fileOption: "sarif-file",
    description: "SARIF 2.1.0, for code scanning (github/codeql-action/upload-sarif)",
    render: (r, ctx) => JSON.stringify(
      toSarif(
        r,
        RULES.map((x) => x.meta),
        {
          toUri: ctx?.toUri ?? ((f) => f.split("\\").join("/")),
          ...ctx?.locate ? { locate: ctx.locate } : {},
          ...ctx?.automationId ? { automationId: ctx.automationId } : {}
        }
      ),
      null,
      2
    ) + "\n"
  },
  {
    name: "junit",
    fileOption: "junit-file",
    description: "JUnit XML: a test case per bucket and per finding, for CI test-report views",
    render: (r) => renderJUnit(r)
  },
  {
    name: "gitlab",
    fileOption: "gitlab-file",
    description: "GitLab Code Quality JSON (artifacts:reports:codequality)",
    render: (r, ctx) => renderGitLab(r, ctx)
  }
];
var FORMAT_NAMES = FORMATS.map((f) => f.name);
function formatOf(name) {
  return FORMATS.find((f) => f.name === name);
}

export {
  PROGRESS_AFTER_MS,
  heldProgress,
  loadPolicy,
  terraformLocator,
  OptionError,
  sourceOptions,
  specsFrom,
  FAIL_ON,
  DEFAULTS,
  SETTING_OPTIONS,
  failureMessage,
  mergeReports,
  run,
  writeReportFile,
  ReportShapeError,
  readReportJson,
  terraformLineOf,
  fixTrailLine,
  waiverOf,
  remediationText,
  stripControls,
  escapeMarkdown,
  renderMarkdown,
  renderAllCovered,
  renderText,
  summaryLine,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fitMarkdown,
  FORMATS,
  FORMAT_NAMES,
  formatOf
};
