#!/usr/bin/env python3
"""Summarises Embeddings25's lines (docs/alignment.md, "Sentence embeddings").

usage: summarise.py emb25.tsv [emb25-kept-bge.tsv]

Per embedding model, the blend setting (lexical share, threshold) is chosen on the 26 open sets
(best mean pair F1) and, leave-one-set-out, on 25 of them to score the 26th. Groups: real (22 open
real sets), written (4), trainable and heldout (the real clusters). loso26.txt, the output of
experiments/alignment-misses Loso26, gives the shipped model's own leave-one-set-out figures.
"""
import re
import sys
from collections import defaultdict

GROUPS = ["real", "written", "trainable", "heldout"]
rows = defaultdict(dict)  # (kind, model, share, t) -> set -> (group, f1, excl)
for line in open(sys.argv[1]):
    kind, model, share, t, name, group, f1, excl = line.rstrip("\n").split("\t")
    rows[(kind, model, float(share), float(t))][name] = (group, float(f1), float(excl))

open_sets = sorted(n for n, v in next(iter(rows.values())).items() if v[0] in ("real", "written"))


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def by_group(setting, group, index):
    return mean(v[index] for v in rows[setting].values() if v[0] == group)


def open_mean(setting, names):
    return mean(rows[setting][n][1] for n in names)


def choose(settings, names):
    # best mean F1; ties to the first (lower share, lower threshold): deterministic
    return max(sorted(settings), key=lambda s: (round(open_mean(s, names), 9), -s[2], -s[3]))


def line(label, setting, loso=None):
    cells = [label]
    for g in GROUPS:
        cells.append("%.3f / %.3f" % (by_group(setting, g, 1), by_group(setting, g, 2)))
    if loso:
        cells += ["%.3f / %.3f" % loso[g] for g in ("real", "written")]
        clusters = [v[1] for v in rows[setting].values() if v[0] in ("trainable", "heldout")]
        cells.append("%.3f" % ((loso["real"][0] * 22 + sum(clusters)) / (22 + len(clusters))))
    else:
        cells += ["", "", ""]
    print("| " + " | ".join(cells) + " |")


def loso_of(settings):
    picked = {}
    for held in open_sets:
        picked[held] = choose(settings, [n for n in open_sets if n != held])
    out = {}
    for g in ("real", "written"):
        names = [n for n in open_sets if rows[picked[n]][n][0] == g]
        out[g] = (mean(rows[picked[n]][n][1] for n in names), mean(rows[picked[n]][n][2] for n in names))
    return out, picked


shipped = next(k for k in rows if k[0] == "shipped")
loso_shipped = None
if len(sys.argv) > 2:
    per = {}
    for l in open(sys.argv[2]):
        kind, _, share, _, name, group, f1, excl, _ = l.rstrip("\n").split("\t")
        if kind == "loso" and float(share) == 1.0:
            per[name] = (group, float(f1), float(excl))
    loso_shipped = {}
    for g in ("real", "written"):
        vals = [v for v in per.values() if v[0] == g]
        loso_shipped[g] = (mean(v[1] for v in vals), mean(v[2] for v in vals))

print("| similarity (setting chosen on the 26 open sets) | 22 real open sets F1 / excl P | 4 written | 7 trainable clusters | 3 held-out clusters | LOSO 22 real | LOSO 4 written | pooled F1 |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
line("lexical, learned decision (the default, as shipped)", shipped, loso_shipped)
rules = [k for k in rows if k[0] == "rules"]
best_rules = choose(rules, open_sets)
line("lexical, hand rules, t %.2f" % best_rules[3], best_rules, loso_of(rules)[0])
for model in sorted({k[1] for k in rows if k[0] == "blend"}):
    settings = [k for k in rows if k[0] == "blend" and k[1] == model]
    for share in sorted({k[2] for k in settings}):
        own = [k for k in settings if k[2] == share]
        best = choose(own, open_sets)
        line("%s, %.1f lexical, t %.2f" % (model, share, best[3]), best, loso_of(own)[0])
    best = choose(settings, open_sets)
    loso, picked = loso_of(settings)
    line("**%s, best blend: %.1f lexical, t %.2f**" % (model, best[2], best[3]), best, loso)
    print("<!-- %s LOSO picks: %s -->" % (model, sorted({(p[2], p[3]) for p in picked.values()})))
    for k in sorted(k for k in rows if k[0] == "kept" and k[1] == model):
        line("%s %.2f lexical as the learned decision's score (weights as shipped)" % (model, k[2]), k)

print()
print("Per set, pair F1 (shipped; best blend per model):")
best_per_model = {m: choose([k for k in rows if k[0] == "blend" and k[1] == m], open_sets)
                  for m in sorted({k[1] for k in rows if k[0] == "blend"})}
names = sorted(rows[shipped], key=lambda n: (GROUPS.index(rows[shipped][n][0]), n))
print("| set | group | shipped | " + " | ".join(best_per_model) + " |")
print("| --- | --- | --- | " + " | ".join("---" for _ in best_per_model) + " |")
for n in names:
    print("| %s | %s | %.3f | %s |" % (n, rows[shipped][n][0], rows[shipped][n][1],
          " | ".join("%.3f" % rows[s][n][1] for s in best_per_model.values())))
