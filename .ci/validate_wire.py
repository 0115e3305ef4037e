"""Validates the exchanges the generated sample tests had with the test server against each API's
own OpenAPI document, with openapi-core (a validator nobody here wrote).

Input: the wire log the test server writes (JULEP_GEN_WIRE_LOG, one JSON object per exchange:
method, target, headers, base64 body, and the canned response), and the documents, given as
MODULE=PATH: an exchange belongs to the SDK whose User-Agent (`<module>-swift/…`, lower-cased)
it sent. Requests are validated whole (method, path, query, headers, body decoded by its content
type); security requirements are counted apart. The canned answers the tests decode are validated
against the document's responses too: a sample that disagrees with the document is a bug in the
test generator.

Prints one line per document and each invalid exchange with the validator's message; exits 1 if
any request or response is invalid, or if a document's SDK sent nothing.
"""

import argparse
import base64
import collections
import json
import os
import sys
import re
import urllib.parse
import warnings

import jsonschema._keywords
import regex
from openapi_core import OpenAPI
from openapi_core.templating.paths.exceptions import PathNotFound, OperationNotFound, ServerNotFound
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request.exceptions import SecurityValidationError


# JSON Schema patterns are ECMA-262 regular expressions, which may use Unicode property escapes
# (`\p{L}`, in Julep's document); Python's `re` has none, the `regex` module has them.
jsonschema._keywords.re = regex
# Schemes openapi-core cannot check (HTTP Digest) are counted with the credentials, not warned about.
warnings.filterwarnings("ignore", message="Unsupported scheme type")


def yaml_1_2_loader():
    """The YAML loader jsonschema-path reads documents with, made to read Booleans as YAML 1.2
    does (OpenAPI documents are YAML 1.2): only `true` and `false`. PyYAML follows YAML 1.1, where
    `off`, `no` and `yes` are Booleans too, so DigitalOcean's droplet status enum
    `[new, active, off, archive]` would read as `[new, active, False, archive]`."""
    from jsonschema_path.loaders import JsonschemaSafeLoader

    boolean = "tag:yaml.org,2002:bool"
    resolvers = {
        first: [(tag, pattern) for tag, pattern in mappings if tag != boolean]
        for first, mappings in JsonschemaSafeLoader.yaml_implicit_resolvers.items()
    }
    JsonschemaSafeLoader.yaml_implicit_resolvers = resolvers
    JsonschemaSafeLoader.add_implicit_resolver(boolean, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return JsonschemaSafeLoader


YAML_LOADER = yaml_1_2_loader()


def read_yaml(text):
    return __import__("yaml").load(text, Loader=YAML_LOADER)


def referenced(node, base):
    """`node`, or what its `$ref` to another file names (a multi-file document's path items and
    operations, DigitalOcean's), read from the file relative to `base`; and the file it is in. (References within one
    file are left alone: path items and operations do not use them in the corpus.)"""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 16:
        seen += 1
        target, _, fragment = node["$ref"].partition("#")
        if not target:
            return node, base
        base = os.path.join(os.path.dirname(base), target)
        try:
            with open(base, encoding="utf-8") as file:
                text = file.read()
        except OSError:
            return node, base
        node = json.loads(text) if base.endswith(".json") else read_yaml(text)
        for part in [part for part in fragment.split("/") if part]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part) if isinstance(node, dict) else None
    return node, base


def operation_servers(spec_dict, path_of_document):
    """The absolute URLs of the servers path items and operations name for themselves, variables at
    their defaults: the SDK sends those operations there (the sample tests' client maps each to
    the test server), so their requests are validated against them."""
    found = []
    for item in (spec_dict.get("paths") or {}).values():
        item, base = referenced(item, path_of_document)
        if not isinstance(item, dict):
            continue
        operations = [referenced(value, base)[0] for value in item.values() if isinstance(value, dict)]
        for node in [item] + [operation for operation in operations if isinstance(operation, dict)]:
            for server in node.get("servers") or []:
                url = server.get("url", "")
                for name, variable in (server.get("variables") or {}).items():
                    url = url.replace("{" + name + "}", str(variable.get("default", "")))
                if urllib.parse.urlsplit(url).netloc and url.rstrip("/") not in found:
                    found.append(url.rstrip("/"))
    return found


def server_url(spec_dict):
    """The document's first server URL, its variables at their defaults; a relative one (which
    julep-gen puts in front of every operation's path) gives only a host."""
    for server in spec_dict.get("servers") or []:
        url = server.get("url", "")
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        if urllib.parse.urlsplit(url).netloc:
            return url.rstrip("/")
    return "http://localhost"


def formats(node, found):
    """Every `format` value a document uses."""
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            found.add(node["format"])
        for value in node.values():
            formats(value, found)
    elif isinstance(node, list):
        for value in node:
            formats(value, found)
    return found


def media_types(node, found):
    """Every media type a document names: `content` keys and `encoding` content types."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "content" and isinstance(value, dict):
                found.update(name for name in value if isinstance(name, str))
            if key == "contentType" and isinstance(value, str):
                found.add(value)
                found.update(part.strip() for part in value.split(","))
            media_types(value, found)
    elif isinstance(node, list):
        for value in node:
            media_types(value, found)
    return found


def media_deserializers(document):
    """What openapi-core lacks to read bodies as their schemas describe them: JSON-like types
    (`application/merge-patch+json`) as JSON, and bytes and text (`application/octet-stream`,
    `image/png`, `text/plain`; a multipart file part) as the strings their `type: string`
    schemas are, byte for byte (Latin-1 maps each byte to one character)."""
    def as_json(value, **parameters):
        return json.loads(value)

    def as_text(value, **parameters):
        return value.decode("latin-1") if isinstance(value, bytes) else value

    deserializers = {"application/octet-stream": as_text}
    for name in media_types(document, set()):
        essence = name.split(";")[0].strip().lower()
        if essence in ("application/json", "application/x-www-form-urlencoded", "text/event-stream"):
            continue
        if essence.startswith("multipart/") or essence.endswith("xml"):
            continue
        json_like = essence.endswith("+json") or essence.startswith("application/json-")
        deserializers[name] = as_json if json_like else as_text
    return deserializers


def mimetype(headers):
    return (headers.get("content-type") or "").split(";")[0].strip() or None


KNOWN_FORMATS = {
    "int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "password", "uuid",
    "email", "uri", "uri-reference", "hostname", "ipv4", "ipv6", "regex", "time", "duration",
}


def load(path):
    from jsonschema_path import SchemaPath
    from openapi_core import Config

    spec = SchemaPath.from_file_path(path)
    with open(path, encoding="utf-8") as file:
        text = file.read()
    document = json.loads(text) if path.endswith(".json") else read_yaml(text)
    # JSON Schema and OpenAPI say an unknown format is not an error; openapi-core refuses to
    # unmarshal one it has no formatter for (`uint16`), so each gets one that accepts any value.
    unknown = {name: (lambda value: True) for name in formats(document, set()) - KNOWN_FORMATS}
    # The documents are published as they are, flaws included (Julep's has an OpenAPI 3.1 field in
    # a 3.0 document): validate requests against them, not the documents themselves.
    config = Config(
        spec_validator_cls=None,
        # An event stream's schema describes each event's data (JSON), which is validated one by one.
        extra_media_type_deserializers={**media_deserializers(document), "text/event-stream": json.loads},
        extra_format_validators=unknown,
        extra_format_unmarshallers={name: (lambda value: value) for name in unknown},
    )
    return OpenAPI(spec, config=config), document


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", required=True)
    parser.add_argument("--test-base-path", default="/api", help="the path the sample tests' base URL adds")
    parser.add_argument("--known", help="known invalid exchanges: lines 'module METHOD PATH: reason'")
    parser.add_argument(
        "--write-known",
        help="write every invalid exchange to this file as a known one, with the kind of fault the "
        "validator's message shows, and exit 0 (to start a list; review it before committing)")
    parser.add_argument("documents", nargs="+", help="MODULE=PATH")
    args = parser.parse_args()
    known = {}
    if args.known:
        with open(args.known, encoding="utf-8") as file:
            for line in file:
                line = line.strip()
                if line and not line.startswith("#"):
                    key, reason = line.split(": ", 1)
                    known[key] = reason
    seen_known = set()

    documents = {}
    for item in args.documents:
        module, path = item.split("=", 1)
        documents[module.lower()] = path
    exchanges = collections.defaultdict(list)
    with open(args.log, encoding="utf-8") as log:
        for line in log:
            entry = json.loads(line)
            agent = entry["headers"].get("user-agent", "").split("-swift/")[0]
            exchanges[agent].append(entry)

    failed = False
    written = []
    for module, path_of_document in sorted(documents.items()):
        openapi, spec_dict = load(path_of_document)
        servers = [server_url(spec_dict)] + operation_servers(spec_dict, path_of_document)
        sent = exchanges.get(module, [])
        operations = sum(
            1
            for item in (spec_dict.get("paths") or {}).values()
            for method in item
            if method in ("get", "put", "post", "delete", "options", "head", "patch")
        )
        invalid_requests, invalid_responses, security_only = [], [], 0
        for entry in sent:
            split = urllib.parse.urlsplit(entry["target"])
            query = urllib.parse.parse_qs(split.query, keep_blank_values=True)
            body = base64.b64decode(entry["body"])
            headers = entry["headers"]
            cookies = {}
            for pair in (headers.get("cookie") or "").split(";"):
                if "=" in pair:
                    name, value = pair.strip().split("=", 1)
                    cookies[name] = value
            # The sample tests' client has the base URL <test server>/api; the document's server
            # takes its place.
            # Decoded but for `/` and `?` inside a segment (a path parameter's value), which would
            # split it or end the path.
            path = urllib.parse.unquote(re.sub("%(2F|3F)", "%25\\1", split.path, flags=re.IGNORECASE))
            if path.startswith(args.test_base_path):
                path = path[len(args.test_base_path):]

            def request_to(server):
                return MockRequest(
                    "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(server)),
                    entry["method"].lower(),
                    urllib.parse.urlsplit(server).path + path,
                    args={name: values if len(values) > 1 else values[0] for name, values in query.items()},
                    headers=headers,
                    cookies=cookies,
                    data=body or None,
                    # The whole Content-Type: a multipart body is split by its boundary parameter.
                    content_type=headers.get("content-type") or None,
                )
            summary = f"{entry['method']} {entry['target']}"
            # Validated, not unmarshalled: unmarshalling fills in the schemas' defaults and checks
            # them again, so a read-only property with a default (Julep's `remember`) would make
            # every request invalid, whatever it sends.
            try:
                # The API's server first, then those operations name for themselves (the tests'
                # client sends all of them to the test server, so the log cannot say which was
                # meant): valid against one of them is valid. Otherwise the errors reported are
                # those of the first server the validator found the operation under.
                outcomes = []
                for server in servers:
                    request = request_to(server)
                    outcomes.append((request, list(openapi.request_validator.iter_errors(request))))
                    if not [error for error in outcomes[-1][1] if not isinstance(error, SecurityValidationError)]:
                        break
                else:
                    outcomes = [
                        next(
                            (outcome for outcome in outcomes
                             if not any(str(error).startswith("Server not found") for error in outcome[1])),
                            outcomes[0])
                    ]
                request, all_errors = outcomes[-1]
            except Exception as error:  # the validator's own failure is a finding, not a crash
                invalid_requests.append((summary, [error]))
                # A failure leaves openapi-core's reference resolver in a state in which every later
                # validation fails the same way (DigitalOcean's `properties: {$ref: …}` did it to 191
                # requests that were valid): start from a fresh copy of the document.
                openapi, _ = load(path_of_document)
                continue
            errors = [error for error in all_errors if not isinstance(error, SecurityValidationError)]
            if len(errors) < len(all_errors):
                security_only += 1 if not errors else 0
            if errors:
                invalid_requests.append((summary, errors))
                continue
            response = entry["response"]
            response_headers = {name.lower(): value for name, value in response["headers"].items()}
            content_type = mimetype(response_headers) or "application/json"
            body = base64.b64decode(response["body"])
            bodies = event_data(body) if content_type == "text/event-stream" else [body]
            for data in bodies:
                mock = MockResponse(
                    data, status_code=response["status"], headers=response_headers,
                    content_type=response_headers.get("content-type") or content_type)
                try:
                    response_errors = list(openapi.response_validator.iter_errors(request, mock))
                except Exception as error:
                    response_errors = [error]
                    openapi, _ = load(path_of_document)  # as for requests, above
                if response_errors:
                    invalid_responses.append((summary, response_errors))
                    break
        valid = len(sent) - len(invalid_requests)
        print(
            f"{module}: {operations} operations, {len(sent)} requests sent, {valid} valid"
            f" ({security_only} valid but for their credentials), {len(invalid_responses)} invalid canned answers"
        )
        for kind, items in (("request", invalid_requests), ("answer", invalid_responses)):
            for summary, errors in items:
                key = f"{module} {kind} {summary.split('?')[0]}"
                written.append(f"{key}: {fault(kind, describe(errors))}")
                if key in known:
                    seen_known.add(key)
                    print(f"  known invalid {kind} {summary}: {known[key]} ({describe(errors)})")
                else:
                    failed = True
                    print(f"  invalid {kind} {summary}: {describe(errors)}")
        if operations and not sent:
            failed = True
            print(f"  {module}: the sample tests sent no request")
    if args.write_known:
        with open(args.write_known, "w", encoding="utf-8") as file:
            file.write("".join(line + "\n" for line in sorted(set(written))))
        print(f"wrote {len(set(written))} known invalid exchanges to {args.write_known}")
        sys.exit(0)
    for key in sorted(set(known) - seen_known):
        if key.split(" ")[0] in documents:
            failed = True
            print(f"known invalid exchange now valid or not sent (remove it from {args.known}): {key}")
    sys.exit(1 if failed else 0)


def event_data(body):
    """The `data` of each server-sent event in `body` (lines joined by newlines)."""
    events, lines = [], []
    for line in body.decode("utf-8").replace("\r\n", "\n").split("\n"):
        if line == "":
            if lines:
                events.append("\n".join(lines).encode("utf-8"))
            lines = []
        elif line.startswith("data:"):
            lines.append(line[5:][1:] if line[5:].startswith(" ") else line[5:])
    if lines:
        events.append("\n".join(lines).encode("utf-8"))
    return events


def fault(kind, message):
    """The kind of fault a validator message shows, for a known-issues line."""
    if "'str' object has no attribute 'get'" in message:
        return "openapi-core cannot read the document's schema here (a `properties` that holds a `$ref`)"
    if "Expected a string value, got <class 'list'>" in message:
        return "openapi-core cannot read a multipart field whose `type` is a list (OpenAPI 3.1's `[string, \"null\"]`)"
    if message.startswith("Server not found"):
        return "the operation has servers of its own; the SDK sends it to the API's base URL"
    if "does not match" in message and kind == "request":
        return "a sample value does not match the pattern the document gives it"
    if re.search(r"is not a '[a-z0-9-]+'", message):
        return "a sample value does not have the format the document gives it"
    if re.search(r"is (less|greater) than the (minimum|maximum)", message):
        return "a sample parameter value is outside the bounds the document gives it"
    if "is not one of []" in message:
        return "the document's enum lists no value (an empty `enum`); no value can be valid"
    if "is not of type 'integer'" in message or "is not valid under any of the given schemas" in message:
        return "a value the document gives as an integer constant is sent as a string, or a sample picks no oneOf branch"
    if "mimetype not found" in message:
        return "the SDK sends a content type the operation does not list"
    if kind == "answer":
        return "the canned answer the sample test decodes does not satisfy the document's response schema"
    return "a sample body does not satisfy the document's schema"


def describe(errors):
    parts = []
    for error in errors:
        text = str(error)
        inner = getattr(error, "__cause__", None)
        details = getattr(inner, "schema_errors", None) or getattr(error, "schema_errors", None)
        if details:
            text += " — " + "; ".join(getattr(detail, "message", str(detail)) for detail in details)
        elif inner is not None:
            text += f" — {inner}"
        parts.append(text)
    return " | ".join(parts)


if __name__ == "__main__":
    main()
