"""Atelier Lumen's Facebook Page posts export (Meta Business Suite) for September 2026 (seeded).

Story: ~20 posts, reach ~800 each, link clicks ~0.4% of reach, `Reactions, Comments and Shares` ~3%.
Run: python resources/sample_data/generate/facebook_posts.py
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from meta_csv import report, write

SEED = 20260903
PAGE_ID = "104987654321098"
HEADER = [
    "Post ID",
    "Page ID",
    "Page name",
    "Title",
    "Description",
    "Duration (sec)",
    "Publish time",
    "Caption type",
    "Permalink",
    "Post type",
    "Languages",
    "Custom labels",
    "Funded content status",
    "Data comment",
    "Date",
    "Views",
    "Reach",
    "Reactions, Comments and Shares",
    "Reactions",
    "Comments",
    "Shares",
    "Total clicks",
    "Link clicks",
    "Other Clicks",
    "Seconds viewed",
    "Average Seconds viewed",
    "Estimated earnings (USD)",
    "3-Second Video Views",
    "1-Minute Video Views",
    "Negative feedback from users: Hide all",
]
POSTS = [  # title, caption, type
    ("", "Nouvelle bougie « Figue & Cèdre » 🕯️ coulée à la main dans notre atelier de Lyon.", "Photos"),
    ("Dans l'atelier : on coule la cire", "Les coulisses d'une fournée de 200 bougies 🎥", "Reels"),
    ("", "Comment faire durer votre bougie plus longtemps ? 5 conseils sur le blog 👉", "Links"),
    ("", "𝐍𝐨𝐮𝐯𝐞𝐚𝐮𝐭𝐞́ : le coffret Automne\nTrois bougies, trois ambiances.", "Photos"),
    ("Visite de l'atelier", "Une journée à l'atelier, de la cire au carton d'expédition.", "Videos"),
    ("", "Marché de créateurs ce dimanche à la Croix-Rousse : venez nous voir !", "Photos"),
    ("", "Pourquoi nous choisissons la cire de soja (et pas la paraffine) : l'article", "Links"),
    ("", "Les précommandes de « Pluie d'octobre » sont ouvertes 🍂", "Photos"),
]
HOURS = [(8, 15, 0.85), (12, 30, 1.0), (18, 30, 1.2), (20, 0, 1.3)]


def post(rng: random.Random, index: int, when: datetime, lift: float) -> list[object]:
    title, caption, kind = POSTS[index % len(POSTS)]
    reach = round(640 * lift * rng.lognormvariate(0, 0.25) * (1.3 if kind == "Reels" else 1.0))
    reactions, comments = (
        round(reach * 0.024 * lift * rng.uniform(0.7, 1.3)),
        round(reach * rng.uniform(0.002, 0.006)),
    )
    shares = round(reach * rng.uniform(0.001, 0.004))
    link = round(reach * (0.008 if kind == "Links" else 0.0025) * rng.uniform(0.6, 1.4))
    other = round(reach * rng.uniform(0.004, 0.009))
    video = kind in ("Reels", "Videos")
    post_id = f"{PAGE_ID}_{1051 + index}98765432"
    return [
        post_id,
        PAGE_ID,
        "Atelier Lumen",
        title,
        caption,
        rng.randrange(20, 120) if video else "",
        when.strftime("%m/%d/%Y %H:%M"),
        "",
        f"https://www.facebook.com/{PAGE_ID}/posts/{1051 + index}98765432",
        kind,
        "fr",
        "",
        "",
        "",
        "Lifetime",
        round(reach * rng.uniform(1.35, 1.7)),
        reach,
        reactions + comments + shares,
        reactions,
        comments,
        shares,
        link + other,
        link,
        other,
        rng.randrange(800, 2500) if video else "",
        round(rng.uniform(5, 12), 1) if video else "",
        "",
        round(reach * 0.4) if video else "",
        round(reach * 0.04) if video else "",
        rng.randrange(0, 2),
    ]


def main() -> None:
    rng = random.Random(SEED)
    days = sorted(rng.sample(range(30), 20))
    rows = []
    for index, day in enumerate(days):
        hour, minute, lift = rng.choice(HOURS)
        lift *= 1.1 if (datetime(2026, 9, 1) + timedelta(days=day)).weekday() >= 5 else 1.0
        when = datetime(2026, 9, 1 + day, hour, minute + rng.randrange(0, 10))
        rows.append(post(rng, index, when, lift))
    path = write("facebook_posts_sept_2026.csv", HEADER, rows)
    reach = sum(r[16] for r in rows)
    report(
        f"{path.name}: {len(rows)} posts, mean reach {reach / len(rows):.0f}, "
        f"link clicks {sum(r[22] for r in rows) / reach:.2%}, engagement {sum(r[17] for r in rows) / reach:.2%}"
    )


if __name__ == "__main__":
    main()
