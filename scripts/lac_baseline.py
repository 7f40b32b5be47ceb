#!/usr/bin/env python3
"""How well a trained open model finds CLUENER's persons: Baidu's LAC
(Apache-2.0), a character BiGRU-CRF trained on a large news corpus, run by a
numpy re-implementation of its inference, alone and combined with renshi.

    curl -sO https://files.pythonhosted.org/packages/c3/88/966e99c95cac93730a7f3cdf92a17e2a0e924bea61b9a86ae7995feaa4fe/LAC-2.1.2.tar.gz
    tar xzf LAC-2.1.2.tar.gz     # the PyPI source package of LAC 2.1.2, models included
    cargo build --release --example extract
    python3 scripts/lac_baseline.py LAC-2.1.2/LAC/lac_model [--shared ../shared]

Prints person P/R/F1 (exact character spans, as ../shared/eval/score.py
scores entities; its own count, which may differ from score.py's in the
third decimal) for LAC's PER spans, renshi's persons, their union and
their intersection. Needs numpy; takes about half a minute. Nothing of LAC
is shipped with the crate.
"""
import argparse
import json
import math
import os
import re
import struct
import subprocess

import numpy as np


def load_tensor(path):
    """A Paddle LoDTensor file: version, LoD, tensor version, TensorDesc, data."""
    b = open(path, "rb").read()
    p = 4
    (lod_levels,) = struct.unpack("<Q", b[p:p + 8])
    p += 8
    for _ in range(lod_levels):
        (n,) = struct.unpack("<Q", b[p:p + 8])
        p += 8 + n
    p += 4
    (desc_len,) = struct.unpack("<i", b[p:p + 4])
    p += 4
    desc, p = b[p:p + desc_len], p + desc_len
    dims, i = [], 0
    while i < len(desc):
        key = desc[i]
        i += 1
        value = shift = 0
        while True:
            c = desc[i]
            i += 1
            value |= (c & 0x7F) << shift
            shift += 7
            if c < 0x80:
                break
        if key >> 3 == 2:
            dims.append(value)
    return np.frombuffer(b[p:], dtype="<f4").reshape(dims)


def read_dict(path, reverse):
    out = {}
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 2:
            k, v = (fields[1], fields[0]) if reverse else fields
            out[k] = v
    return out


class Lac:
    def __init__(self, model):
        weights = os.path.join(model, "model")
        self.w = {n: load_tensor(os.path.join(weights, n)) for n in os.listdir(weights) if n != "__model__"}
        conf = os.path.join(model, "conf")
        self.word2id = {k: int(v) for k, v in read_dict(os.path.join(conf, "word.dic"), True).items()}
        self.oov = self.word2id["OOV"]
        self.q2b = read_dict(os.path.join(conf, "q2b.dic"), False)
        self.tags = {int(k): v for k, v in read_dict(os.path.join(conf, "tag.dic"), False).items()}
        self.seg, total = {}, 0
        for line in open(os.path.join(conf, "small_seg.dic"), encoding="utf-8"):
            word, count = line.split()
            total += int(count)
            self.seg[word] = len(word)
            for i in range(1, len(word)):
                self.seg.setdefault(word[:i], None)
        self.log_total = math.log(total)

    def cut(self, text):
        """LAC's fast_cut: a DAG over small_seg.dic, fewest words first."""
        n = len(text)
        dag = {i: [i] for i in range(n)}
        for h in range(n):
            e = h + 1
            while e <= n and text[h:e] in self.seg:
                if self.seg[text[h:e]]:
                    dag[h].append(e - 1)
                e += 1
        route = {n: (0, 0)}
        for i in range(n - 1, -1, -1):
            route[i] = max((math.log(self.seg.get(text[i:j + 1]) or 1) - self.log_total + route[j + 1][0], j)
                           for j in dag[i])
        i, buf, out = 0, "", []
        while i < n:
            e = route[i][1] + 1
            w = text[i:e]
            if re.match("[a-zA-Z0-9]", w) and len(w) == 1:
                buf += w
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(w)
            i = e
        if buf:
            out.append(buf)
        return out

    def gru(self, x, w, b, reverse):
        h_size = w.shape[0]
        flat = w.reshape(-1)
        gates, state = flat[:2 * h_size * h_size].reshape(h_size, 2 * h_size), flat[2 * h_size * h_size:].reshape(h_size, h_size)
        h = np.zeros(h_size, dtype=np.float32)
        out = np.zeros((x.shape[0], h_size), dtype=np.float32)
        for t in (range(x.shape[0] - 1, -1, -1) if reverse else range(x.shape[0])):
            g = x[t, :2 * h_size] + h @ gates + b[0, :2 * h_size]
            u, r = 1 / (1 + np.exp(-g[:h_size])), 1 / (1 + np.exp(-g[h_size:]))
            c = np.tanh(x[t, 2 * h_size:] + (r * h) @ state + b[0, 2 * h_size:])
            h = (1 - u) * h + u * c
            out[t] = h
        return out

    def layer(self, x, k):
        w = self.w
        fwd = self.gru(x @ w[f"fc_{2 * k}.w_0"] + w[f"fc_{2 * k}.b_0"], w[f"gru_{2 * k}.w_0"], w[f"gru_{2 * k}.b_0"], False)
        bwd = self.gru(x @ w[f"fc_{2 * k + 1}.w_0"] + w[f"fc_{2 * k + 1}.b_0"], w[f"gru_{2 * k + 1}.w_0"], w[f"gru_{2 * k + 1}.b_0"], True)
        return np.concatenate([fwd, bwd], axis=1)

    def viterbi(self, emission):
        crf = self.w["crfw"]
        start, end, trans = crf[0], crf[1], crf[2:]
        alpha, back = start + emission[0], []
        for t in range(1, emission.shape[0]):
            s = alpha[:, None] + trans
            back.append(s.argmax(0))
            alpha = s.max(0) + emission[t]
        best = [int((alpha + end).argmax())]
        for b in reversed(back):
            best.append(int(b[best[-1]]))
        return best[::-1]

    def persons(self, text):
        """Character spans LAC tags PER."""
        if not text:
            return set()
        ids, lengths = [], []
        for word in self.cut(text):
            if word in self.word2id:
                ids.append(self.word2id.get(self.q2b.get(word, word), self.oov))
                lengths.append(len(word))
            else:
                for c in word:
                    ids.append(self.word2id.get(self.q2b.get(c, c), self.oov))
                    lengths.append(1)
        h = self.layer(self.layer(self.w["word_emb"][ids], 0), 1)
        tags = []
        for tag, n in zip((self.tags[i] for i in self.viterbi(h @ self.w["fc_4.w_0"] + self.w["fc_4.b_0"])), lengths):
            tags += [tag] + [tag[:-2] + "-I"] * (n - 1)
        spans, out = [], set()
        for i, tag in enumerate(tags):
            if not spans or tag.endswith("-B"):
                spans.append([i, i + 1, tag[:-2]])
            else:
                spans[-1][1:] = [i + 1, tag[:-2]]
        return {(s, e) for s, e, label in spans if label == "PER"}


def f1(tp, fp, fn):
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("model", help="the lac_model folder of the LAC sdist")
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "examples", "extract"))
    args = ap.parse_args()
    gold_path = os.path.join(args.shared, "data", "ner", "cluener_train.jsonl")
    inputs = subprocess.run(["python3", os.path.join(args.shared, "eval", "score.py"), "inputs", gold_path],
                            check=True, capture_output=True, text=True).stdout
    output = subprocess.run([args.bin, "--jsonl"], input=inputs, check=True, capture_output=True, text=True).stdout
    renshi = {}
    for line in output.splitlines():
        r = json.loads(line)
        renshi[r["id"]] = r["entities"]
    lac = Lac(args.model)
    counts = {k: [0, 0, 0] for k in ("LAC", "renshi", "union", "intersection")}
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        text = g["text"]
        char_at, b = {}, 0
        for i, c in enumerate(text):
            char_at[b] = i
            b += len(c.encode())
        char_at[b] = len(text)
        gold = {(e["start"], e["end"]) for e in g["entities"] if e["kind"] == "person"}
        ours = {(char_at[e["start"]], char_at[e["end"]]) for e in renshi[g["id"]] if e["kind"] == "person"}
        theirs = lac.persons(text)
        for name, pred in (("LAC", theirs), ("renshi", ours), ("union", ours | theirs), ("intersection", ours & theirs)):
            c = counts[name]
            c[0] += len(gold & pred)
            c[1] += len(pred - gold)
            c[2] += len(gold - pred)
    for name, (tp, fp, fn) in counts.items():
        print(f"cluener.person  {name:<13} {f1(tp, fp, fn)}")


if __name__ == "__main__":
    main()
