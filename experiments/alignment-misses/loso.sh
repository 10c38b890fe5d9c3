#!/bin/bash
# For each fold set: fit LR on the other sets, run grid over all sets, write per-set F1.
cd "$(dirname "$0")/../.."
CP=experiments/alignment-misses/out:cli/target/newsdiff.jar
fold=$1
coef=$(python3 experiments/alignment-misses/fitfold.py "$fold")
for a in 0.6 0.7 0.8; do for th in 0.25 0.3 0.35; do
  java -Dall=true -Dalpha=$a -Dth=$th -Dlogit=$coef -cp $CP dev.newsdiff.internal.align.Sweep samples | awk -v f=$fold -v a=$a -v t=$th '/pairs/{split($0,x," "); print f, a, t, $1, substr($0,index($0,"F1")+3,5), substr($0,index($0,"excl P")+7,5), substr($0,index($0,"excl P")+16,5)}'
done; done
echo "COEF $fold $coef"
