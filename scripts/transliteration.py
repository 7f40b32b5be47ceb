#!/usr/bin/env python3
"""Writes dictionaries/transliteration.txt: how typical each character is of
transliterated foreign names (斯, 尔, 克 …), as the share of the character's
occurrences in jieba's dictionary (MIT licence) that fall in entries of three
or more characters tagged nrt (transliterated names).

    python3 scripts/transliteration.py PATH/TO/jieba-rs/src/data/dict.txt > dictionaries/transliteration.txt
"""
import collections
import sys

HEADER = """\
# renshi dictionary: transliteration characters
# format: one character per line: character | weight
#   weight: the share (0 to 1) of the character's occurrences in jieba's dictionary that fall in
#   transliterated names; high for 斯, 尔, 克, low for characters of ordinary words
# source: counted by scripts/transliteration.py over jieba's dictionary dict.txt
#   (https://github.com/fxsjy/jieba, MIT licence, (c) Sun Junyi), as shipped in the jieba-rs crate:
#   entries of three or more Chinese characters tagged nrt, against all entries; characters seen
#   fewer than 15 times in such entries are left out
# licence: MIT (derived from jieba's MIT-licensed dictionary)"""


def main(dict_path):
    names, everywhere = collections.Counter(), collections.Counter()
    for line in open(dict_path, encoding="utf-8"):
        parts = line.split()
        if len(parts) != 3 or not all("\u4e00" <= c <= "\u9fff" for c in parts[0]):
            continue
        everywhere.update(parts[0])
        if parts[2] == "nrt" and len(parts[0]) >= 3:
            names.update(parts[0])
    print(HEADER)
    shares = {c: n / everywhere[c] for c, n in names.items() if n >= 15}
    for c, share in sorted(shares.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{c} | {share:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
