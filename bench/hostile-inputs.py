#!/usr/bin/env python3
"""Writes the large hostile inputs that docs/robustness.md times newsdiff on.

    bench/hostile-inputs.py OUT_DIR

Run from the repository root (it reads samples/). The files are big (about 110 MB in all), so
they are generated, never committed. Every file is the same on every run (fixed seed).
"""
import pathlib
import random
import sys

MB = 1 << 20
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-inputs")
out.mkdir(parents=True, exist_ok=True)
rng = random.Random(15015)
samples = sorted(pathlib.Path("samples").glob("*/*.txt"))
prose = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in samples)
words = prose.split()


def fill(unit, size):
    """unit() called until size bytes of UTF-8 are written."""
    parts, n = [], 0
    while n < size:
        piece = unit()
        parts.append(piece)
        n += len(piece.encode("utf-8"))
    return "".join(parts)


def write(name, text):
    (out / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len((out / name).read_bytes()):,} bytes")


def varied_sentence():
    """A sentence of 6-30 sample words, a few of them swapped for numbers or changed."""
    start = rng.randrange(len(words) - 30)
    ws = words[start : start + rng.randint(6, 30)]
    ws = [str(rng.randint(2, 9999)) if rng.random() < 0.05 else w for w in ws]
    return ws[0].capitalize() + " " + " ".join(ws[1:]).rstrip(".") + ". "


# Whole articles on one line: the samples joined, repeated.
write("one-line-20mb.txt", fill(lambda: prose + " ", 20 * MB))
# Tens of thousands of short sentences (compare the file with a copy of itself).
short = [f"Officials in {rng.choice(words)} said {rng.randint(2, 99999)} people {rng.choice(words)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."
         for _ in range(25_000)]
write("short-sentences-25k.txt", "\n".join(short) + "\n")

# 1 MB articles of one kind of hostile text each.
write("prose-1mb.txt", fill(lambda: "".join(varied_sentence() for _ in range(5)) + "\n\n", MB))
write("one-paragraph-1mb.txt", fill(varied_sentence, MB))
write("tiny-lines-1mb.txt", fill(lambda: rng.choice(words) + "\n", MB))
write("punctuation-1mb.txt", fill(lambda: varied_sentence() + rng.choice(".,;:!?-—…\"“”'’()*") * rng.randint(1, 2000) + " ", MB))
write("punctuation-run-1mb.txt", "The minister spoke. " + "." * MB + " Nothing else happened.\n")
write("dashes-spaces-1mb.txt", fill(lambda: varied_sentence() + " " * rng.randint(1, 500) + "- " * rng.randint(1, 500), MB))
write("digits-1mb.txt", fill(lambda: varied_sentence() + "".join(rng.choice("0123456789,.") for _ in range(rng.randint(1, 3000))) + " ", MB))
arabic = "قال وزير الدفاع إن القوات المسلحة التركية مستعدة للمساهمة في مهمة السلام. وأضاف أن المحادثات مع اليابان شملت التعاون في الصناعات الدفاعية. "
hebrew = "שר ההגנה אמר כי הכוחות מוכנים לתרום למשימת השלום. הוא הוסיף כי השיחות עם יפן כללו שיתוף פעולה בתעשיות הביטחוניות. "
write("arabic-1mb.txt", fill(lambda: arabic + ("\n" if rng.random() < 0.1 else ""), MB))
write("hebrew-1mb.txt", fill(lambda: hebrew + ("\n" if rng.random() < 0.1 else ""), MB))
write("rtl-mixed-1mb.txt", fill(lambda: varied_sentence() + "\u202e" + arabic + "\u2067" + hebrew + " " + varied_sentence(), MB))
write("combining-1mb.txt", fill(lambda: "".join(w + "\u0301" * rng.randint(0, 40) + " " for w in varied_sentence().split()) + "\n", MB))
write("combining-run-1mb.txt", "The minister spoke. Türkiye e" + "\u0301" * (MB // 2 - 40) + " is ready.\n")
write("letters-run-1mb.txt", "The minister spoke. " + "a" * MB + " is ready.\n")
write("capitals-1mb.txt", fill(lambda: " ".join(w.upper() if rng.random() < 0.5 else w.capitalize() for w in varied_sentence().split()) + " ", MB))
write("quotes-1mb.txt", fill(lambda: "“" + varied_sentence() + "” said " + rng.choice(words).capitalize() + ". ", MB))

# HTML pages.
paragraph = lambda: "<p>" + varied_sentence() + "</p>"
write("html-50mb.html", "<html><body><article>" + fill(lambda: "<div class='c'>" + paragraph() * 5 + "</div>\n", 50 * MB) + "</article></body></html>")
write("html-siblings-200k.html", "<html><body><article>" + "".join(f"<p>Paragraph {i} says {rng.choice(words)}.</p>" for i in range(200_000)) + "</article></body></html>")
write("html-nested-div-100k.html", "<html><body>" + "<div>" * 100_000 + "<p>" + varied_sentence() + "</p>" + "</div>" * 100_000 + "</body></html>")
write("html-nested-li-10k.html", "<html><body>" + "<ul><li>" * 10_000 + varied_sentence() + "</li></ul>" * 10_000 + "</body></html>")
