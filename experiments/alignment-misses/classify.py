# Classes the false exclusives listed by FalseExclusives26 (X: the sentence, P: its best annotated partner).
import re, sys
NUM = re.compile(r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b", re.I)
def nums(t): return {m.group(0).lower().rstrip('.,') for m in NUM.finditer(t)}
lines = open(sys.argv[1]).read().split('\n')
counts = {}
i = 0
while i < len(lines):
    m = re.match(r'(\S+) (\S+)\s+s=([\d.]+) p=([\d.]+) partners=(\d+)', lines[i])
    if not m: i += 1; continue
    cls = m.group(2); x = lines[i+1][6:]; p = lines[i+2][6:]
    xt = x.split(': ', 1)[1] if ': ' in x else x
    pt = p.split(': ', 1)[1] if ': ' in p else p
    if cls == 'notAnnotated': c = 'furniture or unannotated line'
    else:
        nx, np_ = nums(xt), nums(pt)
        if nx & np_: c = 'shares a figure with its partner'
        elif nx and np_: c = 'different figures for one fact'
        elif 'partnerAlignedElsewhere' in cls: c = 'many-to-one (partner aligned with another sentence)'
        else: c = 'paraphrase, partner unaligned'
        c += ' | ' + ('model >= threshold, lost in grouping' if cls.startswith('p>=t') else 'model 0.2-threshold' if cls.startswith('p0.2') else 'model < 0.2 or no shared term')
    counts[c] = counts.get(c, 0) + 1
    i += 3
for k, v in sorted(counts.items(), key=lambda kv: -kv[1]): print(f'{v:3d}  {k}')
print('total', sum(counts.values()))
