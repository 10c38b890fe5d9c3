#!/usr/bin/env python3
"""Summarises Embeddings25Kept's lines (docs/alignment.md, "Sentence embeddings").

usage: summarise_kept.py emb25-kept-bge.tsv [emb25-kept-minilm.tsv ...] [emb25-feature.tsv]

Lines of Embeddings25Feature (feature/) count when their model is renamed NAME-feature:
  sed 's/\tbge\t0.00/\tbge-feature\t0.00/' emb25-feature-bge.tsv

Per model and lexical share (1.00: today's lexical model, retrained the same way): leave-one-set-
out pair F1 / exclusive precision over the 22 real and 4 written open sets, then the model trained
on all 26 on the clusters (none trained on); pooled: mean pair F1 over the 22 real sets
(leave-one-set-out) and the ten clusters. "share chosen in fold" picks, for each held-out set,
the share whose fold model scored best on its own 25 sets.
"""
import sys
from collections import defaultdict

rows = defaultdict(dict)  # (kind, model, share) -> set -> (group, f1, excl, foldF1, t)
for path in sys.argv[1:]:
    for line in open(path):
        kind, model, share, t, name, group, f1, excl, fold = line.rstrip("\n").split("\t")
        model = "lexical" if float(share) == 1.0 else model
        rows[(kind, model, float(share))][name] = (group, float(f1), float(excl), float(fold), float(t))


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def cell(table, group):
    vals = [v for v in table.values() if v[0] == group]
    return "%.3f / %.3f" % (mean(v[1] for v in vals), mean(v[2] for v in vals)) if vals else ""


print("| pair decision trained on the blended score | LOSO 22 real F1 / excl P | LOSO 4 written | in sample 26: threshold, mean F1 | 7 trainable clusters | 3 held-out clusters | pooled F1 |")
print("| --- | --- | --- | --- | --- | --- | --- |")
keys = sorted({(k[1], k[2]) for k in rows}, key=lambda k: (k[0] != "lexical", k[0], -k[1]))
for model, share in keys:
    loso = rows.get(("loso", model, share), {})
    whole = rows.get(("whole", model, share), {})
    if len(loso) < 26:
        print("<!-- %s %.2f incomplete: %d folds -->" % (model, share, len(loso)))
        continue
    opens = [v for v in whole.values() if v[0] in ("real", "written")]
    insample = "%.1f, %.3f" % (opens[0][4], mean(v[1] for v in opens)) if opens else ""
    if model == "lexical":
        label = "lexical (today's features)"
    elif model.endswith("-feature"):
        label = "%s as one more feature" % model[: -len("-feature")]
    else:
        label = "%s, %.1f lexical" % (model, share)
    pooled = [v[1] for v in loso.values() if v[0] == "real"] + [
        v[1] for v in whole.values() if v[0] in ("trainable", "heldout")]
    print("| %s | %s | %s | %s | %s | %s | %.3f |" % (label, cell(loso, "real"), cell(loso, "written"),
          insample, cell(whole, "trainable"), cell(whole, "heldout"), mean(pooled)))

for model in sorted({k[1] for k in rows if k[1] != "lexical"}):
    shares = [k[2] for k in rows if k[0] == "loso" and k[1] == model and len(rows[k]) == 26]
    if len(shares) < 2:
        continue
    picked = {}
    for name in rows[("loso", model, shares[0])]:
        best = max(sorted(shares), key=lambda s: rows[("loso", model, s)][name][3])
        picked[name] = rows[("loso", model, best)][name]
    print("| %s, share chosen in fold among %s | %s | %s | | | | |" % (
        model, ", ".join("%.1f" % s for s in sorted(shares)), cell(picked, "real"), cell(picked, "written")))

print()
print("Per set (LOSO for the open sets, trained on 26 for the clusters), pair F1:")
cols = [k for k in keys if len(rows.get(("loso",) + k, {})) == 26]
print("| set | group | " + " | ".join("%s %.1f" % c for c in cols) + " |")
print("| --- | --- | " + " | ".join("---" for _ in cols) + " |")
first = rows[("loso",) + cols[0]]
names = sorted(first, key=lambda n: (first[n][0] != "real", n))
for n in names:
    print("| %s | %s | %s |" % (n, first[n][0], " | ".join("%.3f" % rows[("loso",) + c][n][1] for c in cols)))
whole0 = rows[("whole",) + cols[0]]
for n in sorted((n for n in whole0 if whole0[n][0] in ("trainable", "heldout")), key=lambda n: (whole0[n][0], n)):
    print("| %s | %s | %s |" % (n, whole0[n][0], " | ".join("%.3f" % rows[("whole",) + c][n][1] for c in cols)))
