#!/usr/bin/env python3
"""Writes dictionaries/given_names.txt: how often each character stands in the
given-name part of a Chinese name, counted over the entries that jieba's
dictionary (MIT licence) tags as person names (nr) and that begin with a
surname from dictionaries/surnames.txt.

    python3 scripts/given_names.py PATH/TO/jieba-rs/src/data/dict.txt > dictionaries/given_names.txt
"""
import collections
import pathlib
import sys

HEADER = """\
# renshi dictionary: given-name characters
# format: one character per line: character | weight
#   weight: how often the character stands in a given name, per 10,000 given-name characters
# source: counted by scripts/given_names.py over the entries tagged nr (person name) in jieba's
#   dictionary dict.txt (https://github.com/fxsjy/jieba, MIT licence, (c) Sun Junyi), as shipped
#   in the jieba-rs crate, keeping entries of two to four characters that begin with a surname
#   from dictionaries/surnames.txt; characters seen fewer than 3 times are left out
# licence: MIT (derived from jieba's MIT-licensed dictionary)"""


def surnames():
    path = pathlib.Path(__file__).resolve().parent.parent / "dictionaries" / "surnames.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.split("|")[0].strip())
    return out


def main(dict_path):
    names = surnames()
    counts = collections.Counter()
    for line in open(dict_path, encoding="utf-8"):
        parts = line.split()
        if len(parts) != 3 or parts[2] != "nr":
            continue
        word = parts[0]
        if not 2 <= len(word) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        surname = word[:2] if word[:2] in names else word[:1] if word[:1] in names else None
        given = word[len(surname):] if surname else ""
        if 1 <= len(given) <= 2:
            counts.update(given)
    total = sum(counts.values())
    print(HEADER)
    for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 3:
            print(f"{c} | {n * 10000 / total:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
