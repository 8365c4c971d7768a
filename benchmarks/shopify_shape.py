"""The Shopify orders export's 79 columns (plain UTF-8), and seeded orders in that shape: one row per line
item, the order's columns on its first row only."""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmarks.shapes import DAYS, shape

SHOPIFY_HEADER = (
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee",
    "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name",
    "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
    "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
)  # fmt: skip
_PRODUCTS = (("Bougie Figuier 180 g", "FIG-180", 32.0), ("Bougie Ambre & Vétiver 90 g", "AMB-90", 20.0),
             ("Coffret « Rentrée » 3 bougies", "BOX-RENTREE", 53.5), ("Bougie Cèdre 300 g", "CED-300", 45.0))  # fmt: skip
_CODES = np.array(["NL0926", "WELCOME10", "INSTA15", "META20", None, None, None, None], dtype=object)
_CITIES = np.array(["Lyon", "Paris", "Nantes", "Lille", "Bordeaux", "Marseille"], dtype=object)


def shopify_frame(rows: int, rng: np.random.Generator, days: pd.DatetimeIndex) -> pd.DataFrame:
    """`rows` line-item rows; the first row of each order carries its status, amounts, code and address."""
    items = rng.integers(1, 4, rows)  # line items per order, more than enough orders for `rows`
    order = np.repeat(np.arange(rows), items)[:rows]
    first = np.r_[True, order[1:] != order[:-1]]
    product = rng.integers(0, len(_PRODUCTS), rows)
    quantity = rng.integers(1, 3, rows)
    price = np.array([p[2] for p in _PRODUCTS])[product]
    subtotal = pd.Series(price * quantity).groupby(order).transform("sum").to_numpy()
    shipping = np.where(subtotal >= 50, 0.0, 6.0)
    total = np.round(subtotal + shipping, 2)
    created = days[rng.integers(0, len(days), rows)] + pd.to_timedelta(rng.integers(0, 86_400, rows), "s")
    created_text = created.strftime("%Y-%m-%d %H:%M:%S +0200")
    refunded = np.where(rng.random(rows) < 0.03, np.round(total * 0.2, 2), 0.0)
    status = np.where(refunded > 0, "partially_refunded", "paid").astype(object)
    city = _CITIES[order % len(_CITIES)]
    whole = {
        "Name": "#" + pd.Series(1001 + order).astype(str), "Email": "client" + pd.Series(order).astype(str) + "@example.fr",
        "Lineitem quantity": quantity, "Lineitem name": np.array([p[0] for p in _PRODUCTS], dtype=object)[product],
        "Lineitem price": price, "Lineitem sku": np.array([p[1] for p in _PRODUCTS], dtype=object)[product],
        "Lineitem requires shipping": "true", "Lineitem taxable": "true", "Lineitem fulfillment status": "fulfilled",
        "Vendor": "Atelier Lumen", "Lineitem discount": 0.0,
    }  # fmt: skip
    on_first = {
        "Financial Status": status, "Paid at": created_text, "Fulfillment Status": "fulfilled",
        "Accepts Marketing": "yes", "Currency": "EUR", "Subtotal": subtotal, "Shipping": shipping,
        "Taxes": np.round(total / 6, 2), "Total": total, "Discount Code": _CODES[rng.integers(0, len(_CODES), rows)],
        "Discount Amount": 0.0, "Shipping Method": "Colissimo", "Created at": created_text,
        "Billing Name": "Camille Martin", "Billing Street": "12, rue des Lilas", "Billing Address1": "12, rue des Lilas",
        "Billing City": city, "Billing Zip": "69003", "Billing Country": "FR", "Shipping Name": "Camille Martin",
        "Shipping Street": "12, rue des Lilas", "Shipping Address1": "12, rue des Lilas", "Shipping City": city,
        "Shipping Zip": "69003", "Shipping Country": "FR", "Payment Method": "Shopify Payments",
        "Refunded Amount": refunded, "Outstanding Balance": 0.0, "Id": 5810001 + order, "Risk Level": "Low",
        "Source": "web", "Tax 1 Name": "TVA 20%", "Tax 1 Value": np.round(total / 6, 2),
    }  # fmt: skip
    frame = pd.DataFrame(whole)
    for name, values in on_first.items():
        frame[name] = pd.Series(values, index=frame.index).where(first)
    for name in SHOPIFY_HEADER:
        if name not in frame:
            frame[name] = None
    return frame


@shape()
def shopify_orders(rows: int, seed: int = 4) -> pd.DataFrame:
    """Orders of 1-3 line items over the year."""
    return shopify_frame(rows, np.random.default_rng(seed), DAYS)[list(SHOPIFY_HEADER)]
