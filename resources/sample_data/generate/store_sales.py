"""Atelier Lumen's store view of September 2026: the Shopify orders export and the GA4 traffic acquisition
export, from one seeded simulation so that the two agree (seeded, deterministic).

Story: ~900 orders averaging ~48 EUR. Newsletter orders use `NL…` codes, the welcome flow `WELCOME10`,
Instagram `INSTA15`, a few Meta ads `META10`; most orders carry no code. Social brings well under 2% of the
store's revenue, email about a quarter; GA4 (which sees ~88% of orders: consent) agrees roughly.
Run: python resources/sample_data/generate/store_sales.py
"""

from __future__ import annotations

import csv
import io
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
SEED = 20260930
START = datetime(2026, 9, 1)
#: (name, price, sku); prices include VAT.
PRODUCTS = [
    ("Bougie Figuier 180 g", 32.0, "FIG-180"), ("Bougie Figuier 90 g", 19.0, "FIG-90"),
    ("Bougie Ambre & Vétiver 180 g", 34.0, "AMB-180"), ("Bougie Cèdre & Tabac 180 g", 34.0, "CED-180"),
    ("Bougie Lin blanc XL 480 g", 68.0, "LIN-480"), ("Coffret « Trio d'automne »", 59.0, "BOX-AUT"),
    ("Fondant parfumé Feu de bois", 9.0, "FON-FEU"), ("Mèche de rechange (x3)", 6.0, "WICK-3"),
    ("Éteignoir en laiton", 22.0, "SNUF"), ("Diffuseur Pluie d'été 100 ml", 39.0, "DIF-100"),
]  # fmt: skip
PRODUCT_WEIGHTS = [16, 9, 14, 12, 5, 9, 10, 6, 5, 7]
#: Newsletter sends (day of September, code), the orders they bring with a code, each ~1-3 days after.
NEWSLETTERS = [(1, "NLRENTREE"), (3, "NLFIGUE"), (8, "NLATELIER"), (10, "NLAMBRE"), (15, "NLAUTOMNE"),
               (17, "NLCOFFRET"), (19, "NLWEEKEND"), (22, "NLCEDRE"), (24, "NLDIFFUSEUR"), (26, "NLSAMEDI"),
               (29, "NLLIN"), (30, "NLDERNIERJOUR")]  # fmt: skip
#: code -> (orders, discount rate, channel in truth)
CODED = {"NL": (162, 0.10, "Email"), "WELCOME10": (84, 0.10, "Email"), "INSTA15": (4, 0.15, "Organic Social"),
         "META10": (4, 0.10, "Paid Social")}  # fmt: skip
UNCODED = 651
#: Where uncoded orders really came from (GA4's default channel groups) and their weights.
UNCODED_TRUTH = {"Organic Search": 43, "Direct": 36, "Email": 8, "Referral": 7, "Paid Social": 0.5,
                 "Organic Social": 0.2, "Unassigned": 5}  # fmt: skip
#: GA4 group -> (sessions per purchase, engagement rate, seconds per session, events per session, other key events)
GA4_PROFILE = {"Organic Search": (48, 0.63, 74, 7.4, 60), "Direct": (37, 0.58, 66, 6.9, 35),
               "Email": (27, 0.71, 88, 8.2, 40), "Referral": (40, 0.66, 92, 8.8, 9),
               "Paid Social": (290, 0.39, 27, 4.1, 3), "Organic Social": (120, 0.44, 35, 4.6, 2),
               "Unassigned": (65, 0.81, 14, 18.5, 0)}  # fmt: skip
_SHOPIFY_HEADER_TEXT = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,"
    "Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
    "Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,"
    "Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,"
    "Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,"
    "Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,"
    "Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,"
    "Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
    "Payment ID,Payment Terms Name,Next Payment Due At,Payment References"
)
SHOPIFY_HEADER = _SHOPIFY_HEADER_TEXT.split(",")
FIRST = [
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Julie",
    "Sophie",
    "Claire",
    "Hugo",
    "Thomas",
    "Lucas",
    "Élodie",
]
LAST = ["Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel", "Garnier"]
CITIES = [("Paris", "75011"), ("Lyon", "69003"), ("Nantes", "44000"), ("Bordeaux", "33000"), ("Lille", "59000"),
          ("Toulouse", "31000"), ("Rennes", "35000"), ("Annecy", "74000"), ("Marseille", "13006")]  # fmt: skip


def order_time(rng: random.Random, day: int | None = None) -> datetime:
    """Evenings and lunch breaks sell most; weekends a little more."""
    if day is None:
        day = rng.choices(
            range(1, 31),
            weights=[1.25 if (START + timedelta(d - 1)).weekday() >= 5 else 1 for d in range(1, 31)],
        )[0]
    hour = rng.choices(
        range(24), weights=[1, 1, 0, 0, 0, 0, 1, 2, 3, 4, 4, 5, 7, 7, 5, 4, 4, 5, 6, 8, 10, 10, 7, 3]
    )[0]
    return START + timedelta(days=day - 1, hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))


def basket(rng: random.Random) -> list[tuple[int, tuple[str, float, str]]]:
    count = rng.choices([1, 2, 3, 4], weights=[66, 25, 7, 2])[0]
    chosen = (
        rng.sample(range(len(PRODUCTS)), count)
        if count > 1
        else rng.choices(range(len(PRODUCTS)), PRODUCT_WEIGHTS)
    )
    return [(rng.choices([1, 2], weights=[92, 8])[0], PRODUCTS[i]) for i in chosen]


def simulate(rng: random.Random) -> list[dict]:  # type: ignore[type-arg]
    plans = []
    for code, (count, rate, truth) in CODED.items():
        for _ in range(count):
            if code == "NL":
                day, name = rng.choice(NEWSLETTERS)
                when = order_time(rng, min(30, day + rng.choices([0, 1, 2, 3], weights=[50, 28, 14, 8])[0]))
                plans.append((when, name, rate, truth))
            else:
                plans.append((order_time(rng), code, rate, truth))
    truths = list(UNCODED_TRUTH)
    plans += [
        (order_time(rng), "", 0.0, rng.choices(truths, [UNCODED_TRUTH[t] for t in truths])[0])
        for _ in range(UNCODED)
    ]
    plans.sort(key=lambda plan: plan[0])
    return [make_order(rng, 1001 + i, *plan) for i, plan in enumerate(plans)]


def make_order(rng: random.Random, number: int, when: datetime, code: str, rate: float, truth: str) -> dict:  # type: ignore[type-arg]
    items = basket(rng)
    subtotal_before = sum(q * p[1] for q, p in items)
    discount = round(subtotal_before * rate, 2)
    subtotal = round(subtotal_before - discount, 2)
    shipping = 0.0 if subtotal >= 50 else 5.9
    total = round(subtotal + shipping, 2)
    fate = rng.choices(
        ["paid", "partially_refunded", "refunded", "voided", "pending"], weights=[944, 18, 13, 11, 14]
    )[0]
    refunded = {
        "partially_refunded": round(min(items[0][1][1], total) * rng.choice([0.5, 1.0]), 2),
        "refunded": total,
    }.get(fate, 0.0)
    return dict(number=number, when=when, code=code, discount=discount, subtotal=subtotal, shipping=shipping,
                total=total, status=fate, refunded=refunded, items=items, truth=truth,
                seen_by_ga4=rng.random() < 0.88 and fate != "voided", person=(rng.choice(FIRST), rng.choice(LAST)),
                city=rng.choice(CITIES), tags="Client fidèle" if rng.random() < 0.12 else "")  # fmt: skip


def shopify_rows(order: dict) -> list[list[str]]:  # type: ignore[type-arg]
    stamp = order["when"].strftime("%Y-%m-%d %H:%M:%S +0200")
    first, last = order["person"]
    email = f"{first.lower()}.{last.lower()}{order['number'] % 97}@example.fr".replace("é", "e").replace(
        "è", "e"
    )
    rows = []
    for index, (quantity, (name, price, sku)) in enumerate(order["items"]):
        row = dict.fromkeys(SHOPIFY_HEADER, "")
        row.update({"Name": f"#{order['number']}", "Email": email, "Lineitem quantity": str(quantity),
                    "Lineitem name": name, "Lineitem price": f"{price:.2f}", "Lineitem sku": sku,
                    "Lineitem requires shipping": "true", "Lineitem taxable": "true",
                    "Lineitem fulfillment status": "pending" if order["status"] == "voided" else "fulfilled",
                    "Vendor": "Atelier Lumen", "Lineitem discount": "0.00"})  # fmt: skip
        if index == 0:
            row.update(order_columns(order, stamp, f"{first} {last}"))
        rows.append([row[h] for h in SHOPIFY_HEADER])
    return rows


def order_columns(order: dict, stamp: str, person: str) -> dict[str, str]:  # type: ignore[type-arg]
    city, zip_code = order["city"]
    address = f"{order['number'] % 90 + 1}, rue des Tilleuls"
    cancelled = order["status"] == "voided"
    paid = "" if order["status"] in ("pending", "voided") else stamp
    return {"Financial Status": order["status"], "Paid at": paid, "Fulfillment Status": "unfulfilled" if cancelled else "fulfilled",
            "Fulfilled at": "" if cancelled else stamp, "Accepts Marketing": "yes" if order["code"] else "no",
            "Currency": "EUR", "Subtotal": f"{order['subtotal']:.2f}", "Shipping": f"{order['shipping']:.2f}",
            "Taxes": f"{order['total'] / 6:.2f}", "Total": f"{order['total']:.2f}", "Discount Code": order["code"],
            "Discount Amount": f"{order['discount']:.2f}", "Shipping Method": "Colissimo" if order["shipping"] else "Livraison offerte",
            "Created at": stamp, "Billing Name": person, "Billing Street": address, "Billing Address1": address,
            "Billing City": city, "Billing Zip": zip_code, "Billing Country": "FR", "Shipping Name": person,
            "Shipping Street": address, "Shipping Address1": address, "Shipping City": city, "Shipping Zip": zip_code,
            "Shipping Country": "FR", "Cancelled at": stamp if cancelled else "", "Payment Method": "Shopify Payments",
            "Refunded Amount": f"{order['refunded']:.2f}", "Outstanding Balance": "0.00", "Id": str(5_900_000_000 + order["number"]),
            "Tags": order["tags"], "Risk Level": "Low", "Source": "web", "Tax 1 Name": "TVA 20%",
            "Tax 1 Value": f"{order['total'] / 6:.2f}"}  # fmt: skip


def write_shopify(orders: list[dict]) -> Path:  # type: ignore[type-arg]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SHOPIFY_HEADER)
    for order in orders:
        writer.writerows(shopify_rows(order))
    path = OUT / "shopify_orders_sept_2026.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def ga4_rows(rng: random.Random, orders: list[dict]) -> list[list[str]]:  # type: ignore[type-arg]
    rows = []
    for group, (per_purchase, engaged, seconds, events, other_keys) in GA4_PROFILE.items():
        seen = [o for o in orders if o["seen_by_ga4"] and o["truth"] == group]
        purchases = len(seen)
        revenue = sum(o["total"] - o["refunded"] for o in seen)
        sessions = round(max(purchases, 1) * per_purchase * rng.uniform(0.93, 1.07))
        engaged_sessions = round(sessions * engaged * rng.uniform(0.97, 1.03))
        event_count = round(sessions * events)
        key_events = purchases + other_keys
        rows.append([group, sessions, engaged_sessions, round(engaged_sessions / sessions, 4), round(seconds * rng.uniform(0.9, 1.1), 2),
                     round(event_count / sessions, 2), event_count, key_events, round(key_events / sessions, 4), round(revenue, 2)])  # fmt: skip
    rows.sort(key=lambda row: -row[1])
    return rows


def write_ga4(rows: list[list[object]]) -> Path:
    total = [sum(r[i] for r in rows) for i in (1, 2)]  # type: ignore[misc]
    events, keys, revenue = (sum(r[i] for r in rows) for i in (6, 7, 9))  # type: ignore[misc]
    grand = [
        "Grand total",
        total[0],
        total[1],
        round(total[1] / total[0], 4),
        68.4,
        round(events / total[0], 2),
        events,
        keys,
        round(keys / total[0], 4),
        round(revenue, 2),
    ]  # type: ignore[operator]
    preamble = ["# ----------------------------------------", "# Traffic acquisition: Session primary channel group (Default Channel Group)",
                "# Account: Atelier Lumen", "# Property: atelier-lumen.fr – GA4", "# ----------------------------------------", "#",
                "# All Users", "# Start date: 20260901", "# End date: 20260930"]  # fmt: skip
    header = "Session primary channel group (Default Channel Group),Sessions,Engaged sessions,Engagement rate,Average engagement time per session,Events per session,Event count,Key events,Session key event rate,Total revenue"
    chart = ["", "# ----------------------------------------", "Date,Sessions"]
    lines = preamble + [header] + [",".join(str(c) for c in row) for row in [grand, *rows]] + chart
    daily = round(total[0] / 30)  # type: ignore[operator]
    lines += [f"202609{day:02d},{daily + (day * 37) % 211 - 105}" for day in range(1, 31)]
    path = OUT / "ga4_traffic_acquisition_sept_2026.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    rng = random.Random(SEED)
    orders = simulate(rng)
    shopify = write_shopify(orders)
    ga4 = write_ga4(ga4_rows(rng, orders))
    kept = [o for o in orders if o["status"] != "voided"]
    revenue = sum(o["total"] - o["refunded"] for o in kept)
    sys.stdout.write(
        f"{shopify.name}: {len(orders)} orders, {len(kept)} not cancelled, net revenue {revenue:.2f} EUR, "
        f"average {revenue / len(kept):.2f}\n{ga4.name}: written\n"
    )


if __name__ == "__main__":
    main()
