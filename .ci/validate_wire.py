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
import sys
import urllib.parse

from openapi_core import OpenAPI
from openapi_core.templating.paths.exceptions import PathNotFound, OperationNotFound, ServerNotFound
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request.exceptions import SecurityValidationError


def host_url(spec_dict):
    """The scheme and host of the document's first absolute server, its variables at their defaults."""
    for server in spec_dict.get("servers") or []:
        url = server.get("url", "")
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        parts = urllib.parse.urlsplit(url)
        if parts.scheme and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}"
    return "http://localhost"


def mimetype(headers):
    return (headers.get("content-type") or "").split(";")[0].strip() or None


def load(path):
    from jsonschema_path import SchemaPath

    return OpenAPI(SchemaPath.from_file_path(path))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", required=True)
    parser.add_argument("documents", nargs="+", help="MODULE=PATH")
    args = parser.parse_args()

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
    for module, path in sorted(documents.items()):
        openapi = load(path)
        spec_dict = openapi.spec.read_value() if hasattr(openapi.spec, "read_value") else json.loads(json.dumps(openapi.spec.contents()))
        host = host_url(spec_dict)
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
            request = MockRequest(
                host,
                entry["method"].lower(),
                urllib.parse.unquote(split.path),
                args={name: values if len(values) > 1 else values[0] for name, values in query.items()},
                headers=headers,
                cookies=cookies,
                data=body or None,
                content_type=mimetype(headers),
            )
            summary = f"{entry['method']} {entry['target']}"
            result = openapi.unmarshal_request(request)
            errors = [error for error in result.errors if not isinstance(error, SecurityValidationError)]
            if len(errors) < len(result.errors):
                security_only += 1 if not errors else 0
            if errors:
                invalid_requests.append((summary, errors))
                continue
            response = entry["response"]
            response_headers = {name.lower(): value for name, value in response["headers"].items()}
            mock = MockResponse(
                base64.b64decode(response["body"]),
                status_code=response["status"],
                headers=response_headers,
                content_type=mimetype(response_headers) or "application/json",
            )
            response_result = openapi.unmarshal_response(request, mock)
            if response_result.errors:
                invalid_responses.append((summary, response_result.errors))
        valid = len(sent) - len(invalid_requests)
        print(
            f"{module}: {operations} operations, {len(sent)} requests sent, {valid} valid"
            f" ({security_only} valid but for their credentials), {len(invalid_responses)} invalid canned answers"
        )
        for summary, errors in invalid_requests:
            print(f"  invalid request {summary}: {describe(errors)}")
        for summary, errors in invalid_responses:
            print(f"  invalid answer to {summary}: {describe(errors)}")
        if invalid_requests or invalid_responses or (operations and not sent):
            failed = True
    sys.exit(1 if failed else 0)


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
