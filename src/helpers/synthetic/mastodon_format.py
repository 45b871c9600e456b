"""Writers of Mastodon archive files in the exact shape of each generation (formats/…§2.1, real files).

- ``"3.x"`` (before 4.2, ``.tar.gz``) [seen hikurry 2022]: compact JSON; every public item carries an LD
  ``signature`` and escapes ``<``, ``>``, ``&`` as ``\\u003c``…; the unsigned (followers-only, direct) items keep
  a per-item ``@context`` and raw characters; likes.json and bookmarks.json have ``totalItems``.
- ``"4.2"`` (zip) [seen dealingwith 2024]: the streamed outbox repeats its key, ``"orderedItems":[],
  "orderedItems":[…]``; no signatures; raw characters; no ``totalItems`` in likes/bookmarks.
- ``"4.5"`` (zip) [seen goija 2026]: ``context`` beside ``conversation``, ``likes``/``shares`` totals,
  ``interactionPolicy``, quote fields, ``\\u003c`` escapes, actor ``webfinger``.

``totalItems`` of the outbox is the cached status count, which differs from the items in old archives.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from helpers.synthetic.x_format import write_files

GENERATIONS = ("3.x", "4.2", "4.5")
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
AS = "https://www.w3.org/ns/activitystreams"
MASTODON_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_TOOT = {
    "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
    "sensitive": "as:sensitive",
    "Hashtag": "as:Hashtag",
    "movedTo": {"@id": "as:movedTo", "@type": "@id"},
    "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"},
    "toot": "http://joinmastodon.org/ns#",
    "Emoji": "toot:Emoji",
    "featured": {"@id": "toot:featured", "@type": "@id"},
    "featuredTags": {"@id": "toot:featuredTags", "@type": "@id"},
    "schema": "http://schema.org#",
    "PropertyValue": "schema:PropertyValue",
    "value": "schema:value",
    "ostatus": "http://ostatus.org#",
    "atomUri": "ostatus:atomUri",
    "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
    "conversation": "ostatus:conversation",
    "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
    "blurhash": "toot:blurhash",
    "discoverable": "toot:discoverable",
    "indexable": "toot:indexable",
    "memorial": "toot:memorial",
    "votersCount": "toot:votersCount",
    "suspended": "toot:suspended",
}
_QUOTES = {
    "QuoteRequest": "https://w3id.org/fep/044f#QuoteRequest",
    "quote": {"@id": "https://w3id.org/fep/044f#quote", "@type": "@id"},
    "quoteUri": "http://fedibird.com/ns#quoteUri",
    "_misskey_quote": "https://misskey-hub.net/ns#_misskey_quote",
    "quoteAuthorization": {"@id": "https://w3id.org/fep/044f#quoteAuthorization", "@type": "@id"},
    "gts": "https://gotosocial.org/ns#",
    "interactionPolicy": {"@id": "gts:interactionPolicy", "@type": "@id"},
    "canQuote": {"@id": "gts:canQuote", "@type": "@id"},
    "automaticApproval": {"@id": "gts:automaticApproval", "@type": "@id"},
}
OUTBOX_CONTEXT = {
    "3.x": AS,
    "4.2": [AS, "https://w3id.org/security/v1", _TOOT],
    "4.5": [AS, "https://w3id.org/security/v1", "https://purl.archive.org/socialweb/webfinger", _TOOT | _QUOTES],
}
# Unsigned items of 3.x archives keep their own @context [seen hikurry 2022].
ITEM_CONTEXT_3 = [
    AS,
    {
        "ostatus": "http://ostatus.org#",
        "atomUri": "ostatus:atomUri",
        "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
        "conversation": "ostatus:conversation",
        "sensitive": "as:sensitive",
        "toot": "http://joinmastodon.org/ns#",
        "votersCount": "toot:votersCount",
    },
]


def status_id(at: datetime, seq: int) -> str:
    """An 18-digit Mastodon status id: milliseconds since 1970 in the high bits, a sequence below."""
    return str((int((at - MASTODON_EPOCH).total_seconds() * 1000) << 16) | (seq & 0xFFFF))


def ap_time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def dumps(value, escape_html: bool) -> str:
    """Compact JSON as Oj writes it; Rails-mode escaping (``\\u003c``) where the generation has it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if escape_html:
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text


def replies(status_uri: str, self_replies: list[str]) -> dict:
    nxt = (
        f"{status_uri}/replies?only_other_accounts=true&page=true"
        if not self_replies
        else f"{status_uri}/replies?min_id={self_replies[-1].rsplit('/', 1)[-1]}&page=true"
    )
    return {
        "id": f"{status_uri}/replies",
        "type": "Collection",
        "first": {"type": "CollectionPage", "next": nxt, "partOf": f"{status_uri}/replies", "items": self_replies},
    }


def note(gen: str, s: dict, owner: dict) -> dict:
    """A Note (or Question) as the generation's serializer writes it; ``s`` is the planted status."""
    uri = s["uri"]
    obj = {
        "id": uri,
        "type": "Question" if s.get("poll") else "Note",
        "summary": s.get("summary"),
        "inReplyTo": s.get("in_reply_to"),
        "published": ap_time(s["at"]),
        "url": f"{owner['web']}/{uri.rsplit('/', 1)[-1]}",
        "attributedTo": owner["uri"],
        "to": s["to"],
        "cc": s["cc"],
        "sensitive": False,
        "atomUri": uri,
        "inReplyToAtomUri": s.get("in_reply_to"),
        "conversation": s["conversation"],
    }
    if gen == "4.5":
        obj["context"] = s["conversation"]
    obj["content"] = s["html"]
    obj["contentMap"] = {"en": s["html"]}
    if s.get("poll"):
        obj["endTime"] = obj["closed"] = ap_time(s["at"].replace(microsecond=0) + s["poll"]["lasts"])
        obj["votersCount"] = s["poll"]["voters"]
    if gen == "4.5":
        if s.get("quote"):
            obj |= {
                "quote": s["quote"],
                "_misskey_quote": s["quote"],
                "quoteUri": s["quote"],
                "quoteAuthorization": f"{s['quote_author']}/quote_authorizations/{uri.rsplit('/', 1)[-1]}",
            }
        obj["interactionPolicy"] = {"canQuote": {"automaticApproval": [PUBLIC]}}
    obj["attachment"] = s.get("attachment", [])
    obj["tag"] = [{"type": "Mention", "href": href, "name": name} for href, name in s.get("mentions", [])]
    obj["replies"] = replies(uri, s.get("self_replies", []))
    if gen == "4.5":
        obj["likes"] = {"id": f"{uri}/likes", "type": "Collection", "totalItems": s["likes"]}
        obj["shares"] = {"id": f"{uri}/shares", "type": "Collection", "totalItems": s["shares"]}
    if s.get("poll"):
        obj["oneOf"] = [
            {"type": "Note", "name": o, "replies": {"type": "Collection", "totalItems": n}}
            for o, n in s["poll"]["options"]
        ]
    return obj


def activity(gen: str, s: dict, owner: dict, signed_at: datetime) -> str:
    """One outbox item as JSON text: Create or Announce, signed or not as the generation did it."""
    if s["type"] == "Announce":
        item = {
            "id": f"{s['uri']}/activity",
            "type": "Announce",
            "actor": owner["uri"],
            "published": ap_time(s["at"]),
            "to": s["to"],
            "cc": s["cc"],
            "object": s["object"],
        }
        if gen == "3.x":
            item["atomUri"] = f"{s['uri']}/activity"
    else:
        item = {
            "id": f"{s['uri']}/activity",
            "type": "Create",
            "actor": owner["uri"],
            "published": ap_time(s["at"]),
            "to": s["to"],
            "cc": s["cc"],
            "object": note(gen, s, owner),
        }
    if gen != "3.x":
        return dumps(item, escape_html=gen == "4.5")
    if PUBLIC in s["to"] or PUBLIC in s["cc"]:
        item["signature"] = {
            "type": "RsaSignature2017",
            "creator": f"{owner['uri']}#main-key",
            "created": ap_time(signed_at),
            "signatureValue": "c3ludGhldGljLCBub3QgYSByZWFsIHNpZ25hdHVyZQ==",
        }
        return dumps(item, escape_html=True)
    return dumps({"@context": ITEM_CONTEXT_3, **item}, escape_html=False)


def outbox(gen: str, statuses: list[dict], owner: dict, statuses_count: int, signed_at: datetime) -> bytes:
    items = ",".join(activity(gen, s, owner, signed_at) for s in statuses)
    head = dumps(
        {
            "@context": OUTBOX_CONTEXT[gen],
            "id": "outbox.json",
            "type": "OrderedCollection",
            "totalItems": statuses_count,
        },
        escape_html=False,
    )[:-1]
    # 4.2-era servers stream the items after the empty list the serializer already wrote [seen dealingwith 2024].
    ordered = f',"orderedItems":[],"orderedItems":[{items}]}}' if gen == "4.2" else f',"orderedItems":[{items}]}}'
    return (head + ordered).encode()


def collection(gen: str, name: str, uris: list[str]) -> bytes:
    """likes.json / bookmarks.json: status URIs only; ``totalItems`` only before 4.2."""
    body: dict[str, object] = {"@context": AS, "id": name, "type": "OrderedCollection"}
    if gen == "3.x":
        body["totalItems"] = len(uris)
    body["orderedItems"] = uris
    return dumps(body, escape_html=False).encode()


def actor(gen: str, owner: dict, published: datetime) -> bytes:
    uri = owner["uri"]
    body = {
        "@context": [
            AS,
            "https://w3id.org/security/v1",
            {"manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#"},
        ],
        "id": uri,
    }
    if gen == "4.5":
        body["webfinger"] = owner["handle"]
    body |= {
        "type": "Person",
        "following": f"{uri}/following",
        "followers": f"{uri}/followers",
        "inbox": f"{uri}/inbox",
        "outbox": "outbox.json",
        "featured": f"{uri}/collections/featured",
        "featuredTags": f"{uri}/collections/tags",
        "preferredUsername": owner["username"],
        "name": owner["name"],
        "summary": "<p>Coffee, bread and neighbours.</p>",
        "url": owner["web"],
        "manuallyApprovesFollowers": False,
        "discoverable": True,
        "indexable": False,
        "published": published.strftime("%Y-%m-%dT00:00:00Z"),
        "memorial": False,
    }
    if gen == "4.5":
        body["interactionPolicy"] = {"canFeature": {"automaticApproval": [uri]}}
    body |= {
        "publicKey": {
            "id": f"{uri}#main-key",
            "owner": uri,
            "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nc3ludGhldGlj\n-----END PUBLIC KEY-----\n",
        },
        "tag": [],
        "attachment": [
            {"type": "PropertyValue", "name": "Web", "value": '<a href="https://cafe.example">cafe.example</a>'}
        ],
        "endpoints": {"sharedInbox": f"{uri.split('/users/')[0].split('/ap/')[0]}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
        "likes": "likes.json",
        "bookmarks": "bookmarks.json",
    }
    return dumps(body, escape_html=gen == "4.5").encode()


def following_csv(accts: list[str], header: str) -> bytes:
    """following_accounts.csv: ``"4"`` columns (2023+), ``"2"`` (about 2020) or ``"none"`` (2017)."""
    if header == "none":
        return "".join(f"{a}\n" for a in accts).encode()
    if header == "2":
        return ("Account address,Show boosts\n" + "".join(f"{a},true\n" for a in accts)).encode()
    languages = '"en, de"'  # a quoted comma list [seen todb 2023 header; src export.rb]
    return (
        "Account address,Show boosts,Notify on new posts,Languages\n"
        + "".join(f"{a},true,false,{languages if i % 7 == 3 else ''}\n" for i, a in enumerate(accts))
    ).encode()


def write_archive(dest: Path, files: dict[str, bytes], container: str) -> Path:
    """A folder, a zip, or a .tar.gz, byte-identical for the same files (fixed times)."""
    if container != "tar.gz":
        return write_files(dest, files, as_zip=container == "zip")
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        # backup_service.rb order: media, outbox, likes, bookmarks, actor (+ avatar).
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(content), 0o444, 1767225600
            tar.addfile(info, io.BytesIO(content))
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(tar_buf.getvalue())
    return dest
