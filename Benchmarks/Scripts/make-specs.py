#!/usr/bin/env python3
"""Synthetic specs of growing size for the benchmarks, made from the Julep API itself.

Copy 1 is the original; copy k > 1 renames every type (`Agent` -> `AgentC2`), resource
(`agents` -> `agentsC2`), route and path (`/agents` -> `/c2/agents`), so a spec of N copies has
N times the Julep API's operations and types and generates N times the code, with every name
unique.

    Benchmarks/Scripts/make-specs.py [--copies 1,10,100] [--out Benchmarks/.specs]

writes, for each N:
    openapi-xN.yaml    N copies of Julep's published OpenAPI document (54 operations, 134 schemas each),
                       reference/julep-openapi-0.4.0.yaml in the shared data: $JULEP_SHARED_DATA,
                       which `source .ci/shared-data` sets (docs/shared-data.md)
    native-xN/api.yaml N copies of spec/ (the curated native spec), in one file

The output is deterministic; nothing here is committed (Benchmarks/.specs is ignored by git).
"""
import argparse
import copy
import os
import re
import sys

import yaml

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED_DATA = os.environ.get("JULEP_SHARED_DATA", "")
REFERENCE = os.path.join(SHARED_DATA, "reference", "julep-openapi-0.4.0.yaml")
NATIVE = os.path.join(ROOT, "spec")

try:
    Loader, Dumper = yaml.CSafeLoader, yaml.CSafeDumper
except AttributeError:  # PyYAML without libyaml: slower, same result
    Loader, Dumper = yaml.SafeLoader, yaml.SafeDumper


def dump(document, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "w") as stream:
        yaml.dump(document, stream, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
    os.replace(path + ".tmp", path)


# MARK: OpenAPI

def openapi_copy(document, k):
    """Copy k of the reference document's paths and components (k = 1: unchanged)."""
    if k == 1:
        return copy.deepcopy(document["paths"]), copy.deepcopy(document["components"])
    suffix = f"C{k}"

    def renamed_key(key):
        # The translator names a type after the last dotted part of its schema key.
        return key + suffix

    schemas = {key: renamed_key(key) for key in document["components"]["schemas"]}
    parameters = {key: renamed_key(key) for key in document["components"].get("parameters", {})}
    tables = {"schemas": schemas, "parameters": parameters}

    def ref(value):
        match = re.fullmatch(r"#/components/(schemas|parameters)/(.+)", value)
        if not match:
            return value
        return f"#/components/{match.group(1)}/{tables[match.group(1)][match.group(2)]}"

    def walk(node):
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str):
                    out[key] = ref(value)
                elif key == "mapping" and isinstance(value, dict):
                    out[key] = {name: ref(target) if isinstance(target, str) else target for name, target in value.items()}
                elif key == "operationId" and isinstance(value, str):
                    # `AgentsRoute_list` -> `AgentsC2Route_list`: resource `agentsC2`, operation `list`.
                    prefix, _, name = value.partition("_")
                    head = prefix[:-5] if prefix.endswith("Route") else prefix
                    out[key] = f"{head}{suffix}{'Route' if prefix.endswith('Route') else ''}_{name}"
                else:
                    out[key] = walk(value)
            return out
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    paths = {f"/c{k}{path}": walk(item) for path, item in document["paths"].items()}
    components = {
        "parameters": {parameters[key]: walk(value) for key, value in document["components"]["parameters"].items()},
        "schemas": {schemas[key]: walk(value) for key, value in document["components"]["schemas"].items()},
    }
    return paths, components


def make_openapi(copies, out):
    with open(REFERENCE) as stream:
        document = yaml.load(stream, Loader=Loader)
    result = {key: value for key, value in document.items() if key not in ("paths", "components")}
    result["paths"] = {}
    components = {"parameters": {}, "schemas": {}, "securitySchemes": document["components"]["securitySchemes"]}
    for k in range(1, copies + 1):
        paths, parts = openapi_copy(document, k)
        result["paths"].update(paths)
        components["parameters"].update(parts["parameters"])
        components["schemas"].update(parts["schemas"])
    result["components"] = components
    # Keep the document's key order: paths before components, as published.
    ordered = {}
    for key in document:
        ordered[key] = result[key]
    dump(ordered, os.path.join(out, f"openapi-x{copies}.yaml"))


# MARK: Native

def load_native():
    """spec/ as one document: the root file with every included file's types and resources merged."""
    def load(path):
        with open(path) as stream:
            return yaml.load(stream, Loader=Loader)

    root = load(os.path.join(NATIVE, "api.yaml"))
    types, resources = dict(root.get("types") or {}), dict(root.get("resources") or {})
    pending = list(root.get("include") or [])
    while pending:
        name = pending.pop(0)
        part = load(os.path.join(NATIVE, name))
        types.update(part.get("types") or {})
        resources.update(part.get("resources") or {})
        pending.extend(part.get("include") or [])
    root.pop("include", None)
    return root, types, resources


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Keys whose values are type expressions (or hold them).
TYPE_KEYS = {"type", "response", "events", "streaming", "union", "alias", "body", "items", "errors"}
NON_TYPE_KEYS = {"docs", "default", "route", "path", "deprecated", "swiftName", "pattern", "enum", "values",
                 "tag", "discriminator", "status", "method", "serialize", "contentType", "flatten", "style",
                 "offsetParam", "limitParam", "example"}


def native_copy(types, resources, k):
    if k == 1:
        return copy.deepcopy(types), copy.deepcopy(resources)
    suffix = f"C{k}"
    names = set(types)

    def rename_expression(text):
        return IDENTIFIER.sub(lambda m: m.group(0) + suffix if m.group(0) in names else m.group(0), text)

    def walk(node, in_types):
        """in_types: the value is (or holds) type expressions."""
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key in NON_TYPE_KEYS:
                    out[key] = copy.deepcopy(value)
                    if key == "route" and isinstance(value, str):
                        out[key] = f"{value}_c{k}"
                    elif key == "path" and isinstance(value, str):
                        out[key] = f"/c{k}{value}"
                else:
                    out[key] = walk(value, in_types or key in TYPE_KEYS or key in ("properties", "pathParams", "query", "headers"))
            return out
        if isinstance(node, list):
            return [walk(item, in_types) for item in node]
        if isinstance(node, str) and in_types:
            return rename_expression(node)
        return node

    def declaration(value):
        value = walk(value, False)
        # A declared Swift name is renamed with its type or resource.
        if isinstance(value, dict) and isinstance(value.get("swiftName"), str):
            value["swiftName"] += suffix
        return value

    new_types = {name + suffix: declaration(value) for name, value in types.items()}
    new_resources = {name + suffix: declaration(value) for name, value in resources.items()}
    return new_types, new_resources


def make_native(copies, out):
    root, types, resources = load_native()
    all_types, all_resources = {}, {}
    for k in range(1, copies + 1):
        t, r = native_copy(types, resources, k)
        all_types.update(t)
        all_resources.update(r)
    root["types"] = all_types
    root["resources"] = all_resources
    dump(root, os.path.join(out, f"native-x{copies}", "api.yaml"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", default="1,10,100", help="comma-separated sizes (default 1,10,100)")
    parser.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", ".specs"))
    args = parser.parse_args()
    if not SHARED_DATA:
        sys.exit("make-specs: JULEP_SHARED_DATA is not set; run `source .ci/shared-data` first (docs/shared-data.md)")
    if not os.path.exists(REFERENCE):
        sys.exit(f"make-specs: {REFERENCE} is missing")
    for copies in (int(n) for n in args.copies.split(",")):
        make_openapi(copies, args.out)
        make_native(copies, args.out)
        print(f"make-specs: openapi-x{copies}.yaml and native-x{copies}/ in {args.out}")


if __name__ == "__main__":
    main()
