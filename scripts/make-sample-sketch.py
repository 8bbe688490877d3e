#!/usr/bin/env python3
"""Draws resources/samples/sample-sketch.png: a rough pencil sketch of a house, a tree and the sun,
1024x768, black on white, the kind of drawing a designer drops into Reimagine Studio.

Only the standard library and ImageMagick's `convert` are needed: the strokes are generated as an
SVG of slightly wobbly polylines (seeded, so the output is reproducible) and rasterised to an
8-bit greyscale PNG.

    python3 scripts/make-sample-sketch.py [output.png]
"""

import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

WIDTH, HEIGHT = 1024, 768
rng = random.Random(20261123)
strokes = []  # (points, width, opacity)


def wobble(points, amount):
    """Adds a smooth, low-frequency sideways drift to a polyline, like a hand holding a pencil."""
    phases = [rng.uniform(0, math.tau) for _ in range(3)]
    freqs = [rng.uniform(0.5, 1.2), rng.uniform(1.5, 2.5), rng.uniform(3.0, 5.0)]
    weights = [1.0, 0.3, 0.06]
    out = []
    n = len(points)
    for i, (x, y) in enumerate(points):
        t = i / max(1, n - 1)
        if 0 < i < n - 1:
            px, py = points[i + 1]
            qx, qy = points[i - 1]
        elif i == 0:
            px, py = points[1]
            qx, qy = x, y
        else:
            px, py = x, y
            qx, qy = points[i - 1]
        dx, dy = px - qx, py - qy
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        off = amount * sum(w * math.sin(math.tau * f * t + p) for w, f, p in zip(weights, freqs, phases))
        out.append((x + nx * off, y + ny * off))
    return out


def line(x1, y1, x2, y2, passes=2, width=3.2, jitter=2.2, overshoot=8):
    """A straight pencil line, drawn `passes` times, each pass a little off and overshooting."""
    length = math.hypot(x2 - x1, y2 - y1)
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    for k in range(passes):
        a = rng.uniform(-overshoot * 0.3, overshoot)
        b = rng.uniform(-overshoot * 0.3, overshoot)
        sx, sy = x1 - ux * a + rng.gauss(0, 1.2), y1 - uy * a + rng.gauss(0, 1.2)
        ex, ey = x2 + ux * b + rng.gauss(0, 1.2), y2 + uy * b + rng.gauss(0, 1.2)
        n = max(4, int(length / 6))
        pts = [(sx + (ex - sx) * i / n, sy + (ey - sy) * i / n) for i in range(n + 1)]
        strokes.append((wobble(pts, jitter * 0.6 + length / 260), width * (1.0 if k == 0 else 0.7),
                        0.92 if k == 0 else 0.55))


def polyline(points, **kw):
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        line(x1, y1, x2, y2, **kw)


def circle(cx, cy, r, passes=2, width=3.0, start=None, sweep=None):
    """A loop that does not quite close, or closes past its start, as freehand circles do."""
    for k in range(passes):
        a0 = rng.uniform(0, math.tau) if start is None else start
        total = (math.tau + rng.uniform(-0.25, 0.45)) if sweep is None else sweep
        n = max(16, int(r * total / 5))
        rr = r * rng.uniform(0.96, 1.04)
        squash = rng.uniform(0.94, 1.06)
        pts = []
        for i in range(n + 1):
            a = a0 + total * i / n
            drift = 1 + 0.04 * math.sin(3 * a + k)
            pts.append((cx + rr * drift * math.cos(a), cy + rr * squash * drift * math.sin(a)))
        strokes.append((wobble(pts, 1.2), width * (1.0 if k == 0 else 0.7), 0.9 if k == 0 else 0.5))


def crown(cx, cy, rx, ry, bumps):
    """The scalloped outline of a tree crown: a closed loop of outward bumps."""
    for k in range(2):
        a0 = rng.uniform(0, math.tau)
        n = 240
        pts = []
        for i in range(n + 8):
            a = a0 + math.tau * i / n
            bump = abs(math.sin(bumps * (a - a0) / 2))
            r = 0.86 + 0.14 * bump ** 0.5
            pts.append((cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)))
        strokes.append((wobble(pts, 1.5), 3.0 if k == 0 else 2.0, 0.9 if k == 0 else 0.45))


def hatch(x1, y1, x2, y2, count, dx, dy, width=2.0):
    """Short parallel hatching strokes spread between two points."""
    for i in range(count):
        t = (i + 0.5) / count
        x, y = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        line(x, y, x + dx, y + dy, passes=1, width=width, jitter=0.8, overshoot=3)


def draw_scene():
    # ground
    polyline([(40, 600), (300, 596), (620, 602), (990, 594)], passes=2, jitter=3)
    # house body
    polyline([(300, 600), (300, 390), (620, 390), (620, 600)])
    # roof, ridge and chimney
    polyline([(270, 398), (460, 232), (650, 398)])
    polyline([(548, 315), (548, 248), (590, 248), (590, 350)], passes=1)
    hatch(300, 380, 450, 250, 9, 26, 14)
    # door with knob and the path to it
    polyline([(430, 600), (430, 492), (500, 492), (500, 600)])
    circle(487, 548, 4, passes=1, width=2.5)
    polyline([(430, 602), (400, 650), (350, 720)], passes=1)
    polyline([(500, 602), (540, 660), (600, 724)], passes=1)
    # windows with crosses and a sill
    for x in (335, 535):
        polyline([(x, 430), (x + 65, 430), (x + 65, 490), (x, 490), (x, 430)], passes=1)
        line(x + 32, 432, x + 32, 488, passes=1, width=2.2)
        line(x + 2, 460, x + 63, 460, passes=1, width=2.2)
        line(x - 8, 498, x + 73, 498, passes=1, width=2.6)
    # tree: trunk, a few branches and a cloudy crown
    polyline([(770, 600), (774, 540), (766, 488)])
    polyline([(806, 600), (800, 540), (808, 490)])
    line(786, 535, 758, 500, passes=1, width=2.4)
    line(792, 520, 826, 494, passes=1, width=2.4)
    crown(790, 405, 100, 88, bumps=9)
    for cx, cy, r, a0 in [(760, 390, 30, 3.6), (820, 420, 26, 4.4), (790, 360, 22, 3.2)]:
        circle(cx, cy, r, passes=1, width=2.0, start=a0, sweep=1.6)
    # sun and rays
    circle(170, 150, 52, passes=2, width=3.2)
    for i in range(10):
        a = math.tau * i / 10 + 0.2
        line(170 + 70 * math.cos(a), 150 + 70 * math.sin(a),
             170 + 104 * math.cos(a), 150 + 104 * math.sin(a), passes=1, width=2.6, jitter=1)
    # two birds and some grass
    for bx, by in ((600, 120), (660, 150)):
        polyline([(bx - 22, by), (bx - 8, by - 10), (bx, by + 2), (bx + 10, by - 10), (bx + 24, by)],
                 passes=1, width=2.4, jitter=0.6, overshoot=2)
    for gx in (90, 130, 660, 700, 900, 940):
        for d in (-8, 0, 9):
            line(gx, 600, gx + d + rng.uniform(-3, 3), 600 - rng.uniform(14, 24),
                 passes=1, width=2.0, jitter=0.5, overshoot=1)


def to_svg():
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff" stroke="none"/>']
    for pts, width, opacity in strokes:
        d = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(f'<polyline points="{d}" fill="none" stroke="#1b1b1b" stroke-width="{width:.2f}" '
                     f'stroke-opacity="{opacity:.2f}" stroke-linecap="round" stroke-linejoin="round"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "resources", "samples", "sample-sketch.png")
    draw_scene()
    convert = "/usr/bin/convert" if os.path.exists("/usr/bin/convert") else shutil.which("convert")
    if not convert:
        sys.exit("make-sample-sketch: ImageMagick's convert is needed")
    with tempfile.TemporaryDirectory() as tmp:
        svg = os.path.join(tmp, "sketch.svg")
        with open(svg, "w", encoding="utf-8") as f:
            f.write(to_svg())
        os.makedirs(os.path.dirname(out), exist_ok=True)
        subprocess.run([convert, "-background", "white", "-density", "96", svg,
                        "-flatten", "-colorspace", "Gray", "-depth", "8", "-strip",
                        "PNG:" + out], check=True)
    print(f"wrote {out} ({os.path.getsize(out)} bytes)")


if __name__ == "__main__":
    main()
