#!/usr/bin/python3
"""Read Newsdesk's published articles from Kafka and print one JSON line per record.

Every value on a Newsdesk topic is Avro *single-object encoding*:

    C3 01 | 8-byte little-endian CRC-64-AVRO fingerprint of the writer schema | Avro binary body

There is no schema registry. This consumer finds the writer schema by its fingerprint among the
project's .avsc files (the current ones and every released version) and decodes the body with it,
resolved to the current schema, so records written by an older release still read. A null value is a
tombstone: the article was retracted or withheld, and the header newsdesk.tombstone says which.

Needs Debian's python3-confluent-kafka and python3-avro; run it with /usr/bin/python3:

    /usr/bin/python3 consume_published.py --bootstrap localhost:9092 --from-beginning --max 10

Each line is {"topic", "partition", "offset", "key", "headers", "writer", "value"}; "value" is a
summary of a PublishedArticle (--full for the whole record, and for any other record type), or null.
Exit status: 0 done, 1 bad arguments or schemas, 2 a record could not be decoded (it and what follows
are not committed, so no record is skipped: fix the cause and run again).
"""

import argparse
import base64
import datetime
import io
import json
import os
import sys
import uuid
from pathlib import Path

import avro.errors
import avro.io
import avro.name
import avro.schema
from confluent_kafka import Consumer, KafkaException

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
DEFAULT_SCHEMAS = PROJECT / "schemas" / "src" / "main" / "avro"
DEFAULT_RELEASED = PROJECT / "schemas" / "src" / "main" / "resources" / "io" / "newsdesk" / "schemas" / "released"

MAGIC = b"\xc3\x01"
HEADER_LENGTH = 10  # the two magic bytes and the 8-byte fingerprint
PUBLISHED_ARTICLE = "io.newsdesk.schemas.PublishedArticle"
PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}
NAMED = {"record", "error", "enum", "fixed"}


class SchemaError(Exception):
    """The .avsc files cannot be read: a type referenced but defined nowhere, a cycle, bad JSON."""


class UndecodableRecord(Exception):
    """A record's value is not something this consumer can decode."""


# --- The fingerprint: CRC-64-AVRO over the Parsing Canonical Form, as the Avro specification gives it.
# (python3-avro 1.11 has no fingerprint function, and its canonical_form keeps logical types as
# {"type": "long"} where the specification wants "long", so both are written out here.)

EMPTY = 0xC15D213AA4D7A795


def _fingerprint_table():
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (EMPTY & -(fp & 1))
        table.append(fp)
    return table


FP_TABLE = _fingerprint_table()


def fingerprint64(data: bytes) -> int:
    fp = EMPTY
    for byte in data:
        fp = (fp >> 8) ^ FP_TABLE[(fp ^ byte) & 0xFF]
    return fp


def parsing_canonical_form(schema: avro.schema.Schema) -> str:
    """The specification's Parsing Canonical Form: only the attributes that matter for reading
    (name, type, fields, symbols, items, values, size, in that order), full names, a named type
    spelled out at its first use and referred to by name after that, no whitespace."""
    seen = set()

    def form(s):
        if isinstance(s, avro.schema.UnionSchema):
            return [form(branch) for branch in s.schemas]
        if isinstance(s, avro.schema.NamedSchema):
            if s.fullname in seen:
                return s.fullname
            seen.add(s.fullname)
            if isinstance(s, avro.schema.RecordSchema):
                return {"name": s.fullname, "type": s.type,
                        "fields": [{"name": f.name, "type": form(f.type)} for f in s.fields]}
            if isinstance(s, avro.schema.EnumSchema):
                return {"name": s.fullname, "type": "enum", "symbols": list(s.symbols)}
            return {"name": s.fullname, "type": "fixed", "size": s.size}
        if isinstance(s, avro.schema.ArraySchema):
            return {"type": "array", "items": form(s.items)}
        if isinstance(s, avro.schema.MapSchema):
            return {"type": "map", "values": form(s.values)}
        return s.type  # a primitive; a logical type reads as its underlying primitive

    return json.dumps(form(schema), separators=(",", ":"))


def schema_fingerprint(schema: avro.schema.Schema) -> int:
    return fingerprint64(parsing_canonical_form(schema).encode("utf-8"))


# --- Loading the .avsc files.

def _full_name(name, namespace):
    return name if "." in name or not namespace else f"{namespace}.{name}"


def _names_in(node, namespace, defined, referenced):
    """Collects the named types a schema JSON defines and the ones it refers to by name."""
    if isinstance(node, str):
        if node not in PRIMITIVES:
            referenced.add(_full_name(node, namespace))
    elif isinstance(node, list):
        for branch in node:
            _names_in(branch, namespace, defined, referenced)
    elif isinstance(node, dict):
        kind = node.get("type")
        if kind in NAMED:
            full = _full_name(node["name"], node.get("namespace", namespace))
            defined.add(full)
            for field in node.get("fields", []):
                _names_in(field["type"], full.rpartition(".")[0], defined, referenced)
        elif kind == "array":
            _names_in(node["items"], namespace, defined, referenced)
        elif kind == "map":
            _names_in(node["values"], namespace, defined, referenced)
        else:
            _names_in(kind, namespace, defined, referenced)


def load_current_schemas(directory: Path) -> dict:
    """Parses every .avsc under directory into one set of names. A file may use a type another file
    defines (PublishedArticle uses EnrichedArticle, which uses common/ArticleContent...), so files are
    parsed in dependency order. Returns {full name: (schema, file name)} for every file's own type."""
    files = sorted(directory.rglob("*.avsc"))
    if not files:
        raise SchemaError(f"no .avsc files under {directory} (use --schemas DIR)")
    documents, defines, needs = {}, {}, {}
    for path in files:
        try:
            documents[path] = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            raise SchemaError(f"{path} is not valid JSON: {e}") from e
        defined, referenced = set(), set()
        _names_in(documents[path], None, defined, referenced)
        for name in defined:
            defines[name] = path
        needs[path] = referenced - defined
    for path, referenced in needs.items():
        for name in sorted(referenced):
            if name not in defines:
                raise SchemaError(f"{path} uses the type {name}, which no .avsc under {directory} defines")

    order, visiting = [], set()

    def visit(path):
        if path in order:
            return
        if path in visiting:
            raise SchemaError(f"{path} is part of a cycle of .avsc files that use each other's types")
        visiting.add(path)
        for name in sorted(needs[path]):
            visit(defines[name])
        visiting.discard(path)
        order.append(path)

    for path in files:
        visit(path)

    names = avro.name.Names()
    current = {}
    for path in order:
        try:
            schema = avro.schema.make_avsc_object(documents[path], names)
        except avro.errors.AvroException as e:
            raise SchemaError(f"cannot parse {path}: {e}") from e
        current[schema.fullname] = (schema, path.relative_to(directory).as_posix())
    return current


def topic_values(current: dict) -> list:
    """The schemas a topic value can have: the files directly in the schemas folder. The folder
    common/ holds the types they share, which are never written on their own."""
    return [(schema, label) for schema, label in current.values() if "/" not in label]


def load_released_schemas(directory: Path) -> list:
    """Every schema listed in directory/RELEASES (one path a line, e.g. v1/PublishedArticle.avsc).
    Released files are self-contained: every type they use is spelled out inside them."""
    releases = directory / "RELEASES"
    if not releases.is_file():
        raise SchemaError(f"{releases} not found (use --released DIR, or --released '' for none)")
    released = []
    for line in releases.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            released.append((avro.schema.parse((directory / line).read_text(encoding="utf-8")), line))
        except (OSError, avro.errors.AvroException) as e:
            raise SchemaError(f"cannot read released schema {directory / line}: {e}") from e
    return released


class SingleObjectDecoder:
    """Decodes single-object encoded values, finding each writer schema by its fingerprint."""

    def __init__(self, current: dict, released: list, schema_dirs: list):
        self.current = {name: schema for name, (schema, _) in current.items()}
        self.schema_dirs = schema_dirs
        self.writers = {}
        for schema, label in released:
            self.writers[schema_fingerprint(schema)] = (schema, "released " + label)
        # Added last: when a release equals the current schema, name the current file.
        for schema, label in topic_values(current):
            self.writers[schema_fingerprint(schema)] = (schema, label)

    def decode(self, value: bytes):
        """Returns (decoded record, writer schema, label naming the writer schema's file)."""
        if len(value) < HEADER_LENGTH or value[:2] != MAGIC:
            raise UndecodableRecord(
                f"not Avro single-object encoding: expected C3 01 and an 8-byte fingerprint, got "
                f"{value[:HEADER_LENGTH].hex(' ').upper() or 'no bytes'} ({len(value)} bytes in all)")
        fingerprint = int.from_bytes(value[2:HEADER_LENGTH], "little")
        if fingerprint not in self.writers:
            raise UndecodableRecord(
                f"written with a schema whose fingerprint is {fingerprint:#018x} (bytes "
                f"{value[2:HEADER_LENGTH].hex(' ').upper()}), which none of the .avsc files under "
                f"{', '.join(str(d) for d in self.schema_dirs)} has: the producer uses a newer schema. "
                f"Update your copy of the .avsc files (schemas/src/main/avro and the released folder) "
                f"and run again.")
        writer, label = self.writers[fingerprint]
        # Schema resolution: read with the writer's schema, return the shape of our (reader) schema,
        # so fields added since take their defaults and fields removed since are skipped.
        reader = self.current.get(writer.fullname, writer)
        try:
            datum = avro.io.DatumReader(writer, reader).read(
                avro.io.BinaryDecoder(io.BytesIO(value[HEADER_LENGTH:])))
        except (avro.errors.AvroException, EOFError, UnicodeDecodeError, ValueError) as e:
            raise UndecodableRecord(f"Avro body does not match its writer schema ({label}): {e}") from e
        return datum, writer, label


# --- Output.

def to_json(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def summary(article: dict) -> dict:
    """The parts of a PublishedArticle a downstream reader usually wants."""
    enriched = article["article"]
    return {
        "articleId": article["articleId"],
        "version": article["version"],
        "slug": article["slug"],
        "headline": enriched["content"]["headline"],
        "summary": enriched["summary"],
        "byline": enriched["submission"]["byline"],
        "section": enriched["submission"]["section"],
        "language": enriched["language"],
        "topics": [{"code": t["code"], "label": t["label"], "score": t["score"]} for t in enriched["topics"]],
        "keywords": enriched["keywords"],
        "entities": [{"type": e["type"], "name": e["name"]} for e in enriched["entities"]],
        "wordCount": enriched["wordCount"],
        "firstPublishedAt": article["firstPublishedAt"],
        "publishedAt": article["publishedAt"],
        "corrections": article["corrections"],
    }


def header_text(value):
    if value is None:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return "base64:" + base64.b64encode(value).decode("ascii")


def record_line(message, decoder: SingleObjectDecoder, full: bool) -> str:
    key = message.key()
    line = {
        "topic": message.topic(),
        "partition": message.partition(),
        "offset": message.offset(),
        "key": None if key is None else key.decode("utf-8", errors="replace"),
        "headers": {k: header_text(v) for k, v in (message.headers() or [])},
    }
    if message.value() is None:
        line["writer"] = None
        line["value"] = None
    else:
        datum, writer, label = decoder.decode(message.value())
        line["writer"] = label
        line["value"] = datum if full or writer.fullname != PUBLISHED_ARTICLE else summary(datum)
    return json.dumps(line, default=to_json, ensure_ascii=False)


# --- Command line.

def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS"),
                        help="Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS)")
    parser.add_argument("--topic", default="articles.published", help="topic to read (default: %(default)s)")
    parser.add_argument("--group", help="consumer group id; commits what was printed (default: a new group, "
                                        "no commits)")
    parser.add_argument("--from-beginning", action="store_true",
                        help="start at the earliest offset when the group has none (default: only new records)")
    parser.add_argument("--max", type=int, metavar="N", help="stop after N records (default: run until Ctrl-C)")
    parser.add_argument("--full", action="store_true",
                        help="print whole records rather than a summary of each PublishedArticle")
    parser.add_argument("--schemas", type=Path, default=DEFAULT_SCHEMAS,
                        help="folder of the current .avsc files, the reader schemas (default: %(default)s)")
    parser.add_argument("--released", type=Path, action="append",
                        help="folder with a RELEASES file listing older writer schemas; repeatable "
                             f"(default: {DEFAULT_RELEASED})")
    parser.add_argument("--list-schemas", action="store_true",
                        help="print the fingerprint of every known writer schema and exit (no Kafka needed)")
    parser.add_argument("-X", dest="properties", action="append", default=[], metavar="KEY=VALUE",
                        help="any librdkafka consumer property, e.g. -X security.protocol=SASL_SSL; repeatable")
    args = parser.parse_args(argv)
    if not args.bootstrap and not args.list_schemas:
        parser.error("no Kafka to read from: give --bootstrap HOST:PORT or set KAFKA_BOOTSTRAP_SERVERS")
    if args.max is not None and args.max < 1:
        parser.error("--max must be at least 1")
    for prop in args.properties:
        if "=" not in prop:
            parser.error(f"-X {prop}: expected KEY=VALUE")
    if args.released is None:
        args.released = [DEFAULT_RELEASED]
    args.released = [d for d in args.released if str(d) not in ("", ".")]
    return args


def consumer_config(args) -> dict:
    config = {
        "bootstrap.servers": args.bootstrap,
        "group.id": args.group or f"newsdesk-example-{uuid.uuid4()}",
        # Only what producers committed: publish writes in transactions (exactly-once), and an aborted
        # write must never reach a reader.
        "isolation.level": "read_committed",
        "auto.offset.reset": "earliest" if args.from_beginning else "latest",
        # A record's offset is stored for commit only after it was printed, so a failure never skips one.
        "enable.auto.commit": args.group is not None,
        "enable.auto.offset.store": False,
    }
    config.update(prop.split("=", 1) for prop in args.properties)
    return config


def main(argv=None) -> int:
    args = parse_args(argv)
    try:
        current = load_current_schemas(args.schemas.resolve())
        released = [r for d in args.released for r in load_released_schemas(d.resolve())]
    except SchemaError as e:
        print(f"consume_published: {e}", file=sys.stderr)
        return 1
    decoder = SingleObjectDecoder(current, released, [args.schemas.resolve()] + [d.resolve() for d in args.released])

    if args.list_schemas:
        for fingerprint, (schema, label) in sorted(decoder.writers.items(), key=lambda item: item[1][1]):
            wire = (MAGIC + fingerprint.to_bytes(8, "little")).hex(" ").upper()
            print(f"{fingerprint:#018x}  {wire}  {schema.fullname}  {label}")
        return 0

    consumer = Consumer(consumer_config(args))
    printed = 0
    try:
        consumer.subscribe([args.topic])
        while args.max is None or printed < args.max:
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error():
                if message.error().fatal():
                    raise KafkaException(message.error())
                # e.g. the topic does not exist yet: say so and keep waiting for it.
                print(f"consume_published: {message.error()}", file=sys.stderr)
                continue
            try:
                line = record_line(message, decoder, args.full)
            except UndecodableRecord as e:
                print(f"consume_published: cannot decode {message.topic()}[{message.partition()}]@{message.offset()} "
                      f"key={message.key()!r}: {e}", file=sys.stderr)
                return 2
            print(line, flush=True)
            consumer.store_offsets(message)
            printed += 1
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()  # commits stored offsets when --group was given
    return 0


if __name__ == "__main__":
    sys.exit(main())
