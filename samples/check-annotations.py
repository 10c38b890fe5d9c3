#!/usr/bin/env python3
"""Checks that the hand annotations of sample sets agree with their articles.

Usage: python3 samples/check-annotations.py [SET_FOLDER ...]
       (no argument: every folder under samples/ that holds an annotation.json)

For each set it checks that
  - every annotated article has its <id>.txt, and every .txt article is annotated;
  - every sentence, furniture line and dateline text of annotation.json occurs verbatim
    (byte for byte) in its article, and so does every quote: as the annotations score
    quotes with runs of white space made one space, and give a quote interrupted by its
    attribution (or running over paragraphs) as its parts joined, a quote may match with
    white space collapsed and in up to four consecutive parts of two words or more;
  - every sentence named by alignment.json and facts.json is an annotated sentence of
    that article;
  - every body sentence is in a statement or an exclusive of alignment.json (a body
    sentence in neither is printed as a note, not a problem: the annotation guide lets a
    pure transition with no claim, such as "Of these:", stay out);
  - facts.json "copying", when present, names each unordered pair of articles once.
It prints one line per problem (and per note) and exits 1 if there is any, 0 otherwise. It reads the
files only; it never changes them.
"""

import itertools
import json
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def quote_in(quote, text, max_parts=4):
    """Whether a quote's words occur in text in order, in at most max_parts runs."""
    flat = " ".join(text.split())
    words = quote.split()
    start, parts = 0, 0
    while start < len(words):
        end = len(words)
        while end > start and " ".join(words[start:end]) not in flat:
            end -= 1
        if end == start or (end - start < 2 < len(words)):
            return False
        start, parts = end, parts + 1
    return parts <= max_parts


def check_set(folder):
    problems = []
    notes = []

    def problem(message):
        problems.append(f"{folder.name}: {message}")

    annotation = load(folder / "annotation.json")["articles"]
    texts = {}
    for file in sorted(folder.glob("*.txt")):
        texts[file.stem] = file.read_text(encoding="utf-8")
    for article in sorted(set(texts) - set(annotation)):
        problem(f"{article}.txt has no entry in annotation.json")

    sentences = {}
    for article, truth in annotation.items():
        if article not in texts:
            problem(f"annotation.json names '{article}', but there is no {article}.txt")
            continue
        text = texts[article]

        def verbatim(what, value):
            if value is None or value not in text:
                problem(f"{article} {what} not in the article: {value!r}")

        for item in truth.get("furniture", []):
            verbatim(f"furniture ({item.get('kind')})", item.get("text"))
        dateline = truth.get("dateline")
        if dateline is not None:
            verbatim("dateline", dateline.get("text"))
        for item in truth.get("sentences", []):
            verbatim(f"sentence ({item.get('role')})", item.get("text"))
        for quote in truth.get("quotes", []):
            if not quote_in(quote.get("text") or "", text):
                problem(f"{article} quote not in the article: {quote.get('text')!r}")
        sentences[article] = truth.get("sentences", [])

    def annotated(where, article, sentence):
        if sentence not in {s.get("text") for s in sentences.get(article, [])}:
            problem(f"{where}: not an annotated sentence of {article}: {sentence!r}")

    alignment_file = folder / "alignment.json"
    if alignment_file.is_file():
        alignment = load(alignment_file)
        placed = set()
        for statement in alignment.get("statements", []):
            for member in statement.get("members", []):
                annotated("alignment.json statement", member["article"], member["text"])
                placed.add((member["article"], member["text"]))
        for exclusive in alignment.get("exclusives", []):
            annotated("alignment.json exclusive", exclusive["article"], exclusive["text"])
            placed.add((exclusive["article"], exclusive["text"]))
        for article, items in sentences.items():
            for item in items:
                if item.get("role") == "body" and (article, item.get("text")) not in placed:
                    notes.append(
                        f"{folder.name}: note: {article} body sentence in no statement"
                        f" or exclusive: {item.get('text')!r}"
                    )

    facts_file = folder / "facts.json"
    if facts_file.is_file():
        facts = load(facts_file)
        for fact in facts.get("facts", []):
            annotated("facts.json fact", fact["article"], fact["sentence"])
        for group in ("conflicts", "approximations"):
            for finding in facts.get(group, []):
                for member in finding.get("members", []):
                    annotated(f"facts.json {group}", member["article"], member["sentence"])
        for article, sentence in facts.get("topExclusive", {}).items():
            annotated("facts.json topExclusive", article, sentence)
        if "copying" in facts:
            seen = {}
            for verdict in facts["copying"]:
                pair = frozenset((verdict["a"], verdict["b"]))
                seen[pair] = seen.get(pair, 0) + 1
                for article in pair - set(annotation):
                    problem(f"facts.json copying names unknown article '{article}'")
            for a, b in itertools.combinations(sorted(annotation), 2):
                count = seen.get(frozenset((a, b)), 0)
                if count != 1:
                    problem(f"facts.json copying has {count} verdicts for {a} / {b}")
    return problems, notes


def main(argv):
    if argv:
        folders = [Path(a) for a in argv]
    else:
        folders = sorted(p.parent for p in SAMPLES.glob("*/annotation.json"))
    problems, notes = [], []
    for folder in folders:
        set_problems, set_notes = check_set(folder)
        problems += set_problems
        notes += set_notes
    for line in problems + notes:
        print(line)
    print(
        f"{len(folders)} sets checked, {len(problems)} problems, {len(notes)} notes",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
