"""Atelier Lumen's email exports for September 2026: Mailchimp campaign list and Klaviyo flows (seeded).

Story: 12 Mailchimp newsletters (the send days and `NL…` codes of store_sales.py), ~18,000 delivered each,
unique click rate ~2.5-3.5% (mornings on Tuesday/Thursday best, late evenings worst), ~0.2-0.3% of delivered
emails ordering as Mailchimp counts it (more generous than the store's code-based view). Klaviyo runs the
automations: welcome (the `WELCOME10` code), abandoned cart, post-purchase and browse abandonment, exported
with Klaviyo's fraction rates.
Run: python resources/sample_data/generate/email_exports.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
SEED = 20260902
AUDIENCE = "Atelier Lumen – Newsletter"
MAILCHIMP_HEADER = (
    'Title,Subject,Audience,"Send Date","Send Weekday","Total Recipients","Successful Deliveries",'
    '"Soft Bounces","Hard Bounces","Total Bounces","Times Forwarded","Forwarded Opens","Unique Opens",'
    '"Open Rate","Total Opens","Unique Clicks","Click Rate","Total Clicks",Unsubscribes,"Abuse Complaints",'
    '"Times Liked on Facebook","Folder Id","Unique Id","Total Orders","Total Gross Sales","Total Revenue",'
    '"Analytics ROI","Campaign Cost","Revenue Created",Visits,"New Visits",Pages/Visit,"Bounce Rate",'
    '"Time on Site","Goal Conversion Rate","Per Visit Goal Value",Transactions,"Ecommerce Conversion Rate",'
    '"Per Visit Value","Average Value"'
)
#: day of September, hour, minute, title, subject (codes as in store_sales.NEWSLETTERS)
NEWSLETTERS = [
    (1, 7, 45, "Rentrée : -10 % avec NLRENTREE", "La rentrée sent bon la cire d'abeille 🍂"),
    (3, 10, 0, "Nouveauté Figue & Cèdre (NLFIGUE)", "Figue & Cèdre : notre nouvelle bougie est là"),
    (8, 9, 30, "Dans l'atelier – coulage à la main (NLATELIER)", "Comment naît une bougie Atelier Lumen"),
    (10, 8, 15, "Ambre & Vétiver de retour (NLAMBRE)", "Elle est revenue : Ambre & Vétiver"),
    (15, 12, 30, "Automne : la sélection (NLAUTOMNE)", "Nos 5 bougies pour les soirées d'automne"),
    (17, 7, 30, "Coffret Trio d'automne (NLCOFFRET)", "Le coffret qui fait plaisir (à offrir ou pas)"),
    (19, 18, 0, "Week-end cocooning (NLWEEKEND)", "Ce week-end, on allume tout"),
    (22, 9, 0, "Cèdre & Tabac – édition limitée (NLCEDRE)", "Édition limitée : Cèdre & Tabac"),
    (24, 20, 45, "Diffuseur Pluie d'été (NLDIFFUSEUR)", "Et si vous essayiez le diffuseur ?"),
    (26, 11, 0, "Samedi à l'atelier (NLSAMEDI)", "Portes ouvertes samedi, on vous attend"),
    (29, 8, 0, "Lin blanc XL (NLLIN)", "La grande bougie Lin blanc revient"),
    (30, 19, 30, "Dernier jour -10 % (NLDERNIERJOUR)", "Dernier jour pour votre code -10 %"),
]


def click_rate(rng: random.Random, when: datetime) -> float:
    """2.5-3.5%: best on Tuesday/Thursday mornings, weakest late in the evening and at weekends."""
    rate = 0.029
    rate += 0.004 if when.weekday() in (1, 3) and when.hour < 11 else 0.0
    rate -= 0.003 if when.hour >= 19 else 0.0
    rate -= 0.002 if when.weekday() >= 5 else 0.0
    return rate * rng.uniform(0.94, 1.06)


def mailchimp_rows(rng: random.Random) -> list[str]:
    rows = []
    for index, (day, hour, minute, title, subject) in enumerate(NEWSLETTERS):
        when = datetime(2026, 9, day, hour, minute)
        recipients = 18_150 + 45 * index + rng.randrange(-60, 60)
        soft, hard = rng.randrange(90, 140), rng.randrange(45, 80)
        delivered = recipients - soft - hard
        opens = round(delivered * rng.uniform(0.39, 0.46))
        clicks = round(delivered * click_rate(rng, when))
        orders = round(delivered * rng.uniform(0.0017, 0.0024))
        gross = round(orders * rng.uniform(49, 55), 2)
        cells = [
            f'"{title}"', f'"{subject}"', f'"{AUDIENCE}"', f'"{when.strftime("%b %d, %Y %I:%M %p").lower().capitalize()}"',
            when.strftime("%A"), recipients, delivered, soft, hard, soft + hard, rng.randrange(0, 6), rng.randrange(0, 9),
            opens, f"{100 * opens / delivered:.2f}%", round(opens * rng.uniform(1.35, 1.6)),
            clicks, f"{100 * clicks / delivered:.2f}%", round(clicks * rng.uniform(1.3, 1.55)),
            rng.randrange(8, 30), rng.randrange(0, 3), 0, 0, f"{rng.getrandbits(40):010x}",
            orders, f"{gross:.2f}", f"{gross * 0.9:.2f}",
        ]  # fmt: skip
        rows.append(",".join(str(c) for c in cells + ["n/a"] * 14))
    return rows


#: flow, message, recipients, open rate, click rate, unique orders per recipient, tags
FLOWS = [
    ("Bienvenue", "Bienvenue 1 – Votre code WELCOME10", 1410, 0.55, 0.090, 0.044, "Welcome"),
    ("Bienvenue", "Bienvenue 2 – L'histoire de l'atelier", 1318, 0.46, 0.041, 0.015, "Welcome"),
    ("Bienvenue", "Bienvenue 3 – Nos best-sellers", 1247, 0.41, 0.036, 0.010, "Welcome"),
    ("Panier abandonné", "Panier abandonné 1 – Vous avez oublié quelque chose", 618, 0.58, 0.120, 0.066, "Abandoned cart"),
    ("Panier abandonné", "Panier abandonné 2 – Toujours tenté·e ?", 476, 0.50, 0.082, 0.036, "Abandoned cart"),
    ("Après achat", "Merci ! Conseils d'allumage", 758, 0.63, 0.052, 0.012, "Post-purchase"),
    ("Navigation abandonnée", "Vous regardiez Figue & Cèdre", 936, 0.47, 0.060, 0.012, "Browse abandonment"),
]  # fmt: skip
FLOWS_HEADER = (
    "Flow ID,Flow Name,Message ID,Message Name,Message Channel,Status,Total Recipients,Open Rate,Click Rate,"
    "Unsubscribe Rate,Bounce Rate,Spam Complaints Rate,SMS Failed Delivery Rate,Total Placed Order,"
    "Unique Placed Order,Total Placed Order Value,Placed Order Rate,Total Added to Cart,Added to Cart Rate,Tags,"
    "Message Status,Date Range"
)


def flow_rows(rng: random.Random) -> list[str]:
    rows, ids = [], {}
    for flow, message, recipients, open_rate, click, order_rate, tags in FLOWS:
        flow_id = ids.setdefault(
            flow, "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz", k=6))
        )
        bounced = round(recipients * rng.uniform(0.002, 0.009))
        delivered = recipients - bounced
        opens = round(delivered * open_rate * rng.uniform(0.96, 1.04))
        clicks = round(delivered * click * rng.uniform(0.94, 1.06))
        orders = round(recipients * order_rate * rng.uniform(0.92, 1.08))
        carts = round(clicks * rng.uniform(0.3, 0.5))
        cells = [
            flow_id, flow, f"{rng.getrandbits(24):06X}", f'"{message}"', "Email", "live", recipients,
            opens / delivered, clicks / delivered, rng.randrange(0, 6) / recipients, bounced / recipients,
            0.0, "", orders + rng.randrange(0, 3), orders, f"{orders * rng.uniform(46, 54):.2f}",
            orders / recipients, carts, carts / recipients, tags, "live", "2026-09-01 - 2026-09-30",
        ]  # fmt: skip
        rows.append(",".join(str(c) for c in cells))
    return rows


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    rng = random.Random(SEED)
    mailchimp = [MAILCHIMP_HEADER, *mailchimp_rows(rng)]
    flows = [FLOWS_HEADER, *flow_rows(rng)]
    (out / "mailchimp_campaigns_sept_2026.csv").write_text("\n".join(mailchimp) + "\n", encoding="utf-8")
    (out / "klaviyo_flows_sept_2026.csv").write_text("\n".join(flows) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(mailchimp) - 1} newsletters, {len(flows) - 1} flow messages written to {out}\n")


if __name__ == "__main__":
    main()
