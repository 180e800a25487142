#!/usr/bin/env python3
"""Regenerates the seed corpora under tests/fuzz/corpus/<target>/ from the RFC 7644 examples below and from the
conformance cases (default: ../shared/conformance/cases next to the repository, or $SCIM_CONFORMANCE_CASES).
The corpora are committed; run this only when the cases change. Output is deterministic."""
import glob
import hashlib
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CASES = os.environ.get("SCIM_CONFORMANCE_CASES") or next(
    (p for p in [os.path.join(REPO, "..", "shared", "conformance", "cases"), "/work/shared/conformance/cases"] if os.path.isdir(p)),
    None)

# RFC 7644 section 3.4.2.2 example filters, then a few that reach the remaining grammar (literals, ew, nested not,
# value paths on groups, URN-qualified extension attributes, the Entra unquoted quirk).
FILTERS = [
    'userName eq "bjensen"',
    'name.familyName co "O\'Malley"',
    'userName sw "J"',
    'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"',
    'title pr',
    'meta.lastModified gt "2011-05-13T04:42:34Z"',
    'meta.lastModified ge "2011-05-13T04:42:34Z"',
    'meta.lastModified lt "2011-05-13T04:42:34Z"',
    'meta.lastModified le "2011-05-13T04:42:34Z"',
    'title pr and userType eq "Employee"',
    'title pr or userType eq "Intern"',
    'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"',
    'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
    'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
    'userType eq "Employee" and (emails.type eq "work")',
    'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
    'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
    'active eq true and x.y ne false or z eq null',
    'meta.version ew "W/\\"3\\"" and id ne "\\u00e9\\n"',
    'not (not (a eq 1.5e3)) and b lt -2',
    'members[value eq "2819c223-7f76-453a-919d-413861904646"]',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "m1"',
    'externalId eq jexample',
]

PATHS = [
    'members',
    'name.familyName',
    'addresses[type eq "work"]',
    'members[value eq "2819c223-7f76-453a-919d-413861904646"]',
    'members[value eq "2819c223-7f76-453a-919d-413861904646"].displayName',
    'emails[type eq "work" and primary eq true].value',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value',
    'urn:ietf:params:scim:schemas:core:2.0:User:name.givenName',
    'phoneNumbers[not (type eq "fax")].value',
]


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def compact(doc):
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def main():
    filters = list(FILTERS)
    paths = list(PATHS)
    resources = []
    patches = []
    if CASES is None:
        print("conformance cases not found; writing only the built-in seeds", file=sys.stderr)
    else:
        for file in sorted(glob.glob(os.path.join(CASES, "*.json"))):
            case = json.load(open(file, encoding="utf-8"))
            stem = os.path.splitext(os.path.basename(file))[0][:3]
            query = urllib.parse.urlsplit(case.get("path", "")).query
            for key, value in urllib.parse.parse_qsl(query):
                if key == "filter":
                    filters.append(value)
            body = case.get("body")
            if isinstance(body, dict):
                if case.get("method") == "PATCH":
                    patches.append((stem, body))
                    for op in body.get("Operations") or []:
                        if isinstance(op, dict) and isinstance(op.get("path"), str):
                            paths.append(op["path"])
                else:
                    resources.append((stem, body))
            response = (case.get("expected") or {}).get("response_if_200") or (case.get("expected") or {}).get("response")
            if isinstance(response, dict) and "schemas" in response and "Resources" not in response:
                resources.append((stem + "-response", response))
    for i, text in enumerate(dict.fromkeys(filters)):
        write("filter", "rfc-%03d" % i if i < len(FILTERS) else "case-%03d" % i, text)
    for i, text in enumerate(dict.fromkeys(paths)):
        write("path", "seed-%03d" % i, text)
    for stem, doc in resources:
        write("resource", "case-" + stem, compact(doc))
    for stem, doc in patches:
        write("patch", "case-" + stem, compact(doc))
    for target in ("filter", "path", "resource", "patch"):
        folder = os.path.join(HERE, "corpus", target)
        print(target, len(os.listdir(folder)) if os.path.isdir(folder) else 0)


if __name__ == "__main__":
    main()
