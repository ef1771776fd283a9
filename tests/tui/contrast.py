#!/usr/bin/env python3
"""contrast.py BACKGROUND FILE...: the contrast of every coloured cell of a
tmux capture-pane -e, against xterm's palette (WCAG 2 relative luminance).
BACKGROUND is dark (xterm's black: 4.5:1 needed), light (white: 4.5:1) or
unknown (3:1 against both).  Prints each failing cell's colour and text and
exits 1 when one fails; prints how many coloured cells it checked."""
import re
import sys

XTERM16 = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
           (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
           (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
LEVELS = [0, 95, 135, 175, 215, 255]


def rgb(i):
    if i < 16:
        return XTERM16[i]
    if i >= 232:
        v = 8 + 10 * (i - 232)
        return (v, v, v)
    i -= 16
    return (LEVELS[i // 36], LEVELS[i // 6 % 6], LEVELS[i % 6])


def lum(c):
    def ch(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])


def ratio(a, b):
    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def cells(text):
    """(fg index or None, bg index or None, reverse, char) for each printed char."""
    fg = bg = None
    bold = rev = False
    pos = 0
    for m in re.finditer(r'\x1b\[([0-9;:]*)m|([^\x1b\n])|\n', text):
        if m.group(2) is not None:
            f = fg + 8 if fg is not None and fg < 8 and bold else fg
            yield f, bg, rev, m.group(2)
            continue
        if m.group(1) is None:
            continue
        ps = [int(p) if p else 0 for p in re.split('[;:]', m.group(1))]
        k = 0
        while k < len(ps):
            p = ps[k]
            if p == 0:
                fg = bg = None
                bold = rev = False
            elif p == 1:
                bold = True
            elif p == 22:
                bold = False
            elif p == 7:
                rev = True
            elif p == 27:
                rev = False
            elif 30 <= p <= 37:
                fg = p - 30
            elif 90 <= p <= 97:
                fg = p - 90 + 8
            elif p == 39:
                fg = None
            elif 40 <= p <= 47:
                bg = p - 40
            elif p == 49:
                bg = None
            elif p in (38, 48) and k + 2 < len(ps) and ps[k + 1] == 5:
                if p == 38:
                    fg = ps[k + 2]
                else:
                    bg = ps[k + 2]
                k += 2
            k += 1


def main():
    mode, files = sys.argv[1], sys.argv[2:]
    need = 3.0 if mode == 'unknown' else 4.5
    grounds = {'dark': [(0, 0, 0)], 'light': [(255, 255, 255)],
               'unknown': [(0, 0, 0), (255, 255, 255)]}[mode]
    checked = failed = 0
    for f in files:
        for fg, bg, rev, c in cells(open(f, encoding='utf-8', errors='replace').read()):
            if fg is None or rev or c == ' ':
                continue
            checked += 1
            for g in ([rgb(bg)] if bg is not None else grounds):
                r = ratio(rgb(fg), g)
                if r < need:
                    failed += 1
                    if failed <= 10:
                        print(f'{f}: colour {fg} on {g}: {r:.2f}:1 < {need}:1 ({c!r})')
    print(f'{checked} coloured cells checked, {failed} below {need}:1')
    sys.exit(1 if failed or not checked else 0)


main()
