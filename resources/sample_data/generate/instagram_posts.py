"""Atelier Lumen's Instagram posts export (Meta Business Suite) for September 2026 (seeded, deterministic).

Story: ~30 posts, reach ~2,500 each, engagement (likes + comments + shares + saves) ~3% of reach, no link
clicks; evening and weekend posts do better, so the timing heatmap shows a pattern.
Run: python resources/sample_data/generate/instagram_posts.py
"""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta

from meta_csv import report, write

SEED = 20260902
ACCOUNT_ID = "17841400000000001"
HEADER = [
    "Post ID",
    "Account ID",
    "Account username",
    "Account name",
    "Description",
    "Duration (sec)",
    "Publish time",
    "Permalink",
    "Post type",
    "Data comment",
    "Date",
    "Views",
    "Reach",
    "Likes",
    "Shares",
    "Follows",
    "Comments",
    "Saves",
]
CAPTIONS = [
    "Rituel du soir : une bougie, un livre, un plaid. #bougie #hygge",
    "Nos 4 parfums d'automne 🍂 lequel est le vôtre ?",
    "On coule 200 bougies en 30 secondes ⏱️",
    "Atelier ouvert samedi ✨\nVenez sentir la collection.",
    "-15 % avec le code INSTA15 jusqu'à dimanche 🕯️",
    "Figue & Cèdre, notre best-seller revient en édition limitée.",
    "Cire de soja, mèche en coton, parfum de Grasse. C'est tout.",
    "Dans les coulisses : l'étiquetage à la main ✍️",
    "Votre coin lecture mérite une bougie. #cosy #déco",
    "Coffret Automne : trois bougies, trois ambiances 🍁",
    "Astuce : la première combustion doit durer 2 heures.",
    "Merci pour vos photos ! On repartage nos préférées 💛",
    "Nouveau : bougie « Pluie d'octobre » (précommande)",
    "Le verre de nos bougies se recycle en pot à crayons ✏️",
    "Dernier jour pour le code INSTA15 !",
]
#: (weekday 0=Mon, hour, minute) slots the shop posts at, with how much better they do.
SLOTS = [
    ((0, 1, 2, 3, 4), 12, 30, 1.0),
    ((0, 2, 3), 18, 45, 1.2),
    ((1, 3, 4), 20, 15, 1.3),
    ((5, 6), 10, 0, 1.1),
    ((5, 6), 17, 30, 1.15),
    ((0, 2, 4), 7, 45, 0.8),
]
TYPES = [("IG image", 1.0, 0.5), ("IG carousel", 1.15, 0.25), ("IG reel", 1.6, 0.25)]


def schedule(rng: random.Random, count: int) -> list[tuple[datetime, float]]:
    posts = []
    for day in range(30):
        when = datetime(2026, 9, 1) + timedelta(days=day)
        slots = [s for s in SLOTS if when.weekday() in s[0]]
        for _weekdays, hour, minute, lift in rng.sample(slots, k=min(len(slots), 2)):
            posts.append((when.replace(hour=hour, minute=minute + rng.randrange(0, 10)), lift))
    return sorted(rng.sample(posts, count))


def post(rng: random.Random, index: int, when: datetime, lift: float) -> list[object]:
    kind, reach_lift, _ = rng.choices(TYPES, weights=[t[2] for t in TYPES])[0]
    reach = round(1850 * reach_lift * lift * rng.lognormvariate(0, 0.22))
    rate = 0.028 * lift * rng.uniform(0.8, 1.2)
    likes = round(reach * rate * 0.72)
    comments, shares = round(reach * rate * 0.09), round(reach * rate * 0.07)
    saves = round(reach * rate * 0.12)
    code = "".join(rng.choices(string.ascii_letters + string.digits, k=11))
    path = "reel" if kind == "IG reel" else "p"
    return [
        f"180234567890{index:05d}",
        ACCOUNT_ID,
        "atelierlumen",
        "Atelier Lumen",
        CAPTIONS[index % len(CAPTIONS)],
        rng.randrange(12, 45) if kind == "IG reel" else "",
        when.strftime("%m/%d/%Y %H:%M"),
        f"https://www.instagram.com/{path}/{code}/",
        kind,
        "",
        "Lifetime",
        round(reach * rng.uniform(1.3, 1.7)),
        reach,
        likes,
        shares,
        round(reach * rng.uniform(0.0, 0.002)),
        comments,
        saves,
    ]


def main() -> None:
    rng = random.Random(SEED)
    rows = [post(rng, i, when, lift) for i, (when, lift) in enumerate(schedule(rng, 30))]
    path = write("instagram_posts_sept_2026.csv", HEADER, rows)
    reach = sum(r[12] for r in rows)
    engaged = sum(r[13] + r[14] + r[16] + r[17] for r in rows)
    report(
        f"{path.name}: {len(rows)} posts, mean reach {reach / len(rows):.0f}, engagement {engaged / reach:.2%}"
    )


if __name__ == "__main__":
    main()
